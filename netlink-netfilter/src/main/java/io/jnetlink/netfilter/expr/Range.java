package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code range}: compares a register with a range, nft {@code tcp dport != 1000-2000}
 * ({@code [ range neq reg 1 0x0000e803 0x0000d007 ]}).
 *
 * @param sourceRegister {@code NFTA_RANGE_SREG}
 * @param op             {@code NFTA_RANGE_OP}: {@link #EQ} 0, {@link #NEQ} 1
 * @param from           {@code NFTA_RANGE_FROM_DATA}
 * @param to             {@code NFTA_RANGE_TO_DATA}
 */
public record Range(int sourceRegister, int op, NftData from, NftData to) implements Expression {
    static final int NFTA_RANGE_SREG = 1;
    static final int NFTA_RANGE_OP = 2;
    static final int NFTA_RANGE_FROM_DATA = 3;
    static final int NFTA_RANGE_TO_DATA = 4;
    /** {@code NFT_RANGE_EQ}. */
    public static final int EQ = 0;
    /** {@code NFT_RANGE_NEQ}. */
    public static final int NEQ = 1;

    @Override
    public String name() {
        return "range";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_RANGE_SREG, sourceRegister);
        w.putAttrU32Be(NFTA_RANGE_OP, op);
        Attr.putData(w, NFTA_RANGE_FROM_DATA, from);
        Attr.putData(w, NFTA_RANGE_TO_DATA, to);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a range comparison.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int sreg = -1, op = -1;
        NftData from = null, to = null;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_RANGE_SREG -> sreg = Attr.be32(d);
                case NFTA_RANGE_OP -> op = Attr.be32(d);
                case NFTA_RANGE_FROM_DATA -> from = Attr.data(d, scratch);
                case NFTA_RANGE_TO_DATA -> to = Attr.data(d, scratch);
                default -> {
                    return null;
                }
            }
        }
        return sreg < 0 || op < 0 || from == null || to == null ? null : new Range(sreg, op, from, to);
    }
}
