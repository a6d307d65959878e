package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * The kind-specific options of a link ({@code IFLA_INFO_DATA}), as {@code ip -d link show} prints
 * them after the kind; decoded by {@link LinkKindInfo#of}.
 */
public sealed interface KindInfo permits VlanInfo, BondInfo, IpvlanInfo, VrfInfo, MacvtapInfo, GeneveInfo, TunnelInfo,
        TunInfo, PlainKindInfo {
    /** {@return the {@code IFLA_INFO_KIND}} */
    String kind();

    /** {@return the {@code IFLA_INFO_DATA} attributes not decoded into fields, raw, in order} */
    List<RawAttribute> otherAttributes();
}
