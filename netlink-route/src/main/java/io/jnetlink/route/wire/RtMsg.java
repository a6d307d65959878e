package io.jnetlink.route.wire;

/**
 * Layout of {@code struct rtmsg}, the fixed header of route messages ({@code RTM_*ROUTE}), and
 * the route constants of {@code <linux/rtnetlink.h>}: {@code RTA_*} attributes, {@code RTN_*}
 * types, {@code RTPROT_*} protocols, {@code RT_SCOPE_*}, {@code RT_TABLE_*}, {@code RTAX_*}
 * metrics and {@code struct rtnexthop}.
 *
 * <pre>
 * +--------------+--------------+--------------+--------------+
 * | rtm_family u8| rtm_dst_len  | rtm_src_len  | rtm_tos u8   |  0
 * +--------------+--------------+--------------+--------------+
 * | rtm_table u8 | rtm_protocol | rtm_scope u8 | rtm_type u8  |  4
 * +--------------+--------------+--------------+--------------+
 * |                     rtm_flags (u32)                       |  8
 * +-----------------------------------------------------------+
 * </pre>
 */
public final class RtMsg {
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
    /** Byte offset of the {@code protocol} field. */
    public static final int PROTOCOL_OFFSET = 5;
    /** Byte offset of the {@code scope} field. */
    public static final int SCOPE_OFFSET = 6;
    /** Byte offset of the {@code type} field. */
    public static final int TYPE_OFFSET = 7;
    /** Byte offset of the {@code flags} field. */
    public static final int FLAGS_OFFSET = 8;

    /** {@code RTA_DST}. */
    public static final int RTA_DST = 1;
    /** {@code RTA_SRC}. */
    public static final int RTA_SRC = 2;
    /** {@code RTA_IIF}. */
    public static final int RTA_IIF = 3;
    /** {@code RTA_OIF}. */
    public static final int RTA_OIF = 4;
    /** {@code RTA_GATEWAY}. */
    public static final int RTA_GATEWAY = 5;
    /** {@code RTA_PRIORITY} (metric). */
    public static final int RTA_PRIORITY = 6;
    /** {@code RTA_PREFSRC}. */
    public static final int RTA_PREFSRC = 7;
    /** {@code RTA_METRICS} (nested RTAX_*). */
    public static final int RTA_METRICS = 8;
    /** {@code RTA_MULTIPATH} (rtnexthop list). */
    public static final int RTA_MULTIPATH = 9;
    /** {@code RTA_FLOW}. */
    public static final int RTA_FLOW = 11;
    /** {@code RTA_CACHEINFO}. */
    public static final int RTA_CACHEINFO = 12;
    /** {@code RTA_TABLE} (u32 table id). */
    public static final int RTA_TABLE = 15;
    /** {@code RTA_MARK}. */
    public static final int RTA_MARK = 16;
    /** {@code RTA_VIA}. */
    public static final int RTA_VIA = 18;
    /** {@code RTA_PREF}. */
    public static final int RTA_PREF = 20;
    /** {@code RTA_EXPIRES}. */
    public static final int RTA_EXPIRES = 23;
    /** {@code RTA_UID}. */
    public static final int RTA_UID = 25;
    /** {@code RTA_ENCAP_TYPE} (u16 {@code LWTUNNEL_ENCAP_*}). */
    public static final int RTA_ENCAP_TYPE = 21;
    /** {@code RTA_ENCAP} (nested, contents per {@code RTA_ENCAP_TYPE}). */
    public static final int RTA_ENCAP = 22;
    /** {@code RTA_NH_ID}. */
    public static final int RTA_NH_ID = 30;

    /** {@code RTN_UNSPEC}. */
    public static final int RTN_UNSPEC = 0;
    /** {@code RTN_UNICAST}. */
    public static final int RTN_UNICAST = 1;
    /** {@code RTN_LOCAL}. */
    public static final int RTN_LOCAL = 2;
    /** {@code RTN_BROADCAST}. */
    public static final int RTN_BROADCAST = 3;
    /** {@code RTN_ANYCAST}. */
    public static final int RTN_ANYCAST = 4;
    /** {@code RTN_MULTICAST}. */
    public static final int RTN_MULTICAST = 5;
    /** {@code RTN_BLACKHOLE}. */
    public static final int RTN_BLACKHOLE = 6;
    /** {@code RTN_UNREACHABLE}. */
    public static final int RTN_UNREACHABLE = 7;
    /** {@code RTN_PROHIBIT}. */
    public static final int RTN_PROHIBIT = 8;
    /** {@code RTN_THROW}. */
    public static final int RTN_THROW = 9;
    /** {@code RTN_NAT}. */
    public static final int RTN_NAT = 10;
    /** {@code RTN_XRESOLVE}. */
    public static final int RTN_XRESOLVE = 11;

