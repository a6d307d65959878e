package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code meta} set: packet metadata from a register, nft {@code meta mark set 0x10}
 * ({@code [ meta set mark with reg 1 ]}).
 *
 * @param key            {@code NFTA_META_KEY}, one of {@link Meta}'s {@code NFT_META_*} constants
 * @param sourceRegister {@code NFTA_META_SREG}
 */
public record MetaSet(int key, int sourceRegister) implements Expression {
    @Override
    public String name() {
        return "meta";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(Meta.NFTA_META_KEY, key);
        w.putAttrU32Be(Meta.NFTA_META_SREG, sourceRegister);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a meta statement.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (a load, or attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, Meta.NFTA_META_SREG);
        return Attr.present(v, Meta.NFTA_META_KEY, Meta.NFTA_META_SREG) && v[Meta.NFTA_META_DREG] < 0
                ? new MetaSet((int) v[Meta.NFTA_META_KEY], (int) v[Meta.NFTA_META_SREG]) : null;
    }
}
