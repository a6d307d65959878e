package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code hash}: a hash into a register, nft {@code jhash ip saddr mod 4 seed 0x1 offset 10}
 * ({@link #JENKINS}: of {@code length} bytes of a register) or {@code symhash mod 2} ({@link #SYMMETRIC}:
 * of the flow, no source register).
 *
 * @param type           {@code NFTA_HASH_TYPE}: {@link #JENKINS} 0, {@link #SYMMETRIC} 1
 * @param sourceRegister {@code NFTA_HASH_SREG}, -1 for symhash
 * @param destRegister   {@code NFTA_HASH_DREG}
 * @param length         {@code NFTA_HASH_LEN}, -1 for symhash
 * @param modulus        {@code NFTA_HASH_MODULUS}
 * @param seed           {@code NFTA_HASH_SEED}, -1 when absent (the kernel picks one)
 * @param offset         {@code NFTA_HASH_OFFSET}
 */
public record Hash(int type, int sourceRegister, int destRegister, int length, long modulus, long seed, long offset)
        implements Expression {
    static final int NFTA_HASH_SREG = 1;
    static final int NFTA_HASH_DREG = 2;
    static final int NFTA_HASH_LEN = 3;
    static final int NFTA_HASH_MODULUS = 4;
    static final int NFTA_HASH_SEED = 5;
    static final int NFTA_HASH_OFFSET = 6;
    static final int NFTA_HASH_TYPE = 7;
    /** {@code NFT_HASH_JENKINS}: nft {@code jhash}. */
    public static final int JENKINS = 0;
    /** {@code NFT_HASH_SYM}: nft {@code symhash}. */
    public static final int SYMMETRIC = 1;

    @Override
    public String name() {
        return "hash";
    }

    /** nft's order: sreg, dreg, len, modulus, seed, offset, type (what is absent left out). */
    @Override
    public void encodeData(MessageWriter w) {
        if (sourceRegister >= 0) {
            w.putAttrU32Be(NFTA_HASH_SREG, sourceRegister);
        }
        w.putAttrU32Be(NFTA_HASH_DREG, destRegister);
        if (length >= 0) {
            w.putAttrU32Be(NFTA_HASH_LEN, length);
        }
        w.putAttrU32Be(NFTA_HASH_MODULUS, (int) modulus);
        if (seed >= 0) {
            w.putAttrU32Be(NFTA_HASH_SEED, (int) seed);
        }
        w.putAttrU32Be(NFTA_HASH_OFFSET, (int) offset);
        w.putAttrU32Be(NFTA_HASH_TYPE, type);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a hash.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_HASH_TYPE);
        if (!Attr.present(v, NFTA_HASH_DREG, NFTA_HASH_MODULUS)) {
            return null;
        }
        return new Hash((int) Math.max(0, v[NFTA_HASH_TYPE]), (int) v[NFTA_HASH_SREG], (int) v[NFTA_HASH_DREG],
                (int) v[NFTA_HASH_LEN], v[NFTA_HASH_MODULUS], v[NFTA_HASH_SEED], Math.max(0, v[NFTA_HASH_OFFSET]));
    }
}
