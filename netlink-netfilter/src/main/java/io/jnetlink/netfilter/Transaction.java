package io.jnetlink.netfilter;

import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.ExpressionCodec;
import io.jnetlink.netfilter.expr.Lookup;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

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
        Objects.requireNonNull(family, "family");
        Names.check(name, "table");
        if ((flags & ~(Nft.NFT_TABLE_F_DORMANT | Nft.NFT_TABLE_F_OWNER)) != 0) {
            throw new IllegalArgumentException("table flags must be NFT_TABLE_F_DORMANT|NFT_TABLE_F_OWNER: " + flags);
        }
        ops.add(Operation.of(Nft.NFT_MSG_NEWTABLE, Netlink.NLM_F_CREATE, family.value(), "add table " + family + " " + name, w -> {
            KernelNames.put(w, Nft.NFTA_TABLE_NAME, name);
            w.putAttrU32Be(Nft.NFTA_TABLE_FLAGS, flags);
        }));
        return this;
    }

    /**
     * {@code nft delete table FAMILY NAME}.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param name the table name
     * @return this request
     */
    public Transaction deleteTable(Family family, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(name, "table");
        ops.add(Operation.of(Nft.NFT_MSG_DELTABLE, 0, family.value(), "delete table " + family + " " + name,
                w -> KernelNames.put(w, Nft.NFTA_TABLE_NAME, name)));
        return this;
    }

    /**
     * {@code nft flush table FAMILY NAME}: deletes every rule of the table.
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param name the table name
     * @return this request
     */
    public Transaction flushTable(Family family, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(name, "table");
        ops.add(Operation.of(Nft.NFT_MSG_DELRULE, 0, family.value(), "flush table " + family + " " + name,
                w -> KernelNames.put(w, Nft.NFTA_RULE_TABLE, name)));
        return this;
    }

    /**
     * {@code nft flush ruleset}: deletes every table of every family.
     *
     * @return this request
     */
    public Transaction flushRuleset() {
        ops.add(Operation.of(Nft.NFT_MSG_DELTABLE, 0, NfNetlink.NFPROTO_UNSPEC, "flush ruleset", w -> {
        }));
        return this;
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
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "chain");
        ops.add(Operation.of(Nft.NFT_MSG_NEWCHAIN, Netlink.NLM_F_CREATE, family.value(),
                "add chain " + family + " " + table + " " + name, w -> {
                    KernelNames.put(w, Nft.NFTA_CHAIN_TABLE, table);
                    KernelNames.put(w, Nft.NFTA_CHAIN_NAME, name);
                }));
        return this;
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
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "chain");
        Objects.requireNonNull(type, "chain type");
        Objects.requireNonNull(hook, "hook");
        int hooknum = hook.number(family);
        int prio = Priority.parse(priority, family);
        if (policy != null && policy.code() != Verdict.NF_ACCEPT && policy.code() != Verdict.NF_DROP) {
            throw new IllegalArgumentException("chain policy must be accept or drop: " + policy);
        }
        if (family == Family.NETDEV) {
            if (device == null) {
                throw new IllegalArgumentException("a netdev base chain needs a device");
            }
            io.jnetlink.core.net.InterfaceNames.check(device, "device");
        } else if (device != null) {
            throw new IllegalArgumentException("only netdev chains take a device, not " + family);
        }
        if (type == ChainType.NAT && family != Family.IP && family != Family.IP6 && family != Family.INET) {
            throw new IllegalArgumentException("nat chains need an ip, ip6 or inet table, not " + family);
        }
        String desc = "add chain " + family + " " + table + " " + name + " { type " + type + " hook " + hook
                + (device != null ? " device " + device : "") + " priority " + prio + ";"
                + (policy != null ? " policy " + policy + ";" : "") + " }";
        ops.add(Operation.of(Nft.NFT_MSG_NEWCHAIN, Netlink.NLM_F_CREATE, family.value(), desc, w -> {
            KernelNames.put(w, Nft.NFTA_CHAIN_TABLE, table);
            KernelNames.put(w, Nft.NFTA_CHAIN_NAME, name);
            w.putAttrString(Nft.NFTA_CHAIN_TYPE, type.nftName());
            if (policy != null) {
                w.putAttrU32Be(Nft.NFTA_CHAIN_POLICY, policy.code());
            }
            int h = w.beginNested(Nft.NFTA_CHAIN_HOOK);
            w.putAttrU32Be(Nft.NFTA_HOOK_HOOKNUM, hooknum);
            w.putAttrU32Be(Nft.NFTA_HOOK_PRIORITY, prio);
            if (device != null) {
                w.putAttrString(Nft.NFTA_HOOK_DEV, device);
            }
            w.endNested(h);
        }));
        return this;
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
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "chain");
        ops.add(Operation.of(Nft.NFT_MSG_DELCHAIN, 0, family.value(), "delete chain " + family + " " + table + " " + name, w -> {
            KernelNames.put(w, Nft.NFTA_CHAIN_TABLE, table);
            KernelNames.put(w, Nft.NFTA_CHAIN_NAME, name);
        }));
        return this;
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
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "chain");
        ops.add(Operation.of(Nft.NFT_MSG_DELRULE, 0, family.value(), "flush chain " + family + " " + table + " " + name, w -> {
            KernelNames.put(w, Nft.NFTA_RULE_TABLE, table);
            KernelNames.put(w, Nft.NFTA_RULE_CHAIN, name);
        }));
        return this;
    }

    // ---- rules --------------------------------------------------------------------------------

    /**
     * {@code nft add rule ...}: appends the rule to its chain.
     *
     * @param rule the rule
     * @return this request
     */
    public Transaction addRule(NftRuleBuilder rule) {
        return rule(rule, Netlink.NLM_F_CREATE | Netlink.NLM_F_APPEND, 0, 0, "add rule");
    }

    /**
     * {@code nft insert rule ... position HANDLE}: before the rule with {@code handle}, or first when 0.
     *
     * @param rule the rule
     * @param beforeHandle the handle of the rule to insert before ({@code nft insert rule ... position H})
     * @return this request
     */
    public Transaction insertRule(NftRuleBuilder rule, long beforeHandle) {
        checkHandle(beforeHandle, true);
        return rule(rule, Netlink.NLM_F_CREATE, beforeHandle, 0, "insert rule");
    }

    /**
     * {@code nft add rule ... position HANDLE}: after the rule with {@code handle}.
     *
     * @param rule the rule
     * @param afterHandle the handle of the rule to add after ({@code nft add rule ... position H})
     * @return this request
     */
    public Transaction addRuleAfter(NftRuleBuilder rule, long afterHandle) {
        checkHandle(afterHandle, false);
        return rule(rule, Netlink.NLM_F_CREATE | Netlink.NLM_F_APPEND, afterHandle, 0, "add rule");
    }

    /**
     * {@code nft replace rule ... handle HANDLE}.
     *
     * @param rule the rule
     * @param handle the handle of the rule ({@code nft -a list} shows it)
     * @return this request
     */
    public Transaction replaceRule(NftRuleBuilder rule, long handle) {
        checkHandle(handle, false);
        return rule(rule, Netlink.NLM_F_REPLACE, 0, handle, "replace rule");
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
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(chain, "chain");
        checkHandle(handle, false);
        ops.add(Operation.of(Nft.NFT_MSG_DELRULE, 0, family.value(),
                "delete rule " + family + " " + table + " " + chain + " handle " + handle, w -> {
                    KernelNames.put(w, Nft.NFTA_RULE_TABLE, table);
                    KernelNames.put(w, Nft.NFTA_RULE_CHAIN, chain);
                    w.putAttrU64Be(Nft.NFTA_RULE_HANDLE, handle);
                }));
        return this;
    }

    private Transaction rule(NftRuleBuilder rule, int flags, long position, long handle, String verb) {
        Objects.requireNonNull(rule, "rule");
        if (rule.expressions().isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one expression");
        }
        List<Expression> exprs = new ArrayList<>(rule.expressions());
        AnonymousSet anon = rule.anonymousSet();
        if (anon != null) {
            int setId = nextSetId++;
            addAnonymousSet(rule.family(), rule.table(), anon, setId);
            for (int i = 0; i < exprs.size(); i++) {
                if (exprs.get(i) instanceof Lookup l && l.set().equals(AnonymousSet.NAME)) {
                    exprs.set(i, new Lookup(AnonymousSet.NAME, setId, l.sourceRegister(), l.destRegister(), l.inverted()));
                }
            }
        }
        NftData userdata = rule.userdata();
        java.util.function.Supplier<String> desc = () -> verb + " " + rule.family() + " " + rule.table() + " " + rule.chain()
                + (position != 0 ? " position " + position : "") + (handle != 0 ? " handle " + handle : "")
                + " " + describe(exprs);
        ops.add(Operation.of(Nft.NFT_MSG_NEWRULE, flags | Netlink.NLM_F_ECHO, rule.family().value(), desc, w -> {
            KernelNames.put(w, Nft.NFTA_RULE_TABLE, rule.table());
            KernelNames.put(w, Nft.NFTA_RULE_CHAIN, rule.chain());
            if (handle != 0) {
                w.putAttrU64Be(Nft.NFTA_RULE_HANDLE, handle);
            }
            if (position != 0) {
                w.putAttrU64Be(Nft.NFTA_RULE_POSITION, position);
            }
            ExpressionCodec.encodeList(w, Nft.NFTA_RULE_EXPRESSIONS, exprs);
            if (userdata != null) {
                userdata.writeAttribute(w, Nft.NFTA_RULE_USERDATA);
            }
        }, new Operation.NewRule(rule.table(), (flags & Netlink.NLM_F_REPLACE) != 0 ? handle : 0)));
        return this;
    }

    /**
     * A rule's expressions as {@code nft --debug=netlink} lists them, one bracket each with its
     * fields ({@code [ immediate verdict=jump c ]}), so an error names the rule, not only its kinds.
     */
    static String describe(List<Expression> exprs) {
        StringBuilder s = new StringBuilder();
        for (Expression e : exprs) {
            String text = e.toString();
            int open = text.indexOf('[');
            String fields = open >= 0 && text.endsWith("]") ? text.substring(open + 1, text.length() - 1) : text;
            s.append(s.length() > 0 ? " " : "").append("[ ").append(e.name())
                    .append(fields.isEmpty() ? "" : " " + fields.replace(", ", " ")).append(" ]");
        }
        return s.toString();
    }

    private static void checkHandle(long handle, boolean zeroAllowed) {
        if (handle < 0 || (!zeroAllowed && handle == 0)) {
            throw new IllegalArgumentException("rule handle must be " + (zeroAllowed ? "0 or " : "") + "positive: " + handle);
        }
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
        return set(family, table, name, key, null, interval, timeoutMs);
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
        return set(family, table, name, key, Objects.requireNonNull(value, "map value type"), false, 0);
    }

    private Transaction set(Family family, String table, String name, SetKeyType key, SetKeyType value, boolean interval,
                            long timeoutMs) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "set");
        Objects.requireNonNull(key, "key type");
        if (key == SetKeyType.VERDICT) {
            throw new IllegalArgumentException("a verdict cannot be a set key");
        }
        if (timeoutMs < 0) {
            throw new IllegalArgumentException("set timeout must not be negative: " + timeoutMs);
        }
        int flags = (interval ? Nft.NFT_SET_INTERVAL : 0) | (value != null ? Nft.NFT_SET_MAP : 0)
                | (timeoutMs > 0 ? Nft.NFT_SET_TIMEOUT : 0);
        int setId = nextSetId++;
        String desc = "add " + (value != null ? "map " : "set ") + family + " " + table + " " + name + " { type " + key
                + (value != null ? " : " + value : "") + "; }";
        ops.add(Operation.of(Nft.NFT_MSG_NEWSET, Netlink.NLM_F_CREATE, family.value(), desc, w -> {
            KernelNames.put(w, Nft.NFTA_SET_TABLE, table);
            KernelNames.put(w, Nft.NFTA_SET_NAME, name);
            w.putAttrU32Be(Nft.NFTA_SET_FLAGS, flags);
            w.putAttrU32Be(Nft.NFTA_SET_KEY_TYPE, key.id());
            w.putAttrU32Be(Nft.NFTA_SET_KEY_LEN, key.length());
            if (value != null) {
                w.putAttrU32Be(Nft.NFTA_SET_DATA_TYPE, value == SetKeyType.VERDICT ? 0xFFFFFF00 : value.id());
                w.putAttrU32Be(Nft.NFTA_SET_DATA_LEN, value.length());
            }
            w.putAttrU32Be(Nft.NFTA_SET_ID, setId);
            if (timeoutMs > 0) {
                w.putAttrU64Be(Nft.NFTA_SET_TIMEOUT, timeoutMs);
            }
            w.putAttrBytes(Nft.NFTA_SET_USERDATA, SetUserdata.of(key, value));
        }));
        return this;
    }

    private void addAnonymousSet(Family family, String table, AnonymousSet anon, int setId) {
        SetKeyType key = anon.keyType();
        ops.add(Operation.of(Nft.NFT_MSG_NEWSET, Netlink.NLM_F_CREATE, family.value(),
                "add anonymous set " + family + " " + table + " { type " + key + "; }", w -> {
                    KernelNames.put(w, Nft.NFTA_SET_TABLE, table);
                    KernelNames.put(w, Nft.NFTA_SET_NAME, AnonymousSet.NAME);
                    w.putAttrU32Be(Nft.NFTA_SET_FLAGS, Nft.NFT_SET_ANONYMOUS | Nft.NFT_SET_CONSTANT);
                    w.putAttrU32Be(Nft.NFTA_SET_KEY_TYPE, key.id());
                    w.putAttrU32Be(Nft.NFTA_SET_KEY_LEN, key.length());
                    w.putAttrU32Be(Nft.NFTA_SET_ID, setId);
                    int d = w.beginNested(Nft.NFTA_SET_DESC);
                    w.putAttrU32Be(Nft.NFTA_SET_DESC_SIZE, anon.keys().size());
                    w.endNested(d);
                    w.putAttrBytes(Nft.NFTA_SET_USERDATA, SetUserdata.anonymous(key, anon.protocol()));
                }));
        List<SetElement> elements = anon.keys().stream().map(SetElement::of).toList();
        for (List<SetElement> run : SetElements.split(elements)) {
            ops.add(Operation.of(Nft.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, family.value(),
                    "add element " + family + " " + table + " anonymous set (" + run.size() + " elements)", w -> {
                        KernelNames.put(w, Nft.NFTA_SET_ELEM_LIST_TABLE, table);
                        KernelNames.put(w, Nft.NFTA_SET_ELEM_LIST_SET, AnonymousSet.NAME);
                        w.putAttrU32Be(Nft.NFTA_SET_ELEM_LIST_SET_ID, setId);
                        SetElements.encode(w, run);
                    }));
        }
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
        return elements(Nft.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, "add element", family, table, set,
                encodeValues(key, interval, values, 0));
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
        return elements(Nft.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, "add element", family, table, set,
                encodeValues(key, false, values, timeoutMs));
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
        return elements(Nft.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, "add element", family, table, map,
                List.of(new SetElement(k, 0, 0, 0, verdict, null)));
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
        return elements(Nft.NFT_MSG_DELSETELEM, 0, "delete element", family, table, set,
                encodeValues(key, interval, values, 0));
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
        return elements(Nft.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, "add element", family, table, set, elements);
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
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "set");
        ops.add(Operation.of(Nft.NFT_MSG_DELSET, 0, family.value(), "delete set " + family + " " + table + " " + name, w -> {
            KernelNames.put(w, Nft.NFTA_SET_TABLE, table);
            KernelNames.put(w, Nft.NFTA_SET_NAME, name);
        }));
        return this;
    }

    private Transaction elements(int msg, int flags, String verb, Family family, String table, String set,
                                 List<SetElement> elements) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(set, "set");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("elements must not be empty");
        }
        List<SetElement> copy = List.copyOf(elements);
        for (List<SetElement> run : SetElements.split(copy)) {
            ops.add(Operation.of(msg, flags, family.value(), verb + " " + family + " " + table + " " + set + " (" + run.size()
                    + " elements)", w -> {
                        KernelNames.put(w, Nft.NFTA_SET_ELEM_LIST_TABLE, table);
                        KernelNames.put(w, Nft.NFTA_SET_ELEM_LIST_SET, set);
                        SetElements.encode(w, run);
                    }));
        }
        return this;
    }

    static List<SetElement> encodeValues(SetKeyType key, boolean interval, List<String> values, long timeoutMs) {
        Objects.requireNonNull(key, "key type");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("elements must not be empty");
        }
        List<SetElement> out = new ArrayList<>();
        if (!interval) {
            for (String v : values) {
                out.add(new SetElement(key.parse(v, "element"), 0, timeoutMs, 0, null, null));
            }
            return out;
        }
        List<NftData[]> ranges = new ArrayList<>();
        for (String v : values) {
            ranges.add(key.parseRange(v, "element"));
        }
        ranges.sort(Comparator.comparing((NftData[] r) -> r[0], SetKeyType::compare));
        for (int i = 1; i < ranges.size(); i++) {
            if (SetKeyType.compare(ranges.get(i)[0], ranges.get(i - 1)[1]) <= 0) {
                throw new IllegalArgumentException("interval elements overlap: " + values);
            }
        }
        byte[] zero = new byte[key.length()];
        if (!ranges.get(0)[0].equals(NftData.of(zero))) {
            out.add(new SetElement(NftData.of(zero), Nft.NFT_SET_ELEM_INTERVAL_END, 0, 0, null, null));
        }
        for (NftData[] r : ranges) {
            out.add(SetElement.of(r[0]));
            byte[] end = r[1].bytes();
            boolean overflow = true;
            for (int i = end.length - 1; i >= 0; i--) {
                end[i]++;
                if (end[i] != 0) {
                    overflow = false;
                    break;
                }
            }
            if (!overflow) {
                out.add(new SetElement(NftData.of(end), Nft.NFT_SET_ELEM_INTERVAL_END, 0, 0, null, null));
            }
        }
        return out;
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
        return NfBatch.encode(writer, this, null, ruleHandles ? NfBatch.Mode.ECHO : NfBatch.Mode.QUIET,
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
        return NfBatch.run(connection, this);
    }
}
