package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code numgen}: a number generator into a register, nft {@code numgen inc mod 2 offset 100},
 * {@code numgen random mod 10}.
 *
 * @param destRegister {@code NFTA_NG_DREG}
 * @param modulus      {@code NFTA_NG_MODULUS}
 * @param type         {@code NFTA_NG_TYPE}: {@link #INCREMENTAL} 0, {@link #RANDOM} 1
 * @param offset       {@code NFTA_NG_OFFSET}
 */
public record Numgen(int destRegister, long modulus, int type, long offset) implements Expression {
    static final int NFTA_NG_DREG = 1;
    static final int NFTA_NG_MODULUS = 2;
    static final int NFTA_NG_TYPE = 3;
    static final int NFTA_NG_OFFSET = 4;
    /** {@code NFT_NG_INCREMENTAL}: nft {@code inc}. */
    public static final int INCREMENTAL = 0;
    /** {@code NFT_NG_RANDOM}: nft {@code random}. */
    public static final int RANDOM = 1;

    @Override
    public String name() {
        return "numgen";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_NG_DREG, destRegister);
        w.putAttrU32Be(NFTA_NG_MODULUS, (int) modulus);
        w.putAttrU32Be(NFTA_NG_TYPE, type);
        w.putAttrU32Be(NFTA_NG_OFFSET, (int) offset);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a number generator.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_NG_OFFSET);
        return Attr.present(v, NFTA_NG_DREG, NFTA_NG_MODULUS, NFTA_NG_TYPE)
                ? new Numgen((int) v[NFTA_NG_DREG], v[NFTA_NG_MODULUS], (int) v[NFTA_NG_TYPE], Math.max(0, v[NFTA_NG_OFFSET]))
                : null;
    }
}
