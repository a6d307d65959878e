package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code ct} set: conntrack data from a register, nft {@code ct mark set 0x5}
 * ({@code [ ct set mark with reg 1 ]}).
 *
 * @param key            {@code NFTA_CT_KEY}, one of {@link Ct}'s {@code NFT_CT_*} constants
 * @param sourceRegister {@code NFTA_CT_SREG}
 * @param direction      {@code NFTA_CT_DIRECTION} (0 original, 1 reply), or -1 when absent
 */
public record CtSet(int key, int sourceRegister, int direction) implements Expression {
    @Override
    public String name() {
        return "ct";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(Ct.NFTA_CT_KEY, key);
        w.putAttrU32Be(Ct.NFTA_CT_SREG, sourceRegister);
        if (direction >= 0) {
            w.putAttrU8(Ct.NFTA_CT_DIRECTION, direction);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a ct statement.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (a load, or attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int key = -1, sreg = -1, dir = -1;
        while (d.next()) {
            switch (d.type()) {
                case Ct.NFTA_CT_KEY -> key = Attr.be32(d);
                case Ct.NFTA_CT_SREG -> sreg = Attr.be32(d);
                case Ct.NFTA_CT_DIRECTION -> dir = d.u8();
                default -> {
                    return null;
                }
            }
        }
        return key < 0 || sreg < 0 ? null : new CtSet(key, sreg, dir);
    }
}
