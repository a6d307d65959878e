package io.jnetlink.netfilter.expr;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code cmp}: compares a register with data; the rule stops when false
 * ({@code [ cmp eq reg 1 0x000fa8c0 ]}).
 *
 * @param sourceRegister {@code NFTA_CMP_SREG}
 * @param op             {@code NFTA_CMP_OP}: {@link #EQ} .. {@link #GTE}
 * @param data           {@code NFTA_CMP_DATA}
 */
public record Cmp(int sourceRegister, int op, NftData data) implements Expression {
    static final int NFTA_CMP_SREG = 1;
    static final int NFTA_CMP_OP = 2;
    static final int NFTA_CMP_DATA = 3;
    /** {@code NFT_CMP_EQ}. */
    public static final int EQ = 0;
    /** {@code NFT_CMP_NEQ}. */
    public static final int NEQ = 1;
    /** {@code NFT_CMP_LT}. */
    public static final int LT = 2;
    /** {@code NFT_CMP_LTE}. */
    public static final int LTE = 3;
    /** {@code NFT_CMP_GT}. */
    public static final int GT = 4;
    /** {@code NFT_CMP_GTE}. */
    public static final int GTE = 5;

    @Override
    public String name() {
        return "cmp";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_CMP_SREG, sourceRegister);
        w.putAttrU32Be(NFTA_CMP_OP, op);
        Attr.putData(w, NFTA_CMP_DATA, data);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a comparison.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int sreg = -1, op = -1;
        NftData data = null;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_CMP_SREG -> sreg = Attr.be32(d);
                case NFTA_CMP_OP -> op = Attr.be32(d);
                case NFTA_CMP_DATA -> data = Attr.data(d, scratch);
                default -> {
                    return null;
                }
            }
        }
        if (sreg < 0 || op < 0 || data == null) {
            throw new NetlinkDecodeException("cmp expression without SREG, OP or DATA", 0);
        }
        return new Cmp(sreg, op, data);
    }
}
