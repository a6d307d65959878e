package io.jnetlink.route.wire;

/**
 * {@code struct if_stats_msg} ({@code <linux/if_link.h>}), the header of {@code RTM_GETSTATS}/
 * {@code RTM_NEWSTATS}, the {@code IFLA_STATS_*} attributes and {@code struct rtnl_link_stats64}.
 *
 * <pre>
 *  0        1        2                 4                 8                 12
 *  +--------+--------+-----------------+-----------------+-----------------+
 *  | family | pad1   | pad2 (u16)      | ifindex (u32)   | filter_mask     |
 *  +--------+--------+-----------------+-----------------+-----------------+
 *  rtnl_link_stats64: 25 __u64 counters, rx_packets at 0 … rx_otherhost_dropped at 192 (older
 *  kernels send the first 23 or 24)
 * </pre>
 */
public final class IfStatsMsg {
    /** {@code sizeof(struct if_stats_msg)}. */
    public static final int LENGTH = 12;
    /** {@code family}. */
    public static final int FAMILY_OFFSET = 0;
    /** {@code ifindex}. */
    public static final int IFINDEX_OFFSET = 4;
    /** {@code filter_mask}. */
    public static final int FILTER_MASK_OFFSET = 8;
    /** {@code RTM_NEWSTATS} = 92. */
    public static final int RTM_NEWSTATS = 92;
    /** {@code RTM_GETSTATS} = 94. */
    public static final int RTM_GETSTATS = 94;
    /** {@code IFLA_STATS_LINK_64}: a {@code struct rtnl_link_stats64}. */
    public static final int IFLA_STATS_LINK_64 = 1;
    /** {@code IFLA_STATS_FILTER_BIT(IFLA_STATS_LINK_64)} = {@code 1 << (IFLA_STATS_LINK_64 - 1)}. */
    public static final int FILTER_LINK_64 = 1 << (IFLA_STATS_LINK_64 - 1);
    /** {@code IFLA_STATS64} in {@code RTM_NEWLINK}: the same struct. */
    public static final int IFLA_STATS64 = 23;
    /** The number of {@code __u64} counters of {@code struct rtnl_link_stats64} in these headers. */
    public static final int STATS64_COUNTERS = 25;

    private IfStatsMsg() {
    }
}
