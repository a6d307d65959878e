package io.jnetlink.netfilter.conntrack;

/** ctnetlink constants from {@code linux/netfilter/nfnetlink_conntrack.h} (each named after its macro). */
final class Ctnl {
    private Ctnl() {
    }

    // enum cntl_msg_types
    static final int IPCTNL_MSG_CT_NEW = 0;
    static final int IPCTNL_MSG_CT_GET = 1;
    static final int IPCTNL_MSG_CT_DELETE = 2;
    static final int IPCTNL_MSG_CT_GET_STATS = 5;

    // enum ctattr_stats_global
    static final int CTA_STATS_GLOBAL_ENTRIES = 1;
    static final int CTA_STATS_GLOBAL_MAX_ENTRIES = 2;

    // enum ctattr_type
    static final int CTA_TUPLE_ORIG = 1;
    static final int CTA_TUPLE_REPLY = 2;
    static final int CTA_STATUS = 3;
    static final int CTA_PROTOINFO = 4;
    static final int CTA_TIMEOUT = 7;
    static final int CTA_MARK = 8;
    static final int CTA_COUNTERS_ORIG = 9;
    static final int CTA_COUNTERS_REPLY = 10;
    static final int CTA_USE = 11;
    static final int CTA_ID = 12;
    static final int CTA_ZONE = 18;
    static final int CTA_MARK_MASK = 21;

    // enum ctattr_tuple
    static final int CTA_TUPLE_IP = 1;
    static final int CTA_TUPLE_PROTO = 2;
    static final int CTA_TUPLE_ZONE = 3;

    // enum ctattr_ip
    static final int CTA_IP_V4_SRC = 1;
    static final int CTA_IP_V4_DST = 2;
    static final int CTA_IP_V6_SRC = 3;
    static final int CTA_IP_V6_DST = 4;

    // enum ctattr_l4proto
    static final int CTA_PROTO_NUM = 1;
    static final int CTA_PROTO_SRC_PORT = 2;
    static final int CTA_PROTO_DST_PORT = 3;
    static final int CTA_PROTO_ICMP_ID = 4;
    static final int CTA_PROTO_ICMP_TYPE = 5;
    static final int CTA_PROTO_ICMP_CODE = 6;
    static final int CTA_PROTO_ICMPV6_ID = 7;
    static final int CTA_PROTO_ICMPV6_TYPE = 8;
    static final int CTA_PROTO_ICMPV6_CODE = 9;

    // enum ctattr_protoinfo / ctattr_protoinfo_tcp
    static final int CTA_PROTOINFO_TCP = 1;
    static final int CTA_PROTOINFO_TCP_STATE = 1;

    // enum ctattr_counters
    static final int CTA_COUNTERS_PACKETS = 1;
    static final int CTA_COUNTERS_BYTES = 2;
}
