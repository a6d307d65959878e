package io.jnetlink.route.kinds;

import io.jnetlink.route.wire.IfLink;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.Link;
import io.jnetlink.route.wire.IflaInfoDataKinds;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decodes the kind options of a link ({@code ip -d link show}): {@code IFLA_LINKINFO}, which a
 * {@link Link} keeps raw, into a {@link KindInfo} of the kinds of this package (and tun/tap).
 */
public final class LinkKindInfo {
    private LinkKindInfo() {
    }

    /**
     * The kind options of {@code link}.
     *
     * @param link a link as {@code Links.get}/{@code Links.list} return it
     * @return its kind options; empty when the link has no {@code IFLA_LINKINFO}
     * @throws io.jnetlink.core.NetlinkDecodeException when the nested attributes are malformed
     */
    public static Optional<KindInfo> of(Link link) {
        for (RawAttribute a : link.otherAttributes()) {
            if (a.type() == IfLink.IFLA_LINKINFO) {
                return decode(a.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes the value of an {@code IFLA_LINKINFO} attribute.
     *
     * @param linkInfo the attribute's value (nested {@code IFLA_INFO_KIND}, {@code IFLA_INFO_DATA}, …)
     * @return the kind options; empty when there is no {@code IFLA_INFO_KIND}
     * @throws io.jnetlink.core.NetlinkDecodeException when the nested attributes are malformed
     */
    public static Optional<KindInfo> decode(byte[] linkInfo) {
        ByteBuffer b = ByteBuffer.allocateDirect(Math.max(1, linkInfo.length)).order(ByteOrder.nativeOrder());
        b.put(0, linkInfo);
        AttributeReader info = new AttributeReader().wrap(b, 0, linkInfo.length);
        String kind = null;
        List<RawAttribute> data = new ArrayList<>();
        AttributeReader inner = new AttributeReader();
        while (info.next()) {
            if (info.type() == IfLink.IFLA_INFO_KIND) {
                kind = info.string();
            } else if (info.type() == IfLink.IFLA_INFO_DATA) {
                info.nested(inner);
                while (inner.next()) {
                    data.add(RawAttribute.copyOf(inner));
                }
            }
        }
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case "vlan" -> new VlanInfo((int) u(data, IflaInfoDataKinds.IFLA_VLAN_ID, 2, 0),
                    (int) be(data, IflaInfoDataKinds.IFLA_VLAN_PROTOCOL, 2, 0),
                    rest(data, IflaInfoDataKinds.IFLA_VLAN_ID, IflaInfoDataKinds.IFLA_VLAN_PROTOCOL));
            case "bond" -> new BondInfo((int) u(data, IflaInfoDataKinds.IFLA_BOND_MODE, 1, -1),
                    u(data, IflaInfoDataKinds.IFLA_BOND_MIIMON, 4, -1), u(data, IflaInfoDataKinds.IFLA_BOND_UPDELAY, 4, -1),
                    u(data, IflaInfoDataKinds.IFLA_BOND_DOWNDELAY, 4, -1),
                    (int) u(data, IflaInfoDataKinds.IFLA_BOND_XMIT_HASH_POLICY, 1, -1),
                    (int) u(data, IflaInfoDataKinds.IFLA_BOND_AD_LACP_RATE, 1, -1),
                    u(data, IflaInfoDataKinds.IFLA_BOND_MIN_LINKS, 4, -1),
                    rest(data, IflaInfoDataKinds.IFLA_BOND_MODE, IflaInfoDataKinds.IFLA_BOND_MIIMON,
                            IflaInfoDataKinds.IFLA_BOND_UPDELAY, IflaInfoDataKinds.IFLA_BOND_DOWNDELAY,
                            IflaInfoDataKinds.IFLA_BOND_XMIT_HASH_POLICY, IflaInfoDataKinds.IFLA_BOND_AD_LACP_RATE,
                            IflaInfoDataKinds.IFLA_BOND_MIN_LINKS));
            case "ipvlan" -> new IpvlanInfo((int) u(data, IflaInfoDataKinds.IFLA_IPVLAN_MODE, 2, 0),
                    (int) u(data, IflaInfoDataKinds.IFLA_IPVLAN_FLAGS, 2, 0),
                    rest(data, IflaInfoDataKinds.IFLA_IPVLAN_MODE, IflaInfoDataKinds.IFLA_IPVLAN_FLAGS));
            case "vrf" -> new VrfInfo(u(data, IflaInfoDataKinds.IFLA_VRF_TABLE, 4, 0), rest(data, IflaInfoDataKinds.IFLA_VRF_TABLE));
            case "macvtap" -> new MacvtapInfo((int) u(data, IflaInfoDataKinds.IFLA_MACVLAN_MODE, 4, 0),
                    rest(data, IflaInfoDataKinds.IFLA_MACVLAN_MODE));
            case "geneve" -> new GeneveInfo(u(data, IflaInfoDataKinds.IFLA_GENEVE_ID, 4, 0),
                    address(data, IflaInfoDataKinds.IFLA_GENEVE_REMOTE).or(() -> address(data, IflaInfoDataKinds.IFLA_GENEVE_REMOTE6)),
                    (int) u(data, IflaInfoDataKinds.IFLA_GENEVE_TTL, 1, 0), (int) u(data, IflaInfoDataKinds.IFLA_GENEVE_TOS, 1, 0),
                    (int) be(data, IflaInfoDataKinds.IFLA_GENEVE_PORT, 2, 0),
                    rest(data, IflaInfoDataKinds.IFLA_GENEVE_ID, IflaInfoDataKinds.IFLA_GENEVE_REMOTE,
                            IflaInfoDataKinds.IFLA_GENEVE_REMOTE6, IflaInfoDataKinds.IFLA_GENEVE_TTL,
                            IflaInfoDataKinds.IFLA_GENEVE_TOS, IflaInfoDataKinds.IFLA_GENEVE_PORT));
            case "gre", "gretap" -> gre(kind, data);
            case "ipip", "sit" -> new TunnelInfo(kind, address(data, IflaInfoDataKinds.IFLA_IPTUN_LOCAL),
                    address(data, IflaInfoDataKinds.IFLA_IPTUN_REMOTE), (int) u(data, IflaInfoDataKinds.IFLA_IPTUN_TTL, 1, 0),
                    (int) u(data, IflaInfoDataKinds.IFLA_IPTUN_TOS, 1, 0), u(data, IflaInfoDataKinds.IFLA_IPTUN_PMTUDISC, 1, 1) != 0,
                    OptionalLong.empty(), rest(data, IflaInfoDataKinds.IFLA_IPTUN_LOCAL, IflaInfoDataKinds.IFLA_IPTUN_REMOTE,
                            IflaInfoDataKinds.IFLA_IPTUN_TTL, IflaInfoDataKinds.IFLA_IPTUN_TOS, IflaInfoDataKinds.IFLA_IPTUN_PMTUDISC));
            case "tun" -> new TunInfo((int) u(data, IflaInfoDataKinds.IFLA_TUN_TYPE, 1, 0),
                    optional(u(data, IflaInfoDataKinds.IFLA_TUN_OWNER, 4, -1)), optional(u(data, IflaInfoDataKinds.IFLA_TUN_GROUP, 4, -1)),
                    u(data, IflaInfoDataKinds.IFLA_TUN_PERSIST, 1, 0) != 0, u(data, IflaInfoDataKinds.IFLA_TUN_MULTI_QUEUE, 1, 0) != 0,
                    rest(data, IflaInfoDataKinds.IFLA_TUN_TYPE, IflaInfoDataKinds.IFLA_TUN_OWNER, IflaInfoDataKinds.IFLA_TUN_GROUP,
                            IflaInfoDataKinds.IFLA_TUN_PERSIST, IflaInfoDataKinds.IFLA_TUN_MULTI_QUEUE));
            default -> new PlainKindInfo(kind, data);
        });
    }

    private static TunnelInfo gre(String kind, List<RawAttribute> data) {
        boolean keyed = (be(data, IflaInfoDataKinds.IFLA_GRE_IFLAGS, 2, 0) & IflaInfoDataKinds.GRE_KEY) != 0;
        OptionalLong key = keyed ? OptionalLong.of(be(data, IflaInfoDataKinds.IFLA_GRE_IKEY, 4, 0)) : OptionalLong.empty();
        return new TunnelInfo(kind, address(data, IflaInfoDataKinds.IFLA_GRE_LOCAL), address(data, IflaInfoDataKinds.IFLA_GRE_REMOTE),
                (int) u(data, IflaInfoDataKinds.IFLA_GRE_TTL, 1, 0), (int) u(data, IflaInfoDataKinds.IFLA_GRE_TOS, 1, 0),
                u(data, IflaInfoDataKinds.IFLA_GRE_PMTUDISC, 1, 1) != 0, key,
                rest(data, IflaInfoDataKinds.IFLA_GRE_LOCAL, IflaInfoDataKinds.IFLA_GRE_REMOTE, IflaInfoDataKinds.IFLA_GRE_TTL,
                        IflaInfoDataKinds.IFLA_GRE_TOS, IflaInfoDataKinds.IFLA_GRE_PMTUDISC, IflaInfoDataKinds.IFLA_GRE_IKEY,
                        IflaInfoDataKinds.IFLA_GRE_IFLAGS));
    }

    /** The host-order unsigned value of the first attribute {@code type}, or {@code absent}; too short: absent. */
    private static long u(List<RawAttribute> data, int type, int width, long absent) {
        for (RawAttribute a : data) {
            if (a.type() == type && a.value().length >= width) {
                ByteBuffer b = ByteBuffer.wrap(a.value()).order(ByteOrder.nativeOrder());
                return switch (width) {
                    case 1 -> b.get(0) & 0xFF;
                    case 2 -> b.getShort(0) & 0xFFFF;
                    default -> Integer.toUnsignedLong(b.getInt(0));
                };
            }
        }
        return absent;
    }

    /** The network-order unsigned value of the first attribute {@code type}, or {@code absent}. */
    private static long be(List<RawAttribute> data, int type, int width, long absent) {
        for (RawAttribute a : data) {
            if (a.type() == type && a.value().length >= width) {
                ByteBuffer b = ByteBuffer.wrap(a.value()).order(ByteOrder.BIG_ENDIAN);
                return width == 2 ? b.getShort(0) & 0xFFFF : Integer.toUnsignedLong(b.getInt(0));
            }
        }
        return absent;
    }

    private static Optional<InetAddress> address(List<RawAttribute> data, int type) {
        for (RawAttribute a : data) {
            if (a.type() == type && (a.value().length == 4 || a.value().length == 16)) {
                try {
                    return Optional.of(InetAddress.getByAddress(a.value()));
                } catch (UnknownHostException impossible) {
                    throw new AssertionError(impossible);
                }
            }
        }
        return Optional.empty();
    }

    private static OptionalLong optional(long v) {
        return v < 0 ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The attributes not of {@code decoded} types. */
    private static List<RawAttribute> rest(List<RawAttribute> data, int... decoded) {
        List<RawAttribute> out = new ArrayList<>();
        outer:
        for (RawAttribute a : data) {
            for (int t : decoded) {
                if (a.type() == t) {
                    continue outer;
                }
            }
            out.add(a);
        }
        return out;
    }

}
