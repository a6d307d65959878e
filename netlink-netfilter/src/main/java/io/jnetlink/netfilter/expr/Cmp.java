package io.jnetlink.netfilter.expr;

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
}
