package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.core.net.MacAddress;
import io.jnetlink.route.wire.FlowerAttrs;
import io.jnetlink.route.wire.TcAttrs;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The flower classifier: {@code flower [classid C] [dst_mac M] [src_mac M] [ip_proto tcp|udp|N]
 * [src_ip P] [dst_ip P] [src_port N] [dst_port N] [action …]}, encoded in that order, then
 * {@code TCA_FLOWER_FLAGS} and the filter's protocol as {@code TCA_FLOWER_KEY_ETH_TYPE}, as
 * {@code tc} writes them when given in that order. MAC matches are exact (mask ff:ff:ff:ff:ff:ff);
 * keys not modelled here are kept raw.
 *
 * @param classId         {@code classid} ({@code TCA_FLOWER_CLASSID}), or -1
 * @param ethType         the filter's protocol ({@code TCA_FLOWER_KEY_ETH_TYPE}), or -1 for {@code all}
 * @param destinationMac  {@code dst_mac}
 * @param sourceMac       {@code src_mac}
 * @param ipProtocol      {@code ip_proto}, or -1
 * @param source          {@code src_ip}
 * @param destination     {@code dst_ip}
 * @param sourcePort      {@code src_port}, or -1
 * @param destinationPort {@code dst_port}, or -1
 * @param flags           {@code TCA_FLOWER_FLAGS} ({@code skip_hw}/{@code skip_sw}…)
 * @param actions         the actions ({@code TCA_FLOWER_ACT})
 * @param otherAttributes other {@code TCA_FLOWER_*} attributes as they came
 */
