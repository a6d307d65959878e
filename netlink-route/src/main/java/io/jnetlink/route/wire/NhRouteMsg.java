package io.jnetlink.route.wire;

/**
 * {@code struct rtmsg} ({@code <linux/rtnetlink.h>}) and the route attributes that routes through
 * nexthop objects and lightweight tunnels need ({@code ip route add … nhid ID | encap …}).
 *
 * <pre>
 *  0        1        2        3        4        5        6        7        8                 12
 *  +--------+--------+--------+--------+--------+--------+--------+--------+-----------------+
 *  | family | dst_len| src_len| tos    | table  |protocol| scope  | type   | flags (u32)     |
 *  +--------+--------+--------+--------+--------+--------+--------+--------+-----------------+
 * </pre>
 */
public final class NhRouteMsg {
    /** {@code sizeof(struct rtmsg)}. */
    public static final int LENGTH = 12;
    /** {@code rtm_family}. */
    public static final int FAMILY_OFFSET = 0;
    /** {@code rtm_dst_len}. */
    public static final int DST_LEN_OFFSET = 1;
    /** {@code rtm_table}. */
    public static final int TABLE_OFFSET = 4;
    /** {@code rtm_protocol}. */
    public static final int PROTOCOL_OFFSET = 5;
    /** {@code rtm_scope}. */
    public static final int SCOPE_OFFSET = 6;
    /** {@code rtm_type}. */
    public static final int TYPE_OFFSET = 7;

    /** {@code RTM_NEWROUTE} = 24. */
    public static final int RTM_NEWROUTE = 24;
    /** {@code RTM_DELROUTE} = 25. */
    public static final int RTM_DELROUTE = 25;
    /** {@code RTA_DST}. */
    public static final int RTA_DST = 1;
    /** {@code RTA_OIF}. */
    public static final int RTA_OIF = 4;
    /** {@code RTA_GATEWAY}. */
    public static final int RTA_GATEWAY = 5;
    /** {@code RTA_VIA}: {@code struct rtvia} ({@code u16} family, then the address) - a gateway of another family. */
    public static final int RTA_VIA = 18;
    /** {@code RTA_TABLE} (u32). */
    public static final int RTA_TABLE = 15;
    /** {@code RTA_ENCAP_TYPE} (u16). */
    public static final int RTA_ENCAP_TYPE = 21;
    /** {@code RTA_ENCAP} (nested). */
    public static final int RTA_ENCAP = 22;
    /** {@code RTA_NH_ID} (u32). */
    public static final int RTA_NH_ID = 30;

    /** {@code RT_TABLE_MAIN}. */
    public static final int RT_TABLE_MAIN = 254;
    /** {@code RTPROT_BOOT}: what {@code ip route add} stamps. */
    public static final int RTPROT_BOOT = 3;
    /** {@code RT_SCOPE_UNIVERSE}. */
    public static final int RT_SCOPE_UNIVERSE = 0;
    /** {@code RT_SCOPE_LINK}. */
    public static final int RT_SCOPE_LINK = 253;
    /** {@code RTN_UNICAST}. */
    public static final int RTN_UNICAST = 1;

    private NhRouteMsg() {
    }
}
