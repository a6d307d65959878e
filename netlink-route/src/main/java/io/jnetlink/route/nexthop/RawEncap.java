package io.jnetlink.route.nexthop;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * An encapsulation this library does not model (ip, ip6, bpf, ila, rpl, …), or one whose
 * contents it could not read, kept as it came.
 *
 * @param type       the {@code LWTUNNEL_ENCAP_*} type
 * @param attributes the attributes nested in {@code NHA_ENCAP}/{@code RTA_ENCAP}, raw, in order
 */
public record RawEncap(int type, List<RawAttribute> attributes) implements Encap {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param type the {@code LWTUNNEL_ENCAP_*} type
     * @param attributes the nested attributes, raw
     */
    public RawEncap {
        attributes = List.copyOf(attributes);
    }
}
