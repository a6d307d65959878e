package io.jnetlink.generic.wireguard;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A wireguard device as {@code WG_CMD_GET_DEVICE} reports it, {@code wg show DEV dump}.
 *
 * @param ifindex    {@code WGDEVICE_A_IFINDEX}
 * @param name       {@code WGDEVICE_A_IFNAME}
 * @param privateKey {@code WGDEVICE_A_PRIVATE_KEY}, empty when not set (or not readable without CAP_NET_ADMIN)
 * @param publicKey  {@code WGDEVICE_A_PUBLIC_KEY}, empty when no private key is set
 * @param listenPort {@code WGDEVICE_A_LISTEN_PORT}
 * @param fwmark     {@code WGDEVICE_A_FWMARK}, 0 for off
 * @param peers      the peers, merged across the messages of the dump
 * @param unknown    attributes this version does not model, kept raw
 */
public record WireguardDevice(int ifindex, String name, Optional<WireguardKey> privateKey, Optional<WireguardKey> publicKey,
                              int listenPort, int fwmark, List<WireguardPeer> peers, List<RawAttribute> unknown) {
    /**
     * Checks and copies.
     *
     * @param ifindex the interface index
     * @param name the name
     * @param privateKey the private key
     * @param publicKey the public key
     * @param listenPort the listen port
     * @param fwmark the firewall mark
     * @param peers the peers
     * @param unknown unmodelled attributes
     */
    public WireguardDevice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        peers = List.copyOf(peers);
        unknown = List.copyOf(unknown);
    }
}
