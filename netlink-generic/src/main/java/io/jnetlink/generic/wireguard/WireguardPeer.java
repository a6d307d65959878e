package io.jnetlink.generic.wireguard;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpPrefix;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A peer of a wireguard device as {@code WG_CMD_GET_DEVICE} reports it, a peer line of
 * {@code wg show DEV dump}.
 *
 * @param publicKey           {@code WGPEER_A_PUBLIC_KEY}
 * @param presharedKey        {@code WGPEER_A_PRESHARED_KEY}; empty when all zero ({@code (none)})
 * @param endpoint            {@code WGPEER_A_ENDPOINT}
 * @param persistentKeepalive seconds, 0 for off
 * @param lastHandshake       {@code WGPEER_A_LAST_HANDSHAKE_TIME}; empty when 0 (never)
 * @param rxBytes             bytes received
 * @param txBytes             bytes sent
 * @param protocolVersion     {@code WGPEER_A_PROTOCOL_VERSION}
 * @param allowedIps          {@code WGPEER_A_ALLOWEDIPS}
 * @param unknown             attributes this version does not model, kept raw
 */
public record WireguardPeer(WireguardKey publicKey, Optional<WireguardKey> presharedKey, Optional<InetSocketAddress> endpoint,
                            int persistentKeepalive, Optional<Instant> lastHandshake, long rxBytes, long txBytes,
                            int protocolVersion, List<IpPrefix> allowedIps, List<RawAttribute> unknown) {
    /**
     * Checks and copies.
     *
     * @param publicKey the public key
     * @param presharedKey the preshared key
     * @param endpoint the endpoint
     * @param persistentKeepalive the keepalive interval
     * @param lastHandshake the last handshake
     * @param rxBytes bytes received
     * @param txBytes bytes sent
     * @param protocolVersion the protocol version
     * @param allowedIps the allowed IPs
     * @param unknown unmodelled attributes
     */
    public WireguardPeer {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(presharedKey, "presharedKey");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(lastHandshake, "lastHandshake");
        allowedIps = List.copyOf(allowedIps);
        unknown = List.copyOf(unknown);
    }
}
