package io.jnetlink.generic.wireguard;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.jnetlink.generic.wireguard.wire.WgAttrs.*;

/**
 * One peer of a {@link WireguardRequest}, a {@code [Peer]} section of {@code wg setconf}:
 * {@code wg set DEV peer KEY [preshared-key FILE] [endpoint HOST:PORT] [persistent-keepalive N]
 * [allowed-ips IP/CIDR,...] [remove]}. Only what is set is sent.
 */
public final class WireguardPeerConfig {
    private final WireguardKey publicKey;
    private WireguardKey presharedKey;
    private InetSocketAddress endpoint;
    private int keepalive = -1;
    private int flags;
    private final List<IpPrefix> allowedIps = new ArrayList<>();

    private WireguardPeerConfig(WireguardKey publicKey) {
        this.publicKey = publicKey;
    }

    /**
     * A peer by its public key.
     *
     * @param publicKey the peer's public key
     * @return the configuration
     * @throws IllegalArgumentException if the key is null
     */
    public static WireguardPeerConfig of(WireguardKey publicKey) {
        if (publicKey == null) {
            throw new IllegalArgumentException("peer public key must not be null");
        }
        return new WireguardPeerConfig(publicKey);
    }

    /**
     * {@code PresharedKey = KEY}.
     *
     * @param key the preshared key
     * @return this configuration
     */
    public WireguardPeerConfig presharedKey(WireguardKey key) {
        this.presharedKey = Objects.requireNonNull(key, "preshared key");
        return this;
    }

    /**
     * {@code Endpoint = HOST:PORT} (an address, not a name: nothing is resolved).
     *
     * @param address an IPv4 or IPv6 literal
     * @param port 1..65535
     * @return this configuration
     * @throws IllegalArgumentException for a bad address or port
     */
    public WireguardPeerConfig endpoint(String address, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("endpoint port must be 1..65535: " + port);
        }
        this.endpoint = new InetSocketAddress(IpAddresses.parse(address, "endpoint address"), port);
        return this;
    }

    /**
     * {@code PersistentKeepalive = N}; 0 turns it off.
     *
     * @param seconds 0..65535
     * @return this configuration
     * @throws IllegalArgumentException outside 0..65535
     */
    public WireguardPeerConfig persistentKeepalive(int seconds) {
        if (seconds < 0 || seconds > 65535) {
            throw new IllegalArgumentException("persistent keepalive must be 0..65535 seconds: " + seconds);
        }
        this.keepalive = seconds;
        return this;
    }

    /**
     * {@code AllowedIPs = PREFIX}, added to the list.
     *
     * @param prefix e.g. {@code "10.0.0.0/24"}
     * @return this configuration
     * @throws IllegalArgumentException for a bad prefix
     */
    public WireguardPeerConfig allowedIp(String prefix) {
        allowedIps.add(IpPrefix.parse(prefix, "allowed IP"));
        return this;
    }

    /**
     * Replaces the peer's allowed IPs with the ones given ({@code WGPEER_F_REPLACE_ALLOWEDIPS}, what
     * {@code wg setconf} and {@code wg set ... allowed-ips} do).
     *
     * @return this configuration
     */
    public WireguardPeerConfig replaceAllowedIps() {
        flags |= WGPEER_F_REPLACE_ALLOWEDIPS;
        return this;
    }

    /**
     * {@code wg set DEV peer KEY remove} ({@code WGPEER_F_REMOVE_ME}).
     *
     * @return this configuration
     */
    public WireguardPeerConfig remove() {
        flags |= WGPEER_F_REMOVE_ME;
        return this;
    }

    /**
     * Only updates a peer that exists ({@code WGPEER_F_UPDATE_ONLY}).
     *
     * @return this configuration
     */
    public WireguardPeerConfig updateOnly() {
        flags |= WGPEER_F_UPDATE_ONLY;
        return this;
    }

    /** Writes the peer nest, in the order {@code wg} writes it. */
    void encode(MessageWriter w) {
        int peer = w.beginNested(0);
        w.putAttrBytes(WGPEER_A_PUBLIC_KEY, publicKey.bytes());
        if (presharedKey != null) {
            w.putAttrBytes(WGPEER_A_PRESHARED_KEY, presharedKey.bytes());
        }
        if (endpoint != null) {
            w.putAttrBytes(WGPEER_A_ENDPOINT, sockaddr(endpoint));
        }
        if (keepalive >= 0) {
            w.putAttrU16(WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL, keepalive);
        }
        if (flags != 0) {
            w.putAttrU32(WGPEER_A_FLAGS, flags);
        }
        if (!allowedIps.isEmpty()) {
            int list = w.beginNested(WGPEER_A_ALLOWEDIPS);
            for (IpPrefix p : allowedIps) {
                int ip = w.beginNested(0);
                w.putAttrU16(WGALLOWEDIP_A_FAMILY, p.family());
                w.putAttrBytes(WGALLOWEDIP_A_IPADDR, p.address().getAddress());
                w.putAttrU8(WGALLOWEDIP_A_CIDR_MASK, p.prefixLength());
                w.endNested(ip);
            }
            w.endNested(list);
        }
        w.endNested(peer);
    }

    /** {@code struct sockaddr_in}/{@code sockaddr_in6}: family host order, port network order, zeros elsewhere. */
    static byte[] sockaddr(InetSocketAddress a) {
        boolean v4 = a.getAddress() instanceof Inet4Address;
        ByteBuffer b = ByteBuffer.allocate(v4 ? SOCKADDR_IN_LENGTH : SOCKADDR_IN6_LENGTH).order(ByteOrder.nativeOrder());
        b.putShort(0, (short) (v4 ? AF_INET : AF_INET6));
        b.order(ByteOrder.BIG_ENDIAN).putShort(2, (short) a.getPort());
        b.put(v4 ? 4 : 8, a.getAddress().getAddress());
        return b.array();
    }

    @Override
    public String toString() {
        return "peer " + publicKey;
    }
}
