package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An atomic nftables transaction, like one {@code nft -f FILE}: every operation is sent in one
 * {@code NFNL_MSG_BATCH_BEGIN … NFNL_MSG_BATCH_END} datagram and the kernel applies all or none.
 * The kernel reports the error of any failing operation (only the last carries {@code NLM_F_ACK}); a failure names the exact operation with the kernel's
 * extended-ACK text ({@link io.jnetlink.core.NetlinkBatchException}). Rules are sent with
 * {@code NLM_F_ECHO} and their handles returned in {@link TransactionResult}.
 *
 * <p>Builder methods check their arguments at once (IllegalArgumentException); nothing is sent
 * before {@link #apply()}.
 */
public final class Transaction extends NetlinkRequest<Transaction, TransactionResult> {
    private final List<Operation> ops = new ArrayList<>();
    private int nextSetId = 1;
    private long expectedGeneration = -1;
    private boolean ruleHandles = true;

    Transaction() {
    }

    /**
     * Does not collect the handles of the rules this transaction adds, like {@code nft -f FILE}
     * without {@code --echo}: no {@code NLM_F_ECHO}, and never the rule dumps that otherwise
     * recover handles when the echoes would not fit the receive buffer (e.g. in a user namespace,
     * where {@code SO_RCVBUFFORCE} is refused). {@link TransactionResult#ruleHandles()} is then
     * empty. Errors are reported exactly as before: the kernel sends the error of any failing
     * operation, and the transaction stays all-or-nothing.
     *
     * @return this transaction
     */
    public Transaction withoutRuleHandles() {
        this.ruleHandles = false;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    /** {@return the operations so far, described as nft commands would be} */
    public List<String> describe() {
        return ops.stream().map(Operation::describe).toList();
    }

    /**
     * Fails the whole batch with ERESTART if the ruleset generation is no longer {@code generation} ({@code NFNL_BATCH_GENID}).
     *
     * @param generation the generation id read before ({@code NFT_MSG_GETGEN})
     * @return this request
     */
    public Transaction expectGeneration(long generation) {
        if (generation < 0 || generation > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("generation must be 0..2^32-1: " + generation);
        }
        this.expectedGeneration = generation;
        return this;
    }

    // ---- tables -------------------------------------------------------------------------------

    /**
     * {@code nft add table FAMILY NAME} (no error when it exists).
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param name the table name
     * @return this request
     */
    public Transaction addTable(Family family, String name) {
        return addTable(family, name, 0);
    }

    /**
     * {@code nft add table FAMILY NAME { flags dormant|owner; }}: flags {@code NFT_TABLE_F_*}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param name the table name
     * @param flags the table flags ({@code NFT_TABLE_F_DORMANT})
     * @return this request
     */
    public Transaction addTable(Family family, String name, int flags) {
        return add(NftTable.add(family, name, flags));
    }

    /**
     * {@code nft delete table FAMILY NAME}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param name the table name
     * @return this request
     */
    public Transaction deleteTable(Family family, String name) {
        return add(NftTable.delete(family, name));
    }

    /**
     * {@code nft flush table FAMILY NAME}: deletes every rule of the table.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param name the table name
     * @return this request
     */
    public Transaction flushTable(Family family, String name) {
        return add(NftTable.flush(family, name));
    }

    /**
     * {@code nft flush ruleset}: deletes every table of every family.
     *
     * @return this request
     */
    public Transaction flushRuleset() {
        return add(NftTable.flushRuleset());
    }

    // ---- chains -------------------------------------------------------------------------------

    /**
     * {@code nft add chain FAMILY TABLE NAME}: a regular chain (a jump target).
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the chain name
     * @return this request
     */
    public Transaction addChain(Family family, String table, String name) {
        return add(NftChain.add(family, table, name));
    }

    /**
     * {@code nft add chain FAMILY TABLE NAME { type TYPE hook HOOK [device DEV] priority PRIO; [policy POLICY;] }}.
     *
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the chain name
     * @param type the chain type ({@code filter}, {@code nat}, {@code route})
     * @param hook the netfilter hook
     * @param priority a number or nft's name ({@code "srcnat"}, {@code "filter + 10"})
     * @param policy   {@link Verdict#ACCEPT}, {@link Verdict#DROP} or null to leave the kernel's default (accept)
     * @param device   the device for netdev chains (required there), else null
     * @return this request
     */
    public Transaction addBaseChain(Family family, String table, String name, ChainType type, Hook hook, String priority,
                                    Verdict policy, String device) {
        return add(NftChain.addBase(family, table, name, type, hook, priority, policy, device));
    }

    /**
     * {@code nft delete chain FAMILY TABLE NAME}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the chain name
     * @return this request
     */
    public Transaction deleteChain(Family family, String table, String name) {
        return add(NftChain.delete(family, table, name));
    }

    /**
     * {@code nft flush chain FAMILY TABLE NAME}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the chain name
     * @return this request
     */
    public Transaction flushChain(Family family, String table, String name) {
        return add(NftChain.flush(family, table, name));
    }

    // ---- rules --------------------------------------------------------------------------------

    /**
     * {@code nft add rule ...}: appends the rule to its chain.
     *
     * @param rule the rule
     * @return this request
     */
    public Transaction addRule(NftRuleBuilder rule) {
        return add(NftRule.add(rule, Netlink.NLM_F_CREATE | Netlink.NLM_F_APPEND, 0, 0, "add rule", () -> nextSetId++));
    }

    /**
     * {@code nft insert rule ... position HANDLE}: before the rule with {@code handle}, or first when 0.
     *
     * @param rule the rule
     * @param beforeHandle the handle of the rule to insert before ({@code nft insert rule ... position H})
     * @return this request
     */
    public Transaction insertRule(NftRuleBuilder rule, long beforeHandle) {
        NftRule.checkHandle(beforeHandle, true);
        return add(NftRule.add(rule, Netlink.NLM_F_CREATE, beforeHandle, 0, "insert rule", () -> nextSetId++));
    }

    /**
     * {@code nft add rule ... position HANDLE}: after the rule with {@code handle}.
     *
     * @param rule the rule
     * @param afterHandle the handle of the rule to add after ({@code nft add rule ... position H})
     * @return this request
     */
    public Transaction addRuleAfter(NftRuleBuilder rule, long afterHandle) {
        NftRule.checkHandle(afterHandle, false);
        return add(NftRule.add(rule, Netlink.NLM_F_CREATE | Netlink.NLM_F_APPEND, afterHandle, 0, "add rule", () -> nextSetId++));
    }

    /**
     * {@code nft replace rule ... handle HANDLE}.
     *
     * @param rule the rule
     * @param handle the handle of the rule ({@code nft -a list} shows it)
     * @return this request
     */
    public Transaction replaceRule(NftRuleBuilder rule, long handle) {
        NftRule.checkHandle(handle, false);
        return add(NftRule.add(rule, Netlink.NLM_F_REPLACE, 0, handle, "replace rule", () -> nextSetId++));
    }

    /**
     * {@code nft delete rule FAMILY TABLE CHAIN handle HANDLE}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param chain the chain name
     * @param handle the handle of the rule ({@code nft -a list} shows it)
     * @return this request
     */
    public Transaction deleteRule(Family family, String table, String chain, long handle) {
        return add(NftRule.delete(family, table, chain, handle));
    }




    // ---- sets ---------------------------------------------------------------------------------

    /**
     * {@code nft add set FAMILY TABLE NAME { type KEY; [flags interval;] [timeout Ns;] }}.
     *
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the set name
     * @param key the key type
     * @param interval  whether it holds ranges and prefixes ({@code flags interval})
     * @param timeoutMs default element timeout ({@code timeout}), 0 for none
     * @return this request
     */
    public Transaction addSet(Family family, String table, String name, SetKeyType key, boolean interval, long timeoutMs) {
        return add(NftSet.add(family, table, name, key, null, interval, timeoutMs, nextSetId++));
    }

    /**
     * {@code nft add map FAMILY TABLE NAME { type KEY : VALUE; }} (VALUE e.g. {@link SetKeyType#VERDICT}).
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the map name
     * @param key the key type
     * @param value the value type
     * @return this request
     */
    public Transaction addMap(Family family, String table, String name, SetKeyType key, SetKeyType value) {
        return add(NftSet.add(family, table, name, key, Objects.requireNonNull(value, "map value type"), false, 0, nextSetId++));
    }



    /**
     * {@code nft add element FAMILY TABLE SET { V1, V2 }}: values parsed as {@code key} (addresses,
     * ports; for interval sets also CIDRs and {@code A-B} ranges).
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param set the set name
     * @param key the key type
     * @param interval whether the set is an interval set ({@code flags interval})
     * @param values the element values as nft writes them
     * @return this request
     */
    public Transaction addElements(Family family, String table, String set, SetKeyType key, boolean interval,
                                   List<String> values) {
        return add(SetElements.operations(NftAttrs.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, "add element", family, table, set,
                SetElements.values(key, interval, values, 0)));
    }

    /**
     * {@code nft add element FAMILY TABLE SET { V timeout Ns }}: elements with a timeout (set made with a timeout).
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param set the set name
     * @param key the key type
     * @param values the element values as nft writes them
     * @param timeoutMs the default element timeout in milliseconds, 0 for none
     * @return this request
     */
    public Transaction addElements(Family family, String table, String set, SetKeyType key, List<String> values,
                                   long timeoutMs) {
        if (timeoutMs <= 0) {
            throw new IllegalArgumentException("element timeout must be positive: " + timeoutMs);
        }
        return add(SetElements.operations(NftAttrs.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, "add element", family, table, set,
                SetElements.values(key, false, values, timeoutMs)));
    }

    /**
     * {@code nft add element FAMILY TABLE MAP { K : VERDICT }} for verdict maps.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param map the map name
     * @param key the key type
     * @param keyValue the key of the element as nft writes it
     * @param verdict what the element maps to
     * @return this request
     */
    public Transaction addMapElement(Family family, String table, String map, SetKeyType key, String keyValue,
                                     Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        NftData k = key.parse(keyValue, "map key");
        return add(SetElements.operations(NftAttrs.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, "add element", family, table, map,
                List.of(new SetElement(k, 0, 0, 0, verdict, null))));
    }

    /**
     * {@code nft delete element FAMILY TABLE SET { V1, V2 }}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param set the set name
     * @param key the key type
     * @param interval whether the set is an interval set ({@code flags interval})
     * @param values the element values as nft writes them
     * @return this request
     */
    public Transaction deleteElements(Family family, String table, String set, SetKeyType key, boolean interval,
                                      List<String> values) {
        return add(SetElements.operations(NftAttrs.NFT_MSG_DELSETELEM, 0, "delete element", family, table, set,
                SetElements.values(key, interval, values, 0)));
    }

    /**
     * Raw elements (escape hatch): {@code NFT_MSG_NEWSETELEM} with exactly these.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param set the set name
     * @param elements the elements
     * @return this request
     */
    public Transaction addRawElements(Family family, String table, String set, List<SetElement> elements) {
        return add(SetElements.operations(NftAttrs.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, "add element", family, table, set, elements));
    }

    /**
     * {@code nft delete set FAMILY TABLE NAME}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the set name
     * @return this request
     */
    public Transaction deleteSet(Family family, String table, String name) {
        return add(NftSet.delete(family, table, name));
    }



    // ---- stateful objects and flowtables -----------------------------------------------------

    /**
     * {@code nft add counter|quota|limit|ct helper|ct timeout|ct expectation|synproxy FAMILY TABLE NAME { … }}:
     * a named stateful object, e.g. {@code addObject(Family.INET, "t", "c1", new Counter())} for
     * {@code nft add counter inet t c1}, {@code new Quota(100 << 20, 0, Quota.F_INV)} for
     * {@code nft add quota inet t q1 { over 100 mbytes; }}. Rules reference it with
     * {@link io.jnetlink.netfilter.expr.Objref#named}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the object name
     * @param data what the object holds (its type follows from it)
     * @return this request
     */
    public Transaction addObject(Family family, String table, String name, io.jnetlink.netfilter.object.NftObjectData data) {
        return add(NftObject.add(family, table, name, data));
    }

    /**
     * {@code nft delete counter|quota|… FAMILY TABLE NAME}: fails with EBUSY while a rule references it.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the object name
     * @param objectType its {@code NFT_OBJECT_*} type ({@link NftObject#objectType()})
     * @return this request
     */
    public Transaction deleteObject(Family family, String table, String name, int objectType) {
        return add(NftObject.delete(family, table, name, objectType));
    }

    /**
     * {@code nft add flowtable FAMILY TABLE NAME { hook ingress priority P; devices = { D… }; }}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the flowtable name
     * @param priority the hook priority
     * @param devices the devices whose flows it offloads (at least one)
     * @return this request
     */
    public Transaction addFlowtable(Family family, String table, String name, int priority, List<String> devices) {
        return add(NftFlowtable.add(family, table, name, priority, devices));
    }

    /**
     * {@code nft delete flowtable FAMILY TABLE NAME}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table name
     * @param name the flowtable name
     * @return this request
     */
    public Transaction deleteFlowtable(Family family, String table, String name) {
        return add(NftFlowtable.delete(family, table, name));
    }

    private Transaction add(Operation op) {
        ops.add(op);
        return this;
    }

    private Transaction add(List<Operation> more) {
        ops.addAll(more);
        return this;
    }

    // ---- run ----------------------------------------------------------------------------------

    /** The operations, for the exchange. */
    List<Operation> ops() {
        return ops;
    }

    long expectedGeneration() {
        return expectedGeneration;
    }

    boolean collectsRuleHandles() {
        return ruleHandles;
    }

    /**
     * Writes the whole transaction into {@code writer} as the one nfnetlink batch datagram
     * {@link #apply} sends ({@code nft -f FILE}): {@code NFNL_MSG_BATCH_BEGIN}, every operation
     * (rules with {@code NLM_F_ECHO} unless {@link #withoutRuleHandles()}; {@code NLM_F_ACK} on
     * the last one only: the kernel reports any failing operation's error regardless),
     * {@code NFNL_MSG_BATCH_END}. Sequence numbers are left 0: send it with
     * {@code connection.transaction(…)}, which numbers them. Allocates nothing.
     *
     * @param writer the writer to append the messages to
     * @return the number of messages written (operations + 2)
     */
    public int encode(MessageWriter writer) {
        return TransactionExchange.encode(writer, this, null, ruleHandles ? TransactionExchange.Mode.ECHO : TransactionExchange.Mode.QUIET,
                expectedGeneration, null);
    }

    /**
     * Sends the whole transaction as one batch and waits for its outcome.
     *
     * @throws io.jnetlink.core.NetlinkBatchException naming each failed operation; nothing was changed
     */
    @Override
    public TransactionResult apply(NetlinkConnection connection) {
        if (ops.isEmpty()) {
            return new TransactionResult(List.of());
        }
        return TransactionExchange.run(connection, this);
    }
}
