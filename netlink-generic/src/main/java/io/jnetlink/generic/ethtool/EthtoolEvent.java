package io.jnetlink.generic.ethtool;

/**
 * One thing an {@link EthtoolEvents} subscription delivers, like a line of {@code ethtool --monitor}:
 * a device's features or channels as listed or changed ({@link EthtoolChangeEvent}), or a
 * milestone ({@link EthtoolEventSync}).
 */
public sealed interface EthtoolEvent permits EthtoolChangeEvent, EthtoolEventSync {
}
