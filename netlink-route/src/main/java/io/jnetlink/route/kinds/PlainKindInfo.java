package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * The a kind without modelled options (dummy, ifb, wireguard, or any other).
 *
 * @param kind the {@code IFLA_INFO_KIND}
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record PlainKindInfo(String kind, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param kind the {@code IFLA_INFO_KIND}
     * @param otherAttributes the attributes not decoded above
     */
    public PlainKindInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }
}
