package io.jnetlink.generic.wireguard;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.generic.GenericNetlink;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.jnetlink.generic.wireguard.wire.WgAttrs.*;

/**
 * The decoder of {@code WG_CMD_GET_DEVICE} replies. A device with many peers comes in several
 * messages of one dump: {@link #add} each, in order; a peer split across two messages (its
 * allowed IPs continued) is merged, as {@code wg} does. Then {@link #toWireguardDevice()}.
 */
public final class WireguardDeviceView {
    private final AttributeReader attrs = new AttributeReader();
    private int ifindex;
    private String name;
    private WireguardKey privateKey;
    private WireguardKey publicKey;
    private int listenPort;
    private int fwmark;
    private final List<WireguardPeer> peers = new ArrayList<>();
    private final List<RawAttribute> unknown = new ArrayList<>();

    /**
     * Reads one message of the reply.
     *
     * @param message the message, positioned at its header
     * @return this view
     * @throws NetlinkDecodeException if the message is malformed
     */
    public WireguardDeviceView add(MessageReader message) {
        GenericNetlink.attributes(message, attrs, 0);
        while (attrs.next()) {
            switch (attrs.type()) {
                case WGDEVICE_A_IFINDEX -> ifindex = attrs.u32();
                case WGDEVICE_A_IFNAME -> name = attrs.string();
                case WGDEVICE_A_PRIVATE_KEY -> privateKey = key(attrs);
                case WGDEVICE_A_PUBLIC_KEY -> publicKey = key(attrs);
                case WGDEVICE_A_LISTEN_PORT -> listenPort = attrs.u16();
                case WGDEVICE_A_FWMARK -> fwmark = attrs.u32();
                case WGDEVICE_A_PEERS -> {
                    AttributeReader list = attrs.nested(new AttributeReader());
                    while (list.next()) {
                        merge(peer(list));
                    }
                }
                default -> unknown.add(RawAttribute.copyOf(attrs));
            }
        }
        return this;
    }

    /**
     * The device the messages added so far describe.
     *
     * @return the record
     * @throws NetlinkDecodeException if no message named the device
     */
    public WireguardDevice toWireguardDevice() {
        if (name == null) {
            throw new NetlinkDecodeException("wireguard device without WGDEVICE_A_IFNAME", 0);
        }
        return new WireguardDevice(ifindex, name, Optional.ofNullable(privateKey), Optional.ofNullable(publicKey), listenPort,
                fwmark, peers, unknown);
    }

    private void merge(WireguardPeer peer) {
        int last = peers.size() - 1;
        if (last >= 0 && peers.get(last).publicKey().equals(peer.publicKey())) {
            WireguardPeer before = peers.get(last);
            List<IpPrefix> ips = new ArrayList<>(before.allowedIps());
            ips.addAll(peer.allowedIps());
            List<RawAttribute> raw = new ArrayList<>(before.unknown());
            raw.addAll(peer.unknown());
            peers.set(last, new WireguardPeer(before.publicKey(), before.presharedKey(), before.endpoint(),
                    before.persistentKeepalive(), before.lastHandshake(), before.rxBytes(), before.txBytes(),
                    before.protocolVersion(), ips, raw));
        } else {
            peers.add(peer);
        }
    }