public record FlowerOptions(long classId, int ethType, Optional<String> destinationMac, Optional<String> sourceMac,
                            int ipProtocol, Optional<IpPrefix> source, Optional<IpPrefix> destination, int sourcePort,
                            int destinationPort, long flags, List<TcAction> actions, List<RawAttribute> otherAttributes)
        implements FilterOptions {
    private static final byte[] FULL_MAC_MASK = {-1, -1, -1, -1, -1, -1};

    /**
     * Checks and copies.
     *
     * @param classId class or -1
     * @param ethType protocol or -1
     * @param destinationMac dst_mac
     * @param sourceMac src_mac
     * @param ipProtocol ip_proto or -1
     * @param source src_ip
     * @param destination dst_ip
     * @param sourcePort src_port or -1
     * @param destinationPort dst_port or -1
     * @param flags flags
     * @param actions actions
     * @param otherAttributes other attributes
     */
    public FlowerOptions {
        Objects.requireNonNull(destinationMac, "destinationMac");
        Objects.requireNonNull(sourceMac, "sourceMac");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        actions = TcActions.check(Objects.requireNonNull(actions, "actions"));
        otherAttributes = List.copyOf(Objects.requireNonNull(otherAttributes, "otherAttributes"));
    }

    /**
     * {@code flower} matching everything, to add keys to.
     *
     * @return the options
     */
    public static FlowerOptions match() {
        return new FlowerOptions(-1, -1, Optional.empty(), Optional.empty(), -1, Optional.empty(), Optional.empty(), -1, -1,
                0, List.of(), List.of());
    }

    /**
     * {@code dst_mac M}.
     *
     * @param mac e.g. {@code "02:00:00:00:00:01"}
     * @return a copy with it
     */
    public FlowerOptions destinationMac(String mac) {
        MacAddress.parse(mac, "dst_mac");
        return new FlowerOptions(classId, ethType, Optional.of(mac.toLowerCase(java.util.Locale.ROOT)), sourceMac, ipProtocol,
                source, destination, sourcePort, destinationPort, flags, actions, otherAttributes);
    }

    /**
     * {@code ip_proto tcp|udp|N}.
     *
     * @param protocol the IP protocol number
     * @return a copy with it
     */
    public FlowerOptions ipProtocol(int protocol) {
        return new FlowerOptions(classId, ethType, destinationMac, sourceMac, TcChecks.range(protocol, 0, 255, "ip_proto"),
                source, destination, sourcePort, destinationPort, flags, actions, otherAttributes);
    }

    /**
     * {@code src_ip PREFIX}.
     *
     * @param prefix e.g. {@code "10.0.0.0/24"}
     * @return a copy with it
     */
    public FlowerOptions sourceIp(String prefix) {
        return new FlowerOptions(classId, ethType, destinationMac, sourceMac, ipProtocol, Optional.of(IpPrefix.parse(prefix, "src_ip")),
                destination, sourcePort, destinationPort, flags, actions, otherAttributes);
    }

    /**
     * {@code dst_ip PREFIX}.
     *
     * @param prefix e.g. {@code "10.0.0.2"} or {@code "10.0.0.0/24"}
     * @return a copy with it
     */
    public FlowerOptions destinationIp(String prefix) {
        return new FlowerOptions(classId, ethType, destinationMac, sourceMac, ipProtocol, source,
                Optional.of(IpPrefix.parse(prefix, "dst_ip")), sourcePort, destinationPort, flags, actions, otherAttributes);
    }

    /**
     * {@code src_port N dst_port N} (-1 for either leaves it out); needs {@code ip_proto} tcp or udp.
     *
     * @param sourcePort the source port, or -1
     * @param destinationPort the destination port, or -1
     * @return a copy with them
     */
    public FlowerOptions ports(int sourcePort, int destinationPort) {
        if (ipProtocol != FlowerAttrs.IPPROTO_TCP && ipProtocol != FlowerAttrs.IPPROTO_UDP) {
            throw new IllegalArgumentException("ports need ip_proto tcp or udp first: " + ipProtocol);
        }
        TcChecks.range(sourcePort, -1, 0xFFFF, "src_port");
        TcChecks.range(destinationPort, -1, 0xFFFF, "dst_port");
        return new FlowerOptions(classId, ethType, destinationMac, sourceMac, ipProtocol, source, destination, sourcePort,
                destinationPort, flags, actions, otherAttributes);
    }

    /**
     * {@code action …}.
     *
     * @param list the actions, in order
     * @return a copy with them
     */
    public FlowerOptions withActions(TcAction... list) {
        return new FlowerOptions(classId, ethType, destinationMac, sourceMac, ipProtocol, source, destination, sourcePort,
                destinationPort, flags, List.of(list), otherAttributes);
    }

    /** The same options carrying the filter's protocol as the eth type key (what {@code tc} adds). */
    FlowerOptions withEthType(int protocol) {
        return new FlowerOptions(classId, protocol, destinationMac, sourceMac, ipProtocol, source, destination, sourcePort,
                destinationPort, flags, actions, otherAttributes);
    }

    @Override
    public String kind() {
        return "flower";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        if (classId >= 0) {
            w.putAttrU32(FlowerAttrs.TCA_FLOWER_CLASSID, (int) classId);
        }
        destinationMac.ifPresent(m -> {
            w.putAttrBytes(FlowerAttrs.TCA_FLOWER_KEY_ETH_DST, MacAddress.parse(m, "dst_mac"));
            w.putAttrBytes(FlowerAttrs.TCA_FLOWER_KEY_ETH_DST_MASK, FULL_MAC_MASK);
        });
        sourceMac.ifPresent(m -> {
            w.putAttrBytes(FlowerAttrs.TCA_FLOWER_KEY_ETH_SRC, MacAddress.parse(m, "src_mac"));
            w.putAttrBytes(FlowerAttrs.TCA_FLOWER_KEY_ETH_SRC_MASK, FULL_MAC_MASK);
        });
        if (ipProtocol >= 0) {
            w.putAttrU8(FlowerAttrs.TCA_FLOWER_KEY_IP_PROTO, ipProtocol);
        }
        source.ifPresent(p -> putPrefix(w, p, FlowerAttrs.TCA_FLOWER_KEY_IPV4_SRC, FlowerAttrs.TCA_FLOWER_KEY_IPV6_SRC));
        destination.ifPresent(p -> putPrefix(w, p, FlowerAttrs.TCA_FLOWER_KEY_IPV4_DST, FlowerAttrs.TCA_FLOWER_KEY_IPV6_DST));
        boolean udp = ipProtocol == FlowerAttrs.IPPROTO_UDP;
        if (sourcePort >= 0) {
            w.putAttrU16Be(udp ? FlowerAttrs.TCA_FLOWER_KEY_UDP_SRC : FlowerAttrs.TCA_FLOWER_KEY_TCP_SRC, sourcePort);
        }
        if (destinationPort >= 0) {
            w.putAttrU16Be(udp ? FlowerAttrs.TCA_FLOWER_KEY_UDP_DST : FlowerAttrs.TCA_FLOWER_KEY_TCP_DST, destinationPort);
        }
        TcActions.write(w, FlowerAttrs.TCA_FLOWER_ACT, actions);
        w.putAttrU32(FlowerAttrs.TCA_FLOWER_FLAGS, (int) flags);
        for (RawAttribute a : otherAttributes) {
            a.writeTo(w);
        }
        if (ethType >= 0) {
            w.putAttrU16Be(FlowerAttrs.TCA_FLOWER_KEY_ETH_TYPE, ethType);
        }
        w.endNested(opts);
    }

    /** Reads the nested {@code TCA_OPTIONS}. */
    static FlowerOptions decode(AttributeReader o) {
        long classId = -1;
        int ethType = -1;
        Optional<String> dmac = Optional.empty();
        Optional<String> smac = Optional.empty();
        int proto = -1;
        byte[][] addr = new byte[4][]; // src, src mask, dst, dst mask
        int sport = -1;
        int dport = -1;
        long flags = 0;
        List<TcAction> actions = List.of();
        List<RawAttribute> other = new ArrayList<>();
        while (o.next()) {
            switch (o.type()) {
                case FlowerAttrs.TCA_FLOWER_CLASSID -> classId = TcStruct.u32Attr(o, "TCA_FLOWER_CLASSID");
                case FlowerAttrs.TCA_FLOWER_KEY_ETH_TYPE -> ethType = u16Be(o);
                case FlowerAttrs.TCA_FLOWER_KEY_ETH_DST -> dmac = Optional.of(mac(o));
                case FlowerAttrs.TCA_FLOWER_KEY_ETH_SRC -> smac = Optional.of(mac(o));
                case FlowerAttrs.TCA_FLOWER_KEY_ETH_DST_MASK, FlowerAttrs.TCA_FLOWER_KEY_ETH_SRC_MASK -> {
                    // exact matches only; the mask is implied
                }
                case FlowerAttrs.TCA_FLOWER_KEY_IP_PROTO -> {
                    TcStruct.require(o, 1, "TCA_FLOWER_KEY_IP_PROTO");
                    proto = TcStruct.u8(o, 0);
                }
                case FlowerAttrs.TCA_FLOWER_KEY_IPV4_SRC, FlowerAttrs.TCA_FLOWER_KEY_IPV6_SRC -> addr[0] = o.bytes();
                case FlowerAttrs.TCA_FLOWER_KEY_IPV4_SRC_MASK, FlowerAttrs.TCA_FLOWER_KEY_IPV6_SRC_MASK -> addr[1] = o.bytes();
                case FlowerAttrs.TCA_FLOWER_KEY_IPV4_DST, FlowerAttrs.TCA_FLOWER_KEY_IPV6_DST -> addr[2] = o.bytes();
                case FlowerAttrs.TCA_FLOWER_KEY_IPV4_DST_MASK, FlowerAttrs.TCA_FLOWER_KEY_IPV6_DST_MASK -> addr[3] = o.bytes();
                case FlowerAttrs.TCA_FLOWER_KEY_TCP_SRC, FlowerAttrs.TCA_FLOWER_KEY_UDP_SRC -> sport = u16Be(o);
                case FlowerAttrs.TCA_FLOWER_KEY_TCP_DST, FlowerAttrs.TCA_FLOWER_KEY_UDP_DST -> dport = u16Be(o);
                case FlowerAttrs.TCA_FLOWER_FLAGS -> flags = TcStruct.u32Attr(o, "TCA_FLOWER_FLAGS");
                case FlowerAttrs.TCA_FLOWER_ACT -> actions = TcActions.read(o);
                default -> other.add(RawAttribute.copyOf(o));
            }
        }
        return new FlowerOptions(classId, ethType, dmac, smac, proto, prefix(addr[0], addr[1]), prefix(addr[2], addr[3]),
                sport, dport, flags, actions, other);
    }

    private static int u16Be(AttributeReader o) {
        TcStruct.require(o, 2, "flower key");
        return TcStruct.u16Be(o, 0);
    }

    private static String mac(AttributeReader o) {
        TcStruct.require(o, 6, "flower mac key");
        return MacAddress.format(o.bytes());
    }

    private static Optional<IpPrefix> prefix(byte[] address, byte[] mask) {
        if (address == null || (address.length != 4 && address.length != 16)) {
            return Optional.empty();
        }
        int len = address.length * 8;
        if (mask != null && mask.length == address.length) {
            len = 0;
            for (byte b : mask) {
                len += Integer.bitCount(b & 0xFF);
            }
        }
        try {
            return Optional.of(new IpPrefix(InetAddress.getByAddress(address), len));
        } catch (UnknownHostException impossible) {
            throw new NetlinkDecodeException("bad flower address", 0);
        }
    }

    private static void putPrefix(MessageWriter w, IpPrefix p, int v4Type, int v6Type) {
        boolean v4 = p.address() instanceof Inet4Address;
        int type = v4 ? v4Type : v6Type;
        byte[] a = p.address().getAddress();
        byte[] mask = new byte[a.length];
        for (int i = 0; i < p.prefixLength(); i++) {
            mask[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        w.putAttrBytes(type, a);
        w.putAttrBytes(type + 1, mask);
    }
}
