package io.jnetlink.netfilter.wire;

/** ctnetlink constants from {@code linux/netfilter/nfnetlink_conntrack.h} (each named after its macro). */
public final class CtnlAttrs {
    private CtnlAttrs() {
    }

    // enum cntl_msg_types
    public static final int IPCTNL_MSG_CT_NEW = 0;
    public static final int IPCTNL_MSG_CT_GET = 1;
    public static final int IPCTNL_MSG_CT_DELETE = 2;
    public static final int IPCTNL_MSG_CT_GET_STATS_CPU = 4;
    public static final int IPCTNL_MSG_CT_GET_STATS = 5;

    // enum ctnl_exp_msg_types (subsystem NFNL_SUBSYS_CTNETLINK_EXP)
    public static final int IPCTNL_MSG_EXP_NEW = 0;
    public static final int IPCTNL_MSG_EXP_GET = 1;
    public static final int IPCTNL_MSG_EXP_DELETE = 2;
    public static final int IPCTNL_MSG_EXP_GET_STATS_CPU = 3;

    // enum ctattr_stats_cpu (per-CPU IPCTNL_MSG_CT_GET_STATS_CPU replies; nfgenmsg.res_id is the CPU)
    public static final int CTA_STATS_FOUND = 2;
    public static final int CTA_STATS_INVALID = 4;
    public static final int CTA_STATS_INSERT = 8;
    public static final int CTA_STATS_INSERT_FAILED = 9;
    public static final int CTA_STATS_DROP = 10;
    public static final int CTA_STATS_EARLY_DROP = 11;
    public static final int CTA_STATS_ERROR = 12;
    public static final int CTA_STATS_SEARCH_RESTART = 13;
    public static final int CTA_STATS_CLASH_RESOLVE = 14;
    public static final int CTA_STATS_CHAIN_TOOLONG = 15;

    // enum ctattr_stats_global
    public static final int CTA_STATS_GLOBAL_ENTRIES = 1;
    public static final int CTA_STATS_GLOBAL_MAX_ENTRIES = 2;

    // enum ctattr_type
    public static final int CTA_TUPLE_ORIG = 1;
    public static final int CTA_TUPLE_REPLY = 2;
    public static final int CTA_STATUS = 3;
    public static final int CTA_PROTOINFO = 4;
    public static final int CTA_HELP = 5;
    public static final int CTA_NAT_SRC = 6;
    public static final int CTA_TIMEOUT = 7;
    public static final int CTA_MARK = 8;
    public static final int CTA_COUNTERS_ORIG = 9;
    public static final int CTA_COUNTERS_REPLY = 10;
    public static final int CTA_USE = 11;
    public static final int CTA_ID = 12;
    public static final int CTA_NAT_DST = 13;
    public static final int CTA_ZONE = 18;
    public static final int CTA_MARK_MASK = 21;
    public static final int CTA_LABELS = 22;
    public static final int CTA_LABELS_MASK = 23;
    public static final int CTA_FILTER = 25;
    public static final int CTA_STATUS_MASK = 26;

    // enum ctattr_filter; the CTA_FILTER_F_* bits they hold (u32, host order) are not in the UAPI headers:
    // net/netfilter/nf_conntrack_netlink.c defines them (libnetfilter_conntrack copies them)
    public static final int CTA_FILTER_ORIG_FLAGS = 1;
    public static final int CTA_FILTER_REPLY_FLAGS = 2;
    /** {@code CTA_FILTER_F_CTA_IP_SRC (1 << 0)}. */
    public static final int CTA_FILTER_F_CTA_IP_SRC = 1;
    /** {@code CTA_FILTER_F_CTA_IP_DST (1 << 1)}. */
    public static final int CTA_FILTER_F_CTA_IP_DST = 1 << 1;
    /** {@code CTA_FILTER_F_CTA_TUPLE_ZONE (1 << 2)}. */
    public static final int CTA_FILTER_F_CTA_TUPLE_ZONE = 1 << 2;
    /** {@code CTA_FILTER_F_CTA_PROTO_NUM (1 << 3)}. */
    public static final int CTA_FILTER_F_CTA_PROTO_NUM = 1 << 3;
    /** {@code CTA_FILTER_F_CTA_PROTO_SRC_PORT (1 << 4)}. */
    public static final int CTA_FILTER_F_CTA_PROTO_SRC_PORT = 1 << 4;
    /** {@code CTA_FILTER_F_CTA_PROTO_DST_PORT (1 << 5)}. */
    public static final int CTA_FILTER_F_CTA_PROTO_DST_PORT = 1 << 5;

    // enum ctattr_nat / ctattr_protonat
    public static final int CTA_NAT_V4_MINIP = 1;
    public static final int CTA_NAT_V4_MAXIP = 2;
    public static final int CTA_NAT_PROTO = 3;
    public static final int CTA_NAT_V6_MINIP = 4;
    public static final int CTA_NAT_V6_MAXIP = 5;
    public static final int CTA_PROTONAT_PORT_MIN = 1;
    public static final int CTA_PROTONAT_PORT_MAX = 2;

    // enum ctattr_help
    public static final int CTA_HELP_NAME = 1;

    // enum ctattr_expect
    public static final int CTA_EXPECT_MASTER = 1;
    public static final int CTA_EXPECT_TUPLE = 2;
    public static final int CTA_EXPECT_MASK = 3;
    public static final int CTA_EXPECT_TIMEOUT = 4;
    public static final int CTA_EXPECT_ID = 5;
    public static final int CTA_EXPECT_HELP_NAME = 6;
    public static final int CTA_EXPECT_ZONE = 7;
    public static final int CTA_EXPECT_FLAGS = 8;
    public static final int CTA_EXPECT_CLASS = 9;

    // enum ctattr_expect_stats (IPCTNL_MSG_EXP_GET_STATS_CPU)
    public static final int CTA_STATS_EXP_NEW = 1;
    public static final int CTA_STATS_EXP_CREATE = 2;
    public static final int CTA_STATS_EXP_DELETE = 3;

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