    /** {@code RTPROT_UNSPEC}. */
    public static final int RTPROT_UNSPEC = 0;
    /** {@code RTPROT_REDIRECT}. */
    public static final int RTPROT_REDIRECT = 1;
    /** {@code RTPROT_KERNEL}. */
    public static final int RTPROT_KERNEL = 2;
    /** {@code RTPROT_BOOT} (what ip route add uses). */
    public static final int RTPROT_BOOT = 3;
    /** {@code RTPROT_STATIC}. */
    public static final int RTPROT_STATIC = 4;

    /** {@code RT_SCOPE_UNIVERSE} ("global"). */
    public static final int RT_SCOPE_UNIVERSE = 0;
    /** {@code RT_SCOPE_SITE}. */
    public static final int RT_SCOPE_SITE = 200;
    /** {@code RT_SCOPE_LINK}. */
    public static final int RT_SCOPE_LINK = 253;
    /** {@code RT_SCOPE_HOST}. */
    public static final int RT_SCOPE_HOST = 254;
    /** {@code RT_SCOPE_NOWHERE}. */
    public static final int RT_SCOPE_NOWHERE = 255;

    /** {@code RT_TABLE_UNSPEC}. */
    public static final int RT_TABLE_UNSPEC = 0;
    /** {@code RT_TABLE_DEFAULT}. */
    public static final int RT_TABLE_DEFAULT = 253;
    /** {@code RT_TABLE_MAIN}. */
    public static final int RT_TABLE_MAIN = 254;
    /** {@code RT_TABLE_LOCAL}. */
    public static final int RT_TABLE_LOCAL = 255;

    /** {@code RTM_F_NOTIFY}. */
    public static final int RTM_F_NOTIFY = 0x100;
    /** {@code RTM_F_CLONED}. */
    public static final int RTM_F_CLONED = 0x200;
    /** {@code RTM_F_LOOKUP_TABLE}. */
    public static final int RTM_F_LOOKUP_TABLE = 0x1000;
    /** {@code RTM_F_FIB_MATCH}. */
    public static final int RTM_F_FIB_MATCH = 0x2000;

    /** {@code RTAX_MTU}. */
    public static final int RTAX_MTU = 2;
    /** {@code RTAX_ADVMSS}. */
    public static final int RTAX_ADVMSS = 8;

    /**
     * {@code struct rtnexthop}: {@code rtnh_len} u16, {@code rtnh_flags} u8, {@code rtnh_hops}
     * u8 (weight - 1), {@code rtnh_ifindex} s32, then attributes ({@code RTA_GATEWAY}).
     */
    public static final int RTNH_LENGTH = 8;
    /** Byte offset of the {@code rtnh_len} field. */
    public static final int RTNH_LEN_OFFSET = 0;
    /** Byte offset of the {@code rtnh_flags} field. */
    public static final int RTNH_FLAGS_OFFSET = 2;
    /** Byte offset of the {@code rtnh_hops} field. */
    public static final int RTNH_HOPS_OFFSET = 3;
    /** Byte offset of the {@code rtnh_ifindex} field. */
    public static final int RTNH_IFINDEX_OFFSET = 4;

    /** {@code RTNH_F_DEAD}. */
    public static final int RTNH_F_DEAD = 1;
    /** {@code RTNH_F_PERVASIVE}. */
    public static final int RTNH_F_PERVASIVE = 2;
    /** {@code RTNH_F_ONLINK}. */
    public static final int RTNH_F_ONLINK = 4;
    /** {@code RTNH_F_OFFLOAD}. */
    public static final int RTNH_F_OFFLOAD = 8;
    /** {@code RTNH_F_LINKDOWN}. */
    public static final int RTNH_F_LINKDOWN = 16;

    private RtMsg() {
    }
}
