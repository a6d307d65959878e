package io.jnetlink.route;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.net.MacAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an {@code RTM_NEWLINK} message (a dump reply, a GET answer or an event) into a
 * {@link Link}. Every length is checked: malformed input raises {@link NetlinkDecodeException}
 * and nothing else. Not thread-safe: use one per thread (it reuses its attribute readers).
 */
public final class LinkDecoder {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader info = new AttributeReader();
    private final AttributeReader data = new AttributeReader();

    /**
     * Decodes the message {@code message} is positioned at.
     *
     *
     * @param message the message, positioned at its header
     * @return the link as a value
     * @throws NetlinkDecodeException if it is not a well-formed link message
     */
    public Link decode(MessageReader message) {
        if (message.type() != Rtnl.RTM_NEWLINK && message.type() != Rtnl.RTM_DELLINK) {
            throw new NetlinkDecodeException("not a link message: type=" + message.type(), message.offset());
        }
        message.requirePayload(IfInfoMsg.LENGTH, "ifinfomsg");
        int type = message.payloadU16(IfInfoMsg.TYPE_OFFSET);
        int index = message.payloadU32(IfInfoMsg.INDEX_OFFSET);
        int flags = message.payloadU32(IfInfoMsg.FLAGS_OFFSET);

        String name = null;
        String kind = null;
        String slaveKind = null;
        String alias = null;
        String mac = "";
        String broadcast = "";
        int operState = 0, mtu = 0, master = 0, link = 0, txqlen = 0, group = 0, promiscuity = 0;
        Integer netnsId = null;
        LinkStats stats = null;
        BridgeInfo bridge = null;
        VxlanInfo vxlan = null;
        MacvlanInfo macvlan = null;
        List<LinkAttribute> other = new ArrayList<>();

        message.attributes(attrs, IfInfoMsg.LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case IfLink.IFLA_IFNAME -> name = attrs.string();
                case IfLink.IFLA_ADDRESS -> mac = MacAddress.format(attrs.bytes());
                case IfLink.IFLA_BROADCAST -> broadcast = MacAddress.format(attrs.bytes());
                case IfLink.IFLA_MTU -> mtu = attrs.u32();
                case IfLink.IFLA_LINK -> link = attrs.u32();
                case IfLink.IFLA_MASTER -> master = attrs.u32();
                case IfLink.IFLA_TXQLEN -> txqlen = attrs.u32();
                case IfLink.IFLA_OPERSTATE -> operState = attrs.u8();
                case IfLink.IFLA_GROUP -> group = attrs.u32();
                case IfLink.IFLA_PROMISCUITY -> promiscuity = attrs.u32();
                case IfLink.IFLA_IFALIAS -> alias = attrs.string();
                case IfLink.IFLA_LINK_NETNSID -> netnsId = attrs.u32();
                case IfLink.IFLA_STATS64 -> stats = LinkStats.read(attrs.buffer(), attrs.valueOffset(), attrs.valueLength());
                case IfLink.IFLA_LINKINFO -> {
                    attrs.nested(info);
                    // kind first: IFLA_INFO_DATA is read in the light of it, wherever it comes
                    while (info.next()) {
                        if (info.type() == IfLink.IFLA_INFO_KIND) {
                            kind = info.string();
                        } else if (info.type() == IfLink.IFLA_INFO_SLAVE_KIND) {
                            slaveKind = info.string();
                        }
                    }
                    info.rewind();
                    while (info.next()) {
                        if (info.type() == IfLink.IFLA_INFO_DATA && kind != null) {
                            info.nested(data);
                            switch (kind) {
                                case "bridge" -> bridge = BridgeInfo.decode(data);
                                case "vxlan" -> vxlan = VxlanInfo.decode(data);
                                case "macvlan", "macvtap" -> macvlan = MacvlanInfo.decode(data);
                                default -> {
                                }
                            }
                        }
                    }
                    other.add(new LinkAttribute(attrs.rawType(), attrs.bytes()));
                }
                default -> other.add(new LinkAttribute(attrs.rawType(), attrs.bytes()));
            }
        }
        if (name == null) {
            throw new NetlinkDecodeException("link message for index " + index + " has no IFLA_IFNAME", message.offset());
        }
        return new Link(index, name, Optional.ofNullable(kind), Optional.ofNullable(slaveKind), type, new LinkFlags(flags),
                operState, mtu, mac, broadcast, master, link, Optional.ofNullable(netnsId), txqlen, group, promiscuity,
                Optional.ofNullable(alias), Optional.ofNullable(stats), Optional.ofNullable(bridge),
                Optional.ofNullable(vxlan), Optional.ofNullable(macvlan), other);
    }
}
