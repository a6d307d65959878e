package io.jnetlink.generic.ethtool;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A device's settings appeared (listed, or first notified) or changed: {@code ETHTOOL_MSG_FEATURES_NTF}
 * and {@code ETHTOOL_MSG_CHANNELS_NTF}. ethtool sends no notification when a device goes away:
 * {@code DELETED} comes only from a resync after an overrun.
 *
 * @param type     NEW, CHANGED or DELETED
 * @param settings the device's features or channels
 */
public record EthtoolChangeEvent(ChangeType type, DeviceSettings settings) implements EthtoolEvent {
    /**
     * Checks.
     *
     * @param type the change
     * @param settings the settings
     */
    public EthtoolChangeEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(settings, "settings");
    }
}