    private static WireguardPeer peer(AttributeReader peerAttr) {
        AttributeReader p = peerAttr.nested(new AttributeReader());
        WireguardKey publicKey = null;
        WireguardKey preshared = null;
        InetSocketAddress endpoint = null;
        int keepalive = 0;
        Instant handshake = null;
        long rx = 0;
        long tx = 0;
        int version = 0;
        List<IpPrefix> allowed = new ArrayList<>();
        List<RawAttribute> unknown = new ArrayList<>();
        while (p.next()) {
            switch (p.type()) {
                case WGPEER_A_PUBLIC_KEY -> publicKey = key(p);
                case WGPEER_A_PRESHARED_KEY -> preshared = key(p);
                case WGPEER_A_ENDPOINT -> endpoint = endpoint(p);
                case WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL -> keepalive = p.u16();
                case WGPEER_A_LAST_HANDSHAKE_TIME -> handshake = timespec(p);
                case WGPEER_A_RX_BYTES -> rx = p.u64();
                case WGPEER_A_TX_BYTES -> tx = p.u64();
                case WGPEER_A_PROTOCOL_VERSION -> version = p.u32();
                case WGPEER_A_ALLOWEDIPS -> allowedIps(p, allowed);
                default -> unknown.add(RawAttribute.copyOf(p));
            }
        }
        if (publicKey == null) {
            throw new NetlinkDecodeException("wireguard peer without WGPEER_A_PUBLIC_KEY", peerAttr.offset());
        }
        return new WireguardPeer(publicKey, Optional.ofNullable(preshared).filter(k -> !k.isZero()), Optional.ofNullable(endpoint),
                keepalive, Optional.ofNullable(handshake), rx, tx, version, allowed, unknown);
    }

    private static void allowedIps(AttributeReader attr, List<IpPrefix> out) {
        AttributeReader list = attr.nested(new AttributeReader());
        AttributeReader ip = new AttributeReader();
        while (list.next()) {
            list.nested(ip);
            InetAddress address = null;
            int cidr = -1;
            while (ip.next()) {
                if (ip.type() == WGALLOWEDIP_A_IPADDR) {
                    address = ip.inetAddress();
                } else if (ip.type() == WGALLOWEDIP_A_CIDR_MASK) {
                    cidr = ip.u8();
                }
            }
            if (address == null || cidr < 0 || cidr > IpAddresses.bits(address)) {
                throw new NetlinkDecodeException("wireguard allowed IP without address or with mask " + cidr, list.offset());
            }
            out.add(new IpPrefix(address, cidr));
        }
    }

    private static WireguardKey key(AttributeReader a) {
        if (a.valueLength() != WG_KEY_LEN) {
            throw new NetlinkDecodeException("wireguard key attribute type=" + a.type() + " of " + a.valueLength() + " bytes",
                    a.offset());
        }
        return WireguardKey.of(a.bytes());
    }

    /** {@code struct sockaddr_in} (16 bytes) or {@code sockaddr_in6} (28): family in host order, port in network order. */
    private static InetSocketAddress endpoint(AttributeReader a) {
        byte[] b = a.bytes();
        int family = b.length >= 2 ? (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
                ? (b[0] & 0xFF) | (b[1] & 0xFF) << 8 : (b[1] & 0xFF) | (b[0] & 0xFF) << 8) : -1;
        byte[] address;
        if (family == AF_INET && b.length >= SOCKADDR_IN_LENGTH) {
            address = Arrays.copyOfRange(b, 4, 8);
        } else if (family == AF_INET6 && b.length >= SOCKADDR_IN6_LENGTH) {
            address = Arrays.copyOfRange(b, 8, 24);
        } else {
            throw new NetlinkDecodeException("wireguard endpoint of family " + family + " in " + b.length + " bytes", a.offset());
        }
        int port = (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
        try {
            return new InetSocketAddress(InetAddress.getByAddress(address), port);
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** {@code struct __kernel_timespec}: s64 seconds, s64 nanoseconds; all zero means never. */
    private static Instant timespec(AttributeReader a) {
        if (a.valueLength() < KERNEL_TIMESPEC_LENGTH) {
            throw new NetlinkDecodeException("wireguard handshake time of " + a.valueLength() + " bytes", a.offset());
        }
        long seconds = a.buffer().getLong(a.valueOffset());
        long nanos = a.buffer().getLong(a.valueOffset() + 8);
        if (seconds == 0 && nanos == 0) {
            return null;
        }
        if (nanos < 0 || nanos >= 1_000_000_000L || seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            throw new NetlinkDecodeException("wireguard handshake time " + seconds + "s " + nanos + "ns", a.offset());
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }
}
