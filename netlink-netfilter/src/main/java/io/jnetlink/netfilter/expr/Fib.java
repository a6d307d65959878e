package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code fib}: a FIB lookup into a register, nft {@code fib daddr type local}, {@code fib saddr . iif oif}
 * ({@code [ fib daddr type => reg 1 ]}).
 *
 * @param destRegister {@code NFTA_FIB_DREG}
 * @param result       {@code NFTA_FIB_RESULT}: {@link #RESULT_OIF} 1, {@link #RESULT_OIFNAME} 2, {@link #RESULT_ADDRTYPE} 3
 * @param flags        {@code NFTA_FIB_FLAGS}: {@code NFTA_FIB_F_SADDR} 1, {@code _DADDR} 2, {@code _MARK} 4, {@code _IIF} 8, {@code _OIF} 16, {@code _PRESENT} 32
 */
public record Fib(int destRegister, int result, int flags) implements Expression {
    static final int NFTA_FIB_DREG = 1;
    static final int NFTA_FIB_RESULT = 2;
    static final int NFTA_FIB_FLAGS = 3;
    /** {@code NFT_FIB_RESULT_OIF}. */
    public static final int RESULT_OIF = 1;
    /** {@code NFT_FIB_RESULT_OIFNAME}. */
    public static final int RESULT_OIFNAME = 2;
    /** {@code NFT_FIB_RESULT_ADDRTYPE}: nft {@code type}. */
    public static final int RESULT_ADDRTYPE = 3;
    /** {@code NFTA_FIB_F_SADDR}. */
    public static final int F_SADDR = 1;
    /** {@code NFTA_FIB_F_DADDR}. */
    public static final int F_DADDR = 2;
    /** {@code NFTA_FIB_F_MARK}. */
    public static final int F_MARK = 4;
    /** {@code NFTA_FIB_F_IIF}. */
    public static final int F_IIF = 8;
    /** {@code NFTA_FIB_F_OIF}. */
    public static final int F_OIF = 16;
    /** {@code NFTA_FIB_F_PRESENT}. */
    public static final int F_PRESENT = 32;

    @Override
    public String name() {
        return "fib";
    }

    /** nft's order: flags, result, register. */
    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_FIB_FLAGS, flags);
        w.putAttrU32Be(NFTA_FIB_RESULT, result);
        w.putAttrU32Be(NFTA_FIB_DREG, destRegister);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a fib lookup.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_FIB_FLAGS);
        return Attr.present(v, NFTA_FIB_DREG, NFTA_FIB_RESULT, NFTA_FIB_FLAGS)
                ? new Fib((int) v[NFTA_FIB_DREG], (int) v[NFTA_FIB_RESULT], (int) v[NFTA_FIB_FLAGS]) : null;
    }
}
