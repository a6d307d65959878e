package io.jnetlink.route;

import io.jnetlink.core.message.AttributeReader;

import io.jnetlink.route.wire.IfLink;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Options of a vxlan link ({@code IFLA_INFO_DATA} of kind {@code vxlan}, {@code IFLA_VXLAN_*}), as
 * {@code ip -d link show type vxlan} prints them.
 *
 * @param id        {@code IFLA_VXLAN_ID}, the VNI ({@code id})
 * @param group     {@code IFLA_VXLAN_GROUP}/{@code GROUP6}: the remote ({@code remote}) or multicast group ({@code group})
 * @param local     {@code IFLA_VXLAN_LOCAL}/{@code LOCAL6} ({@code local})
 * @param port      {@code IFLA_VXLAN_PORT}, the UDP destination port ({@code dstport}), 0 when absent
 * @param linkIndex {@code IFLA_VXLAN_LINK}, the underlying device ({@code dev}), 0 when none
 * @param learning  {@code IFLA_VXLAN_LEARNING} ({@code learning}/{@code nolearning})
 * @param ttl       {@code IFLA_VXLAN_TTL} (0: auto)
 * @param ageing    {@code IFLA_VXLAN_AGEING} in seconds
 */
public record VxlanInfo(long id, Optional<InetAddress> group, Optional<InetAddress> local, int port, int linkIndex,
                        boolean learning, int ttl, long ageing) {

    static VxlanInfo decode(AttributeReader data) {
        long id = 0, ageing = 0;
        InetAddress group = null, local = null;
        int port = 0, link = 0, ttl = 0;
        boolean learning = false;
        while (data.next()) {
            switch (data.type()) {
                case IfLink.IFLA_VXLAN_ID -> id = data.u32AsLong();
                case IfLink.IFLA_VXLAN_GROUP, IfLink.IFLA_VXLAN_GROUP6 -> group = data.inetAddress();
                case IfLink.IFLA_VXLAN_LOCAL, IfLink.IFLA_VXLAN_LOCAL6 -> local = data.inetAddress();
                case IfLink.IFLA_VXLAN_PORT -> port = data.u16Be();
                case IfLink.IFLA_VXLAN_LINK -> link = data.u32();
                case IfLink.IFLA_VXLAN_LEARNING -> learning = data.u8() != 0;
                case IfLink.IFLA_VXLAN_TTL -> ttl = data.u8();
                case IfLink.IFLA_VXLAN_AGEING -> ageing = data.u32AsLong();
                default -> {
                }
            }
        }
        return new VxlanInfo(id, Optional.ofNullable(group), Optional.ofNullable(local), port, link, learning, ttl, ageing);
    }
}
