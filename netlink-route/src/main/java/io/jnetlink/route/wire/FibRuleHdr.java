package io.jnetlink.route.wire;

/**
 * Layout of {@code struct fib_rule_hdr}, the fixed header of policy-routing rule messages
 * ({@code RTM_*RULE}), and every {@code FRA_*} attribute, {@code FR_ACT_*} action and
 * {@code FIB_RULE_*} flag of {@code <linux/fib_rules.h>}. Wire knowledge: not exported.
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

    /** {@code FRA_DST}: destination address. */
    public static final int FRA_DST = 1;
    /** {@code FRA_SRC}: source address. */
    public static final int FRA_SRC = 2;
    /** {@code FRA_IIFNAME} ({@code FRA_IFNAME}): input interface name. */
    public static final int FRA_IIFNAME = 3;
    /** {@code FRA_GOTO}: u32, the priority to jump to ({@code FR_ACT_GOTO}). */
    public static final int FRA_GOTO = 4;
    /** {@code FRA_PRIORITY}: u32, priority/preference. */
    public static final int FRA_PRIORITY = 6;
    /** {@code FRA_FWMARK}: u32, mark. */
    public static final int FRA_FWMARK = 10;
    /** {@code FRA_FLOW}: u32, flow/class id (realms: from in the high 16 bits, to in the low). */
    public static final int FRA_FLOW = 11;
    /** {@code FRA_TUN_ID}: be64, tunnel id. */
    public static final int FRA_TUN_ID = 12;
    /** {@code FRA_SUPPRESS_IFGROUP}: u32. */
    public static final int FRA_SUPPRESS_IFGROUP = 13;
    /** {@code FRA_SUPPRESS_PREFIXLEN}: u32. */
    public static final int FRA_SUPPRESS_PREFIXLEN = 14;
    /** {@code FRA_TABLE}: u32, extended table id. */
    public static final int FRA_TABLE = 15;
    /** {@code FRA_FWMASK}: u32, mask for the netfilter mark. */
    public static final int FRA_FWMASK = 16;
    /** {@code FRA_OIFNAME}: output interface name. */
    public static final int FRA_OIFNAME = 17;
    /** {@code FRA_PAD}: alignment padding of 64-bit attributes. */
    public static final int FRA_PAD = 18;
    /** {@code FRA_L3MDEV}: u8, iif or oif is an l3mdev: go to its table. */
    public static final int FRA_L3MDEV = 19;
    /** {@code FRA_UID_RANGE}: {@code struct fib_rule_uid_range} (u32 start, u32 end). */
    public static final int FRA_UID_RANGE = 20;
    /** {@code FRA_PROTOCOL}: u8, originator of the rule ({@code RTPROT_*}). */
    public static final int FRA_PROTOCOL = 21;
    /** {@code FRA_IP_PROTO}: u8, IP protocol. */
    public static final int FRA_IP_PROTO = 22;
    /** {@code FRA_SPORT_RANGE}: {@code struct fib_rule_port_range} (u16 start, u16 end). */
    public static final int FRA_SPORT_RANGE = 23;
    /** {@code FRA_DPORT_RANGE}: {@code struct fib_rule_port_range}. */
    public static final int FRA_DPORT_RANGE = 24;

    /** Length of {@code struct fib_rule_uid_range}. */
    public static final int UID_RANGE_LENGTH = 8;
    /** Length of {@code struct fib_rule_port_range}. */
    public static final int PORT_RANGE_LENGTH = 4;

    /** {@code FR_ACT_UNSPEC}. */
    public static final int FR_ACT_UNSPEC = 0;
    /** {@code FR_ACT_TO_TBL}: pass to fixed table. */
    public static final int FR_ACT_TO_TBL = 1;
    /** {@code FR_ACT_GOTO}: jump to another rule. */
    public static final int FR_ACT_GOTO = 2;
    /** {@code FR_ACT_NOP}: no operation. */
    public static final int FR_ACT_NOP = 3;
    /** {@code FR_ACT_BLACKHOLE}: drop without notification. */
    public static final int FR_ACT_BLACKHOLE = 6;
    /** {@code FR_ACT_UNREACHABLE}: drop with ENETUNREACH. */
    public static final int FR_ACT_UNREACHABLE = 7;
    /** {@code FR_ACT_PROHIBIT}: drop with EACCES. */
    public static final int FR_ACT_PROHIBIT = 8;

    /** {@code FIB_RULE_PERMANENT}: rule is permanent, and cannot be deleted. */
    public static final int FIB_RULE_PERMANENT = 0x1;
    /** {@code FIB_RULE_INVERT} ("not"). */
    public static final int FIB_RULE_INVERT = 0x2;
    /** {@code FIB_RULE_UNRESOLVED}: a goto whose target does not exist. */
    public static final int FIB_RULE_UNRESOLVED = 0x4;
    /** {@code FIB_RULE_IIF_DETACHED} ({@code FIB_RULE_DEV_DETACHED}). */
    public static final int FIB_RULE_IIF_DETACHED = 0x8;
    /** {@code FIB_RULE_OIF_DETACHED}. */
    public static final int FIB_RULE_OIF_DETACHED = 0x10;
    /** {@code FIB_RULE_FIND_SADDR}: try to find source address in routing lookups. */
    public static final int FIB_RULE_FIND_SADDR = 0x10000;

    private FibRuleHdr() {
    }
}
