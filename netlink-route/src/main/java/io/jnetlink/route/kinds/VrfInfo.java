package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * The vrf options.
 *
 * @param table {@code IFLA_VRF_TABLE}
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record VrfInfo(long table, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param table {@code IFLA_VRF_TABLE}
     * @param otherAttributes the attributes not decoded above
     */
    public VrfInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }

    @Override
    public String kind() {
        return "vrf";
    }
}
