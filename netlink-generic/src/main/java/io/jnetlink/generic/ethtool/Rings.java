package io.jnetlink.generic.ethtool;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;

/**
 * The ring (descriptor queue) sizes of a device, {@code ethtool -g DEV}. veth has none: the kernel
 * answers {@code EOPNOTSUPP}.
 *
 * @param ifindex    the device's interface index
 * @param device     the device's name
 * @param rxMax      maximum RX ring size
 * @param rxMiniMax  maximum RX mini ring size
 * @param rxJumboMax maximum RX jumbo ring size
 * @param txMax      maximum TX ring size
 * @param rx         current RX ring size
 * @param rxMini     current RX mini ring size
 * @param rxJumbo    current RX jumbo ring size
 * @param tx         current TX ring size
 * @param unknown    attributes this version does not model (buffer length, CQE size, …), kept raw
 */
public record Rings(int ifindex, String device, long rxMax, long rxMiniMax, long rxJumboMax, long txMax,
                    long rx, long rxMini, long rxJumbo, long tx, List<RawAttribute> unknown) {
    /**
     * Checks and copies.
     *
     * @param ifindex the interface index
     * @param device the device name
     * @param rxMax maximum RX
     * @param rxMiniMax maximum RX mini
     * @param rxJumboMax maximum RX jumbo
     * @param txMax maximum TX
     * @param rx current RX
     * @param rxMini current RX mini
     * @param rxJumbo current RX jumbo
     * @param tx current TX
     * @param unknown unmodelled attributes
     */
    public Rings {
        Objects.requireNonNull(device, "device");
        unknown = List.copyOf(unknown);
    }
}
