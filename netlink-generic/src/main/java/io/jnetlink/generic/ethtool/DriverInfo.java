package io.jnetlink.generic.ethtool;

import java.util.Objects;

/**
 * What netlink tells of {@code ethtool -i DEV}: the {@code supports-statistics},
 * {@code supports-test} and {@code supports-priv-flags} lines, from the sizes of the device's
 * string sets ({@code ETH_SS_STATS}, {@code ETH_SS_TEST}, {@code ETH_SS_PRIV_FLAGS}). Driver name,
 * version, firmware and bus info have no netlink message: {@code ethtool -i} reads them with the
 * {@code ETHTOOL_GDRVINFO} ioctl, which this library does not make.
 *
 * @param ifindex      the device's interface index
 * @param device       the device's name
 * @param statistics   how many driver statistics {@code ethtool -S} shows
 * @param tests        how many self-tests the driver has
 * @param privateFlags how many private flags the driver has
 */
public record DriverInfo(int ifindex, String device, int statistics, int tests, int privateFlags) {
    /**
     * Checks.
     *
     * @param ifindex the interface index
     * @param device the device name
     * @param statistics the statistics count
     * @param tests the self-test count
     * @param privateFlags the private flag count
     */
    public DriverInfo {
        Objects.requireNonNull(device, "device");
    }

    /** {@return {@code supports-statistics}} */
    public boolean supportsStatistics() {
        return statistics > 0;
    }

    /** {@return {@code supports-test}} */
    public boolean supportsTest() {
        return tests > 0;
    }

    /** {@return {@code supports-priv-flags}} */
    public boolean supportsPrivateFlags() {
        return privateFlags > 0;
    }
}
