package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code bitwise} (mask-and-xor): {@code dreg = (sreg & mask) ^ xor}
 * ({@code [ bitwise reg 1 = ( reg 1 & 0x00000006 ) ^ 0x00000000 ]}).
 *
 * @param sourceRegister {@code NFTA_BITWISE_SREG}
 * @param destRegister   {@code NFTA_BITWISE_DREG}
 * @param length         {@code NFTA_BITWISE_LEN}
 * @param mask           {@code NFTA_BITWISE_MASK}
 * @param xor            {@code NFTA_BITWISE_XOR}
 */
public record Bitwise(int sourceRegister, int destRegister, int length, NftData mask, NftData xor) implements Expression {
    static final int NFTA_BITWISE_SREG = 1;
    static final int NFTA_BITWISE_DREG = 2;
    static final int NFTA_BITWISE_LEN = 3;
    static final int NFTA_BITWISE_MASK = 4;
    static final int NFTA_BITWISE_XOR = 5;
    static final int NFTA_BITWISE_OP = 6;

    @Override
    public String name() {
        return "bitwise";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_BITWISE_SREG, sourceRegister);
        w.putAttrU32Be(NFTA_BITWISE_DREG, destRegister);
        w.putAttrU32Be(NFTA_BITWISE_LEN, length);
        Attr.putData(w, NFTA_BITWISE_MASK, mask);
        Attr.putData(w, NFTA_BITWISE_XOR, xor);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a mask-and-xor (shifts are kept raw).
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int sreg = -1, dreg = -1, len = -1;
        NftData mask = null, xor = null;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_BITWISE_SREG -> sreg = Attr.be32(d);
                case NFTA_BITWISE_DREG -> dreg = Attr.be32(d);
                case NFTA_BITWISE_LEN -> len = Attr.be32(d);
                case NFTA_BITWISE_MASK -> mask = Attr.data(d, scratch);
                case NFTA_BITWISE_XOR -> xor = Attr.data(d, scratch);
                case NFTA_BITWISE_OP -> {
                    if (Attr.be32(d) != 0) {
                        return null; // shifts: kept raw
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (sreg < 0 || dreg < 0 || len < 0 || mask == null || xor == null) {
            return null;
        }
        return new Bitwise(sreg, dreg, len, mask, xor);
    }
}
