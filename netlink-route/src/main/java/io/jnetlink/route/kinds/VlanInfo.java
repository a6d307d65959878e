package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * The vlan: {@code ip -d link} {@code vlan protocol 802.1Q id 10}.
 *
 * @param id {@code IFLA_VLAN_ID}
 * @param protocol {@code IFLA_VLAN_PROTOCOL} (0x8100 802.1Q, 0x88a8 802.1ad)
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record VlanInfo(int id, int protocol, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param id {@code IFLA_VLAN_ID}
     * @param protocol {@code IFLA_VLAN_PROTOCOL} (0x8100 802.1Q, 0x88a8 802.1ad)
     * @param otherAttributes the attributes not decoded above
     */
    public VlanInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }

    @Override
    public String kind() {
        return "vlan";
    }
}
