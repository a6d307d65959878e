package io.jnetlink.generic.ethtool;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What netlink offers of {@code ethtool -S DEV}: the names of the driver's statistics (the
 * {@code ETH_SS_STATS} string set, the left column of {@code ethtool -S}) and the standard
 * counter groups of {@code ETHTOOL_MSG_STATS_GET} ({@code ethtool -S DEV --all-groups}). The
 * values of the driver's statistics are only given by the {@code ETHTOOL_GSTATS} ioctl, which
 * this library does not make; on veth the kernel sends the four standard groups without a counter.
 *
 * @param ifindex          the device's interface index
 * @param device           the device's name
 * @param driverStatistics names of the driver's statistics, in the driver's order
 * @param groups           standard groups: {@code ETHTOOL_STATS_*} id (0 eth-phy, 1 eth-mac, 2 eth-ctrl, 3 rmon)
 *                         to counters by their {@code ETHTOOL_A_STATS_*} attribute type
 */
public record EthtoolStatistics(int ifindex, String device, List<String> driverStatistics,
                                Map<Integer, Map<Integer, Long>> groups) {
    /**
     * Checks and copies.
     *
     * @param ifindex the interface index
     * @param device the device name
     * @param driverStatistics the driver's statistic names
     * @param groups the standard groups
     */
    public EthtoolStatistics {
        Objects.requireNonNull(device, "device");
        driverStatistics = List.copyOf(driverStatistics);
        groups = Map.copyOf(groups);
        groups.values().forEach(Objects::requireNonNull);
    }
}
