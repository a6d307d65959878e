package io.jnetlink.route;

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
    public static final int LENGTH = 12;
    public static final int FAMILY_OFFSET = 0;
    public static final int DST_LEN_OFFSET = 1;
    public static final int SRC_LEN_OFFSET = 2;
    public static final int TOS_OFFSET = 3;
    public static final int TABLE_OFFSET = 4;
    public static final int PROTOCOL_OFFSET = 5;
    public static final int SCOPE_OFFSET = 6;
    public static final int TYPE_OFFSET = 7;
    public static final int FLAGS_OFFSET = 8;

    public static final int RTA_DST = 1;        // RTA_DST
    public static final int RTA_SRC = 2;        // RTA_SRC
    public static final int RTA_IIF = 3;        // RTA_IIF
    public static final int RTA_OIF = 4;        // RTA_OIF
    public static final int RTA_GATEWAY = 5;    // RTA_GATEWAY
    public static final int RTA_PRIORITY = 6;   // RTA_PRIORITY (metric)
    public static final int RTA_PREFSRC = 7;    // RTA_PREFSRC
    public static final int RTA_METRICS = 8;    // RTA_METRICS (nested RTAX_*)
    public static final int RTA_MULTIPATH = 9;  // RTA_MULTIPATH (rtnexthop list)
    public static final int RTA_FLOW = 11;      // RTA_FLOW
    public static final int RTA_CACHEINFO = 12; // RTA_CACHEINFO
    public static final int RTA_TABLE = 15;     // RTA_TABLE (u32 table id)
    public static final int RTA_MARK = 16;      // RTA_MARK
    public static final int RTA_VIA = 18;       // RTA_VIA
    public static final int RTA_PREF = 20;      // RTA_PREF
    public static final int RTA_EXPIRES = 23;   // RTA_EXPIRES
    public static final int RTA_UID = 25;       // RTA_UID
    public static final int RTA_NH_ID = 30;     // RTA_NH_ID

    public static final int RTN_UNSPEC = 0;      // RTN_UNSPEC
    public static final int RTN_UNICAST = 1;     // RTN_UNICAST
    public static final int RTN_LOCAL = 2;       // RTN_LOCAL
    public static final int RTN_BROADCAST = 3;   // RTN_BROADCAST
    public static final int RTN_ANYCAST = 4;     // RTN_ANYCAST
    public static final int RTN_MULTICAST = 5;   // RTN_MULTICAST
    public static final int RTN_BLACKHOLE = 6;   // RTN_BLACKHOLE
    public static final int RTN_UNREACHABLE = 7; // RTN_UNREACHABLE
    public static final int RTN_PROHIBIT = 8;    // RTN_PROHIBIT
    public static final int RTN_THROW = 9;       // RTN_THROW
    public static final int RTN_NAT = 10;        // RTN_NAT
    public static final int RTN_XRESOLVE = 11;   // RTN_XRESOLVE

    public static final int RTPROT_UNSPEC = 0;   // RTPROT_UNSPEC
    public static final int RTPROT_REDIRECT = 1; // RTPROT_REDIRECT
    public static final int RTPROT_KERNEL = 2;   // RTPROT_KERNEL
    public static final int RTPROT_BOOT = 3;     // RTPROT_BOOT (what ip route add uses)
    public static final int RTPROT_STATIC = 4;   // RTPROT_STATIC

    public static final int RT_SCOPE_UNIVERSE = 0;  // RT_SCOPE_UNIVERSE ("global")
    public static final int RT_SCOPE_SITE = 200;    // RT_SCOPE_SITE
    public static final int RT_SCOPE_LINK = 253;    // RT_SCOPE_LINK
    public static final int RT_SCOPE_HOST = 254;    // RT_SCOPE_HOST
    public static final int RT_SCOPE_NOWHERE = 255; // RT_SCOPE_NOWHERE

    public static final int RT_TABLE_UNSPEC = 0;    // RT_TABLE_UNSPEC
    public static final int RT_TABLE_DEFAULT = 253; // RT_TABLE_DEFAULT
    public static final int RT_TABLE_MAIN = 254;    // RT_TABLE_MAIN
    public static final int RT_TABLE_LOCAL = 255;   // RT_TABLE_LOCAL

    public static final int RTM_F_NOTIFY = 0x100;       // RTM_F_NOTIFY
    public static final int RTM_F_CLONED = 0x200;       // RTM_F_CLONED
    public static final int RTM_F_LOOKUP_TABLE = 0x1000; // RTM_F_LOOKUP_TABLE
    public static final int RTM_F_FIB_MATCH = 0x2000;   // RTM_F_FIB_MATCH

    public static final int RTAX_MTU = 2;      // RTAX_MTU
    public static final int RTAX_ADVMSS = 8;   // RTAX_ADVMSS

    /**
     * {@code struct rtnexthop}: {@code rtnh_len} u16, {@code rtnh_flags} u8, {@code rtnh_hops}
     * u8 (weight - 1), {@code rtnh_ifindex} s32, then attributes ({@code RTA_GATEWAY}).
     */
    public static final int RTNH_LENGTH = 8;
    public static final int RTNH_LEN_OFFSET = 0;
    public static final int RTNH_FLAGS_OFFSET = 2;
    public static final int RTNH_HOPS_OFFSET = 3;
    public static final int RTNH_IFINDEX_OFFSET = 4;

    public static final int RTNH_F_DEAD = 1;       // RTNH_F_DEAD
    public static final int RTNH_F_PERVASIVE = 2;  // RTNH_F_PERVASIVE
    public static final int RTNH_F_ONLINK = 4;     // RTNH_F_ONLINK
    public static final int RTNH_F_OFFLOAD = 8;    // RTNH_F_OFFLOAD
    public static final int RTNH_F_LINKDOWN = 16;  // RTNH_F_LINKDOWN

    private RtMsg() {
    }

    /** {@code ip}'s name of a scope: global, site, link, host, nowhere, or the number. */
    public static String scopeName(int scope) {
        return switch (scope) {
            case RT_SCOPE_UNIVERSE -> "global";
            case RT_SCOPE_SITE -> "site";
            case RT_SCOPE_LINK -> "link";
            case RT_SCOPE_HOST -> "host";
            case RT_SCOPE_NOWHERE -> "nowhere";
            default -> Integer.toString(scope);
        };
    }

    /**
     * Parses a scope as {@code ip} does: a name ({@code global}/{@code universe}, {@code site},
     * {@code link}, {@code host}, {@code nowhere}) or a number 0..255.
     */
    public static int parseScope(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " must be global, site, link, host, nowhere or 0..255, got null");
        }
        return switch (text) {
            case "global", "universe" -> RT_SCOPE_UNIVERSE;
            case "site" -> RT_SCOPE_SITE;
            case "link" -> RT_SCOPE_LINK;
            case "host" -> RT_SCOPE_HOST;
            case "nowhere" -> RT_SCOPE_NOWHERE;
            default -> {
                if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(Character::isDigit)
                        || Integer.parseInt(text) > 255) {
                    throw new IllegalArgumentException(what + " must be global, site, link, host, nowhere or 0..255: " + text);
                }
                yield Integer.parseInt(text);
            }
        };
    }
}
