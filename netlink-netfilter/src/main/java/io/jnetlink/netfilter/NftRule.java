package io.jnetlink.netfilter;

import io.jnetlink.netfilter.expr.ExpressionCodec;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.NftData;

import java.util.List;

/**
 * An nftables rule: its place and its expressions, as {@code nft -a list chain} shows it
 * ({@code nft --debug=netlink} prints the same expressions). Expressions the library does not
 * understand are kept as {@link io.jnetlink.netfilter.expr.RawExpression}.
 *
 * @param family      family of its table
 * @param table       table name
 * @param chain       chain name
 * @param handle      the kernel's handle (0 for a rule not yet added)
 * @param expressions the expressions, in order
 * @param userdata    {@code NFTA_RULE_USERDATA} (nft keeps comments there), or null
 */
public record NftRule(Family family, String table, String chain, long handle, List<Expression> expressions, NftData userdata) {
    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param family family of its table
     * @param table table name
     * @param chain chain name
     * @param handle the kernel's handle (0 for a rule not yet added)
     * @param expressions the expressions, in order
     * @param userdata {@code NFTA_RULE_USERDATA} (nft keeps comments there), or null
     */
    public NftRule {
        expressions = List.copyOf(expressions);
    }

    /**
     * Starts a rule for chain {@code chain} of table {@code table}: {@code nft add rule FAMILY TABLE CHAIN ...}.
     *
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table
     * @param chain the chain name
     * @return a builder for the rule's matches and statement
     * @throws IllegalArgumentException for an invalid table or chain name
     */
    public static NftRuleBuilder in(Family family, String table, String chain) {
        return new NftRuleBuilder(family, table, chain);
    }

    /**
     * Starts a rule for chain {@code chain} of {@code table}.
     *
     * @param table the table
     * @param chain the chain name
     * @return a builder for the rule's matches and statement
     */
    public static NftRuleBuilder in(NftTable table, String chain) {
        return new NftRuleBuilder(table.family(), table.name(), chain);
    }

    /**
     * {@return an {@code NFT_MSG_NEWRULE}, expressions decoded}
     *
     * @param m the message, positioned at its header
     */
    public static NftRule decode(MessageReader m) {
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        String table = null, chain = null;
        long handle = 0;
        List<Expression> exprs = List.of();
        NftData userdata = null;
        while (a.next()) {
            switch (a.type()) {
                case Nft.NFTA_RULE_TABLE -> table = KernelNames.read(a);
                case Nft.NFTA_RULE_CHAIN -> chain = KernelNames.read(a);
                case Nft.NFTA_RULE_HANDLE -> handle = a.u64Be();
                case Nft.NFTA_RULE_EXPRESSIONS -> exprs = ExpressionCodec.decodeList(a);
                case Nft.NFTA_RULE_USERDATA -> userdata = NftData.of(a.bytes());
                default -> {
                }
            }
        }
        if (table == null || chain == null) {
            throw NftMessages.missing(m, "NFTA_RULE_TABLE or NFTA_RULE_CHAIN");
        }
        return new NftRule(family, table, chain, handle, exprs, userdata);
    }
}
