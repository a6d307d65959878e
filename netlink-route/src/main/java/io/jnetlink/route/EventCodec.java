package io.jnetlink.route;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.FibRuleHdr;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.route.wire.Rtnl;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads rtnetlink notifications and dump replies into the values a {@link RouteEvents}
 * subscription caches ({@link RouteFollowed}, one record per family, which says what identifies
 * each and what describes its state), for the followed groups only:
 * <ul>
 * <li>{@link Link}: ifindex. Bridge-port messages ({@code RTM_NEWLINK} of family
 *     {@code AF_BRIDGE}, which share {@code RTNLGRP_LINK}) are not links and are skipped.</li>
 * <li>{@link Address}: family, ifindex, local address, prefix length.</li>
 * <li>{@link Route}: family, table, destination, prefix length, metric; for IPv6 also the output
 *     device and gateway (IPv6 keeps one route per next hop, e.g. {@code fe80::/64} per device).
 *     Cached clones ({@code RTM_F_CLONED}) are skipped.</li>
 * <li>{@link Neighbor}: family, ifindex, address; only {@code AF_INET}/{@code AF_INET6}, not
 *     proxy entries ({@code NTF_PROXY}) nor bridge fdb entries, and as {@code ip neigh} shows them:
 *     entries in state {@code NOARP} or {@code NONE} (which the kernel makes for multicast
 *     addresses without a notification) are left out, and one that turns into such a state
 *     counts as deleted.</li>
 * <li>{@link Rule}: the whole rule.</li>
 * <li>nsid: the id.</li>
 * </ul>
 */
final class EventCodec implements StateCodec<RouteFollowed> {
    /** {@code AF_UNSPEC}: the family of ordinary link messages. */
    private static final int AF_UNSPEC = 0;

    private final Set<RouteEventGroup> groups;
    private final LinkView links = new LinkView();
    private final AddressView addresses = new AddressView();
    private final RouteView routes = new RouteView();
    private final NeighborView neighbors = new NeighborView();
    private final RuleView ruleView = new RuleView();
    private final AttributeReader attrs = new AttributeReader();

    EventCodec(Set<RouteEventGroup> groups) {
        this.groups = EnumSet.copyOf(groups);
    }

    @Override
    public StateUpdate<RouteFollowed> decode(MessageReader m) {
        int type = m.type();
        switch (type) {
            case Rtnl.RTM_NEWLINK, Rtnl.RTM_DELLINK -> {
                if (!groups.contains(RouteEventGroup.LINK)) {
                    return null;
                }
                m.requirePayload(IfInfoMsg.LENGTH, "ifinfomsg");
                if (m.payloadU8(IfInfoMsg.FAMILY_OFFSET) != AF_UNSPEC) {
                    return null;
                }
                return new StateUpdate<>(new RouteFollowed.OfLink(links.wrap(m).toLink()), type == Rtnl.RTM_DELLINK);
            }
            case Rtnl.RTM_NEWADDR, Rtnl.RTM_DELADDR -> {
                m.requirePayload(IfAddrMsg.LENGTH, "ifaddrmsg");
                if (!follows(m.payloadU8(IfAddrMsg.FAMILY_OFFSET), RouteEventGroup.IPV4_ADDRESS, RouteEventGroup.IPV6_ADDRESS)) {
                    return null;
                }
                return new StateUpdate<>(new RouteFollowed.OfAddress(addresses.wrap(m).toAddress()),
                        type == Rtnl.RTM_DELADDR);
            }
            case Rtnl.RTM_NEWROUTE, Rtnl.RTM_DELROUTE -> {
                m.requirePayload(RtMsg.LENGTH, "rtmsg");
                if (!follows(m.payloadU8(RtMsg.FAMILY_OFFSET), RouteEventGroup.IPV4_ROUTE, RouteEventGroup.IPV6_ROUTE)
                        || (m.payloadU32(RtMsg.FLAGS_OFFSET) & RtMsg.RTM_F_CLONED) != 0) {
                    return null;
                }
                return new StateUpdate<>(new RouteFollowed.OfRoute(routes.wrap(m).toRoute()), type == Rtnl.RTM_DELROUTE);
            }
            case Rtnl.RTM_NEWNEIGH, Rtnl.RTM_DELNEIGH -> {
                m.requirePayload(NdMsg.LENGTH, "ndmsg");
                int family = m.payloadU8(NdMsg.FAMILY_OFFSET);
                if (!groups.contains(RouteEventGroup.NEIGHBOR)
                        || (family != IpAddresses.AF_INET && family != IpAddresses.AF_INET6)
                        || (m.payloadU8(NdMsg.FLAGS_OFFSET) & NdMsg.NTF_PROXY) != 0) {
                    return null;
                }
                Neighbor n = neighbors.wrap(m).toNeighbor();
                // like ip neigh: NOARP and NONE entries (multicast, made without a notification) are
                // not followed; an entry that turns into one is as good as gone
                return new StateUpdate<>(new RouteFollowed.OfNeighbor(n),
                        type == Rtnl.RTM_DELNEIGH || !NeighborQuery.shown(n.stateRaw()));
            }
            case Rtnl.RTM_NEWRULE, Rtnl.RTM_DELRULE -> {
                m.requirePayload(FibRuleHdr.LENGTH, "fib_rule_hdr");
                if (!follows(m.payloadU8(FibRuleHdr.FAMILY_OFFSET), RouteEventGroup.IPV4_RULE, RouteEventGroup.IPV6_RULE)) {
                    return null;
                }
                return new StateUpdate<>(new RouteFollowed.OfRule(ruleView.wrap(m).toRule()), type == Rtnl.RTM_DELRULE);
            }
            case Rtnl.RTM_NEWNSID, Rtnl.RTM_DELNSID -> {
                if (!groups.contains(RouteEventGroup.NSID)) {
                    return null;
                }
                m.requirePayload(1, "rtgenmsg");
                int nsid = EventNsIds.nsid(m, attrs);
                if (nsid == EventNsIds.NSID_NOT_ASSIGNED) {
                    return null;
                }
                return new StateUpdate<>(new RouteFollowed.OfNsId(nsid), type == Rtnl.RTM_DELNSID);
            }
            default -> {
                return null;
            }
        }
    }

    private boolean follows(int family, RouteEventGroup v4, RouteEventGroup v6) {
        return family == IpAddresses.AF_INET ? groups.contains(v4)
                : family == IpAddresses.AF_INET6 && groups.contains(v6);
    }

    @Override
    public Object key(RouteFollowed value) {
        return value.key();
    }

    @Override
    public boolean sameState(RouteFollowed known, RouteFollowed update) {
        return known.described().equals(update.described());
    }

    /** The typed event for a change to a cached value. */
    static RtnetlinkEvent event(ChangeType type, RouteFollowed value) {
        return value.event(type);
    }
}
