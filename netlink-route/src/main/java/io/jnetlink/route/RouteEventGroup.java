package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.IfInfoMsgEncoder;

/**
 * What a {@link RouteEvents} subscription follows; each is an {@code ip monitor} object and the
 * rtnetlink multicast group behind it ({@code enum rtnetlink_groups} in {@code <linux/rtnetlink.h>}).
 */
public enum RouteEventGroup {
    /** {@code ip monitor link}: {@code RTNLGRP_LINK}. */
    LINK(Rtnl.RTNLGRP_LINK, w -> {
        int msg = w.beginMessage(Rtnl.RTM_GETLINK, 0);
        IfInfoMsgEncoder.writeEmpty(w);
        w.endMessage(msg);
    }),
    /** {@code ip -4 monitor address}: {@code RTNLGRP_IPV4_IFADDR}. */
    IPV4_ADDRESS(Rtnl.RTNLGRP_IPV4_IFADDR, w -> AddressQuery.encodeDump(w, IpAddresses.AF_INET, 0)),
    /** {@code ip -6 monitor address}: {@code RTNLGRP_IPV6_IFADDR}. */
    IPV6_ADDRESS(Rtnl.RTNLGRP_IPV6_IFADDR, w -> AddressQuery.encodeDump(w, IpAddresses.AF_INET6, 0)),
    /** {@code ip -4 monitor route}: {@code RTNLGRP_IPV4_ROUTE} (every table). */
    IPV4_ROUTE(Rtnl.RTNLGRP_IPV4_ROUTE, w -> RouteQuery.encodeDump(w, IpAddresses.AF_INET, 0, 0)),
    /** {@code ip -6 monitor route}: {@code RTNLGRP_IPV6_ROUTE} (every table). */
    IPV6_ROUTE(Rtnl.RTNLGRP_IPV6_ROUTE, w -> RouteQuery.encodeDump(w, IpAddresses.AF_INET6, 0, 0)),
    /** {@code ip monitor neigh}: {@code RTNLGRP_NEIGH} (ARP and NDP entries; not bridge fdb or proxy entries). */
    NEIGHBOR(Rtnl.RTNLGRP_NEIGH, w -> NeighborQuery.encodeDump(w, 0, 0)),
    /** {@code ip -4 monitor rule}: {@code RTNLGRP_IPV4_RULE}. */
    IPV4_RULE(Rtnl.RTNLGRP_IPV4_RULE, w -> RuleQuery.encodeDump(w, IpAddresses.AF_INET)),
    /** {@code ip -6 monitor rule}: {@code RTNLGRP_IPV6_RULE}. */
    IPV6_RULE(Rtnl.RTNLGRP_IPV6_RULE, w -> RuleQuery.encodeDump(w, IpAddresses.AF_INET6)),
    /** {@code ip monitor nsid}: {@code RTNLGRP_NSID}. */
    NSID(Rtnl.RTNLGRP_NSID, EventNsIds.DUMP);

    private final int group;
    private final RequestEncoder dump;

    RouteEventGroup(int group, RequestEncoder dump) {
        this.group = group;
        this.dump = dump;
    }

    /** {@return the {@code RTNLGRP_*} number joined for it} */
    public int group() {
        return group;
    }

    /** The dump that lists its objects (for list-then-follow and resync). */
    RequestEncoder dump() {
        return dump;
    }
}
