package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code nft -a list chain FAMILY TABLE CHAIN}: the rules of one chain, from one
 * {@code NFT_MSG_GETRULE} dump that the kernel filters by family, table and chain; made by
 * {@link Nftables#rules(Family, String, String)}. {@link #apply} returns {@link NftRule} records;
 * {@link #forEach} streams the rules through one reused {@link NftRuleView} without allocating per
 * rule, and {@link #count} counts them. A chain or table that does not exist lists no rules.
 */
public final class ChainRulesRequest extends NetlinkRequest<ChainRulesRequest, List<NftRule>> implements RequestEncoder {
    private final Family family;
    private final String table;
    private final String chain;

    ChainRulesRequest(Family family, String table, String chain) {
        this.family = Objects.requireNonNull(family, "family");
        this.table = Names.check(table, "table");
        this.chain = Names.check(chain, "chain");
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    /**
     * Lists the chain's rules as records, in chain order.
     *
     * @param connection a {@code NETLINK_NETFILTER} connection
     * @return the rules
     */
    @Override
    public List<NftRule> apply(NetlinkConnection connection) {
        List<NftRule> rules = new ArrayList<>();
        connection.dump(describe(), this, new io.jnetlink.core.MessageHandler() {
            private final NftRuleView view = new NftRuleView();

            @Override
            public boolean onMessage(io.jnetlink.core.message.MessageReader m) {
                if (isRule(m) && matches(view.wrap(m))) {
                    rules.add(view.toRule());
                }
                return true;
            }

            @Override
            public void onRestart() {
                rules.clear();
            }
        });
        return rules;
    }

    /**
     * Streams the chain's rules through one reused view, in chain order; the view is valid only
     * inside {@code visitor}. An interrupted dump starts again and may show a rule twice.
     *
     * @param connection a {@code NETLINK_NETFILTER} connection
     * @param visitor receives each rule
     */
    public void forEach(NetlinkConnection connection, Consumer<NftRuleView> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        NftRuleView view = new NftRuleView();
        connection.dump(describe(), this, m -> {
            if (isRule(m) && matches(view.wrap(m))) {
                visitor.accept(view);
            }
            return true;
        });
    }

    /**
     * {@link #forEach(NetlinkConnection, Consumer)} on the cached connection of the target namespace.
     *
     * @param visitor receives each rule
     */
    public void forEach(Consumer<NftRuleView> visitor) {
        forEach(targetNamespace().connection(Netlink.NETLINK_NETFILTER), visitor);
    }

    /**
     * Counts the chain's rules ({@code nft list chain … | grep -c}) without building records; an
     * interrupted dump is counted again from zero.
     *
     * @param connection a {@code NETLINK_NETFILTER} connection
     * @return the number of rules in the chain
     */
    public long count(NetlinkConnection connection) {
        long[] count = {0};
        connection.dump(describe(), this, new io.jnetlink.core.MessageHandler() {
            private final NftRuleView view = new NftRuleView();

            @Override
            public boolean onMessage(io.jnetlink.core.message.MessageReader m) {
                if (isRule(m) && matches(view.wrap(m))) {
                    count[0]++;
                }
                return true;
            }

            @Override
            public void onRestart() {
                count[0] = 0;
            }
        });
        return count[0];
    }

    /**
     * Writes the dump request: {@code NFT_MSG_GETRULE} of the family with {@code NFTA_RULE_TABLE}
     * and {@code NFTA_RULE_CHAIN}, which the kernel uses to filter the dump (the connection adds
     * {@code NLM_F_DUMP}).
     *
     * @param w the writer
     */
    @Override
    public void encode(MessageWriter w) {
        int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_GETRULE, 0, family.value(), 0);
        KernelNames.put(w, NftAttrs.NFTA_RULE_TABLE, table);
        KernelNames.put(w, NftAttrs.NFTA_RULE_CHAIN, chain);
        w.endMessage(start);
    }

    /**
     * Names the listing in errors.
     *
     * @return e.g. {@code "NFT_MSG_GETRULE ip nat postrouting"}
     */
    @Override
    public String describe() {
        return "NFT_MSG_GETRULE " + family + " " + table + " " + chain;
    }

    private static boolean isRule(io.jnetlink.core.message.MessageReader m) {
        return NfGenMsg.message(m.type()) == NftAttrs.NFT_MSG_NEWRULE;
    }

    /** The kernel filters already; this guards against kernels that ignore the filter attributes. */
    private boolean matches(NftRuleView v) {
        return v.familyValue() == family.value() && v.tableEquals(table) && v.chainEquals(chain);
    }
}
