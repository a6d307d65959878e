package io.jnetlink.generic.ethtool;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;

/**
 * The channel (queue) counts of a device, {@code ethtool -l DEV}: pre-set maximums and current
 * settings. The kernel leaves out a kind whose maximum is 0; it reads 0 here ({@code n/a} in ethtool).
 *
 * @param ifindex     the device's interface index
 * @param device      the device's name
 * @param rxMax       maximum RX channels
 * @param txMax       maximum TX channels
 * @param otherMax    maximum other channels
 * @param combinedMax maximum combined channels
 * @param rx          current RX channels
 * @param tx          current TX channels
 * @param other       current other channels
 * @param combined    current combined channels
 * @param unknown     attributes this version does not model, kept raw
 */
public record Channels(int ifindex, String device, long rxMax, long txMax, long otherMax, long combinedMax,
                       long rx, long tx, long other, long combined, List<RawAttribute> unknown) implements DeviceSettings {
    /**
     * Checks and copies.
     *
     * @param ifindex the interface index
     * @param device the device name
     * @param rxMax maximum RX
     * @param txMax maximum TX
     * @param otherMax maximum other
     * @param combinedMax maximum combined
     * @param rx current RX
     * @param tx current TX
     * @param other current other
     * @param combined current combined
     * @param unknown unmodelled attributes
     */
    public Channels {
        Objects.requireNonNull(device, "device");
        unknown = List.copyOf(unknown);
    }
}
