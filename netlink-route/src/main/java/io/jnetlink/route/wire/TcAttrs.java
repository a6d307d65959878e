package io.jnetlink.route.wire;

/**
 * The attributes of qdisc, class and filter messages ({@code enum TCA_*} in
 * {@code <linux/rtnetlink.h>}) and of their statistics ({@code <linux/gen_stats.h>}).
 */
public final class TcAttrs {
    /** {@code TCA_KIND}: the qdisc/class/filter kind, a string. */
    public static final int TCA_KIND = 1;
    /** {@code TCA_OPTIONS}: kind-specific options. */
    public static final int TCA_OPTIONS = 2;
    /** {@code TCA_STATS}: legacy {@code struct tc_stats}. */
    public static final int TCA_STATS = 3;
    /** {@code TCA_XSTATS}: kind-specific statistics. */
    public static final int TCA_XSTATS = 4;
    /** {@code TCA_RATE}: {@code struct gnet_estimator}. */
    public static final int TCA_RATE = 5;
    /** {@code TCA_FCNT}. */
    public static final int TCA_FCNT = 6;
    /** {@code TCA_STATS2}: nested {@code TCA_STATS_*}. */
    public static final int TCA_STATS2 = 7;
    /** {@code TCA_STAB}. */
    public static final int TCA_STAB = 8;
    /** {@code TCA_CHAIN}: a filter's chain index, u32. */
    public static final int TCA_CHAIN = 11;
    /** {@code TCA_HW_OFFLOAD}: u8. */
    public static final int TCA_HW_OFFLOAD = 12;
    /** {@code TCA_INGRESS_BLOCK}: u32. */
    public static final int TCA_INGRESS_BLOCK = 13;
    /** {@code TCA_EGRESS_BLOCK}: u32. */
    public static final int TCA_EGRESS_BLOCK = 14;

    /** {@code TCA_STATS_BASIC}: {@code struct gnet_stats_basic}. */
    public static final int TCA_STATS_BASIC = 1;
    /** {@code TCA_STATS_RATE_EST}: {@code struct gnet_stats_rate_est}. */
    public static final int TCA_STATS_RATE_EST = 2;
    /** {@code TCA_STATS_QUEUE}: {@code struct gnet_stats_queue}. */
    public static final int TCA_STATS_QUEUE = 3;
    /** {@code TCA_STATS_APP}: kind-specific statistics. */
    public static final int TCA_STATS_APP = 4;
    /** {@code TCA_STATS_PKT64}: 64-bit packet count. */
    public static final int TCA_STATS_PKT64 = 8;

    /** {@code struct gnet_stats_basic}: {@code __u64 bytes} at 0. */
    public static final int BASIC_BYTES_OFFSET = 0;
    /** {@code struct gnet_stats_basic}: {@code __u32 packets} at 8. */
    public static final int BASIC_PACKETS_OFFSET = 8;
    /** {@code sizeof(struct gnet_stats_basic)} without tail padding ({@code bytes}, {@code packets}). */
    public static final int BASIC_LENGTH = 12;
    /** {@code struct gnet_stats_queue}: {@code qlen} at 0. */
    public static final int QUEUE_QLEN_OFFSET = 0;
    /** {@code backlog} at 4. */
    public static final int QUEUE_BACKLOG_OFFSET = 4;
    /** {@code drops} at 8. */
    public static final int QUEUE_DROPS_OFFSET = 8;
    /** {@code requeues} at 12. */
    public static final int QUEUE_REQUEUES_OFFSET = 12;
    /** {@code overlimits} at 16. */
    public static final int QUEUE_OVERLIMITS_OFFSET = 16;
    /** {@code sizeof(struct gnet_stats_queue)}. */
    public static final int QUEUE_LENGTH = 20;

    private TcAttrs() {
    }
}
