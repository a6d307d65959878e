package io.jnetlink.netfilter.expr;

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
}
