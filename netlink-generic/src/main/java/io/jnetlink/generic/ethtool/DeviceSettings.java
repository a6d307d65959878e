package io.jnetlink.generic.ethtool;

/**
 * What {@link EthtoolEvents} follows per device: its features ({@code ethtool -k}) and channels
 * ({@code ethtool -l}).
 */
public sealed interface DeviceSettings permits Features, Channels {
    /** {@return the device's interface index} */
    int ifindex();

    /** {@return the device's name} */
    String device();
}
