package io.jnetlink.netfilter.wire;

/** ctnetlink constants from {@code linux/netfilter/nfnetlink_conntrack.h} (each named after its macro). */
public final class CtnlAttrs {
    private CtnlAttrs() {
    }

    // enum cntl_msg_types
    public static final int IPCTNL_MSG_CT_NEW = 0;
    public static final int IPCTNL_MSG_CT_GET = 1;
    public static final int IPCTNL_MSG_CT_DELETE = 2;
    public static final int IPCTNL_MSG_CT_GET_STATS = 5;

    // enum ctattr_stats_global
    public static final int CTA_STATS_GLOBAL_ENTRIES = 1;
    public static final int CTA_STATS_GLOBAL_MAX_ENTRIES = 2;

    // enum ctattr_type
    public static final int CTA_TUPLE_ORIG = 1;
    public static final int CTA_TUPLE_REPLY = 2;
    public static final int CTA_STATUS = 3;
    public static final int CTA_PROTOINFO = 4;
    public static final int CTA_TIMEOUT = 7;
    public static final int CTA_MARK = 8;
    public static final int CTA_COUNTERS_ORIG = 9;
    public static final int CTA_COUNTERS_REPLY = 10;
    public static final int CTA_USE = 11;
    public static final int CTA_ID = 12;
    public static final int CTA_ZONE = 18;
    public static final int CTA_MARK_MASK = 21;

    // enum ctattr_tuple
    public static final int CTA_TUPLE_IP = 1;
    public static final int CTA_TUPLE_PROTO = 2;
    public static final int CTA_TUPLE_ZONE = 3;

    // enum ctattr_ip
    public static final int CTA_IP_V4_SRC = 1;
    public static final int CTA_IP_V4_DST = 2;
    public static final int CTA_IP_V6_SRC = 3;
    public static final int CTA_IP_V6_DST = 4;

    // enum ctattr_l4proto
    public static final int CTA_PROTO_NUM = 1;
    public static final int CTA_PROTO_SRC_PORT = 2;
    public static final int CTA_PROTO_DST_PORT = 3;
    public static final int CTA_PROTO_ICMP_ID = 4;
    public static final int CTA_PROTO_ICMP_TYPE = 5;
    public static final int CTA_PROTO_ICMP_CODE = 6;
    public static final int CTA_PROTO_ICMPV6_ID = 7;
    public static final int CTA_PROTO_ICMPV6_TYPE = 8;
    public static final int CTA_PROTO_ICMPV6_CODE = 9;

    // enum ctattr_protoinfo / ctattr_protoinfo_tcp
    public static final int CTA_PROTOINFO_TCP = 1;
    public static final int CTA_PROTOINFO_TCP_STATE = 1;

    // enum ctattr_counters
    public static final int CTA_COUNTERS_PACKETS = 1;
    public static final int CTA_COUNTERS_BYTES = 2;
}
