package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * The macvtap options.
 *
 * @param mode {@code IFLA_MACVLAN_MODE} (1 private, 2 vepa, 4 bridge, 8 passthru)
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record MacvtapInfo(int mode, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param mode {@code IFLA_MACVLAN_MODE} (1 private, 2 vepa, 4 bridge, 8 passthru)
     * @param otherAttributes the attributes not decoded above
     */
    public MacvtapInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }

    @Override
    public String kind() {
        return "macvtap";
    }
}
