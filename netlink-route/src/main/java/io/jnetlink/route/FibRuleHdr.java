package io.jnetlink.route;

/**
 * Layout of {@code struct fib_rule_hdr}, the fixed header of policy-routing rule messages
 * ({@code RTM_*RULE}), and the {@code FRA_*} attributes, {@code FR_ACT_*} actions and
 * {@code FIB_RULE_*} flags of {@code <linux/fib_rules.h>}.
 *
 * <pre>
 * +-------------+-------------+-------------+-------------+
 * | family u8   | dst_len u8  | src_len u8  | tos u8      |  0
 * +-------------+-------------+-------------+-------------+
 * | table u8    | res1 u8     | res2 u8     | action u8   |  4
 * +-------------+-------------+-------------+-------------+
 * |                    flags (u32)                        |  8
 * +-------------------------------------------------------+
 * </pre>
 */
public final class FibRuleHdr {
    /** Length of the fixed header in bytes. */
    public static final int LENGTH = 12;
    /** Byte offset of the {@code family} field. */
    public static final int FAMILY_OFFSET = 0;
    /** Byte offset of the {@code dst_len} field. */
    public static final int DST_LEN_OFFSET = 1;
    /** Byte offset of the {@code src_len} field. */
    public static final int SRC_LEN_OFFSET = 2;
    /** Byte offset of the {@code tos} field. */
    public static final int TOS_OFFSET = 3;
    /** Byte offset of the {@code table} field. */
    public static final int TABLE_OFFSET = 4;
    /** Byte offset of the {@code action} field. */
    public static final int ACTION_OFFSET = 7;
    /** Byte offset of the {@code flags} field. */
    public static final int FLAGS_OFFSET = 8;

    /** {@code FRA_DST}. */
    public static final int FRA_DST = 1;
    /** {@code FRA_SRC}. */
    public static final int FRA_SRC = 2;
    /** {@code FRA_IIFNAME}. */
    public static final int FRA_IIFNAME = 3;
    /** {@code FRA_GOTO}. */
    public static final int FRA_GOTO = 4;
    /** {@code FRA_PRIORITY}. */
    public static final int FRA_PRIORITY = 6;
    /** {@code FRA_FWMARK}. */
    public static final int FRA_FWMARK = 10;
    /** {@code FRA_FLOW}. */
    public static final int FRA_FLOW = 11;
    /** {@code FRA_TABLE}. */
    public static final int FRA_TABLE = 15;
    /** {@code FRA_FWMASK}. */
    public static final int FRA_FWMASK = 16;
    /** {@code FRA_OIFNAME}. */
    public static final int FRA_OIFNAME = 17;
    /** {@code FRA_PROTOCOL}. */
    public static final int FRA_PROTOCOL = 21;

    /** {@code FR_ACT_UNSPEC}. */
    public static final int FR_ACT_UNSPEC = 0;
    /** {@code FR_ACT_TO_TBL}. */
    public static final int FR_ACT_TO_TBL = 1;
    /** {@code FR_ACT_GOTO}. */
    public static final int FR_ACT_GOTO = 2;
    /** {@code FR_ACT_NOP}. */
    public static final int FR_ACT_NOP = 3;
    /** {@code FR_ACT_BLACKHOLE}. */
    public static final int FR_ACT_BLACKHOLE = 6;
    /** {@code FR_ACT_UNREACHABLE}. */
    public static final int FR_ACT_UNREACHABLE = 7;
    /** {@code FR_ACT_PROHIBIT}. */
    public static final int FR_ACT_PROHIBIT = 8;

    /** {@code FIB_RULE_PERMANENT}. */
    public static final int FIB_RULE_PERMANENT = 0x1;
    /** {@code FIB_RULE_INVERT} ("not"). */
    public static final int FIB_RULE_INVERT = 0x2;

    private FibRuleHdr() {
    }
}
