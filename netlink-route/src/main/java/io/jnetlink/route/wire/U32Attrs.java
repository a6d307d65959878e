package io.jnetlink.route.wire;

/**
 * The u32 classifier ({@code TCA_U32_*}, {@code struct tc_u32_sel}, {@code struct tc_u32_key} in
 * {@code <linux/pkt_cls.h>}).
 *
 * <pre>
 * tc_u32_sel: flags(0) offshift(1) nkeys(2) pad(3) offmask be16(4) off(6) offoff(8) hoff(10)
 *             hmask be32(12) keys[](16)                                           = 16 + 16 * nkeys
 * tc_u32_key: mask be32(0) val be32(4) off(8) offmask(12)                          = 16
 * </pre>
 */
public final class U32Attrs {
    /** {@code TCA_U32_CLASSID}. */
    public static final int TCA_U32_CLASSID = 1;
    /** {@code TCA_U32_HASH}. */
    public static final int TCA_U32_HASH = 2;
    /** {@code TCA_U32_LINK}. */
    public static final int TCA_U32_LINK = 3;
    /** {@code TCA_U32_DIVISOR}. */
    public static final int TCA_U32_DIVISOR = 4;
    /** {@code TCA_U32_SEL}. */
    public static final int TCA_U32_SEL = 5;
    /** {@code TCA_U32_ACT}. */
    public static final int TCA_U32_ACT = 7;
    /** {@code TCA_U32_FLAGS}. */
    public static final int TCA_U32_FLAGS = 11;

    /** {@code TC_U32_TERMINAL 1}. */
    public static final int TC_U32_TERMINAL = 1;
    /** {@code sizeof(struct tc_u32_sel)} without keys. */
    public static final int SEL_LENGTH = 16;
    /** {@code flags}. */
    public static final int SEL_FLAGS_OFFSET = 0;
    /** {@code offshift}. */
    public static final int SEL_OFFSHIFT_OFFSET = 1;
    /** {@code nkeys}. */
    public static final int SEL_NKEYS_OFFSET = 2;
    /** {@code offmask} (big-endian). */
    public static final int SEL_OFFMASK_OFFSET = 4;
    /** {@code off}. */
    public static final int SEL_OFF_OFFSET = 6;
    /** {@code offoff}. */
    public static final int SEL_OFFOFF_OFFSET = 8;
    /** {@code hoff}. */
    public static final int SEL_HOFF_OFFSET = 10;
    /** {@code hmask} (big-endian). */
    public static final int SEL_HMASK_OFFSET = 12;
    /** {@code sizeof(struct tc_u32_key)}. */
    public static final int KEY_LENGTH = 16;
    /** {@code mask} (big-endian). */
    public static final int KEY_MASK_OFFSET = 0;
    /** {@code val} (big-endian). */
    public static final int KEY_VAL_OFFSET = 4;
    /** {@code off}. */
    public static final int KEY_OFF_OFFSET = 8;
    /** {@code offmask}. */
    public static final int KEY_OFFMASK_OFFSET = 12;

    private U32Attrs() {
    }
}
