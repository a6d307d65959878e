package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * The ipvlan options.
 *
 * @param mode {@code IFLA_IPVLAN_MODE} (0 l2, 1 l3, 2 l3s)
 * @param flags {@code IFLA_IPVLAN_FLAGS} (0 bridge, 1 private, 2 vepa)
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record IpvlanInfo(int mode, int flags, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param mode {@code IFLA_IPVLAN_MODE} (0 l2, 1 l3, 2 l3s)
     * @param flags {@code IFLA_IPVLAN_FLAGS} (0 bridge, 1 private, 2 vepa)
     * @param otherAttributes the attributes not decoded above
     */
    public IpvlanInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }

    @Override
    public String kind() {
        return "ipvlan";
    }
}
