package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.route.wire.FibRuleHdr;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.net.IpAddresses;

import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfLink;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads rtnetlink notifications and dump replies into the values a {@link RouteEvents}
 * subscription caches, for the followed groups only, and says what identifies each:
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
final class EventCodec implements StateCodec<Object> {
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

    /** The nsid value kept in the cache. */
    record NsId(int nsid) {
    }

    private record LinkKey(int index) {
    }

    private record AddressKey(int family, int index, InetAddress address, int prefixLength) {
    }

    private record RouteKey(int family, int table, InetAddress destination, int prefixLength, long metric,
                            int outputIndex, Optional<InetAddress> gateway) {
    }

    private record NeighborKey(int family, int index, InetAddress address) {
    }

    @Override
    public StateUpdate<Object> decode(MessageReader m) {
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
                return new StateUpdate<>(links.wrap(m).toLink(), type == Rtnl.RTM_DELLINK);
            }
            case Rtnl.RTM_NEWADDR, Rtnl.RTM_DELADDR -> {
                m.requirePayload(IfAddrMsg.LENGTH, "ifaddrmsg");
                if (!follows(m.payloadU8(IfAddrMsg.FAMILY_OFFSET), RouteEventGroup.IPV4_ADDRESS, RouteEventGroup.IPV6_ADDRESS)) {
                    return null;
                }
                return new StateUpdate<>(addresses.wrap(m).toAddress(), type == Rtnl.RTM_DELADDR);
            }
            case Rtnl.RTM_NEWROUTE, Rtnl.RTM_DELROUTE -> {
                m.requirePayload(RtMsg.LENGTH, "rtmsg");
                if (!follows(m.payloadU8(RtMsg.FAMILY_OFFSET), RouteEventGroup.IPV4_ROUTE, RouteEventGroup.IPV6_ROUTE)
                        || (m.payloadU32(RtMsg.FLAGS_OFFSET) & RtMsg.RTM_F_CLONED) != 0) {
                    return null;
                }
                return new StateUpdate<>(routes.wrap(m).toRoute(), type == Rtnl.RTM_DELROUTE);
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
                return new StateUpdate<>(n, type == Rtnl.RTM_DELNEIGH || !NeighborQuery.shown(n.stateRaw()));
            }
            case Rtnl.RTM_NEWRULE, Rtnl.RTM_DELRULE -> {
                m.requirePayload(FibRuleHdr.LENGTH, "fib_rule_hdr");
                if (!follows(m.payloadU8(FibRuleHdr.FAMILY_OFFSET), RouteEventGroup.IPV4_RULE, RouteEventGroup.IPV6_RULE)) {
                    return null;
                }
                return new StateUpdate<>(ruleView.wrap(m).toRule(), type == Rtnl.RTM_DELRULE);
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
                return new StateUpdate<>(new NsId(nsid), type == Rtnl.RTM_DELNSID);
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
    public Object key(Object value) {
        if (value instanceof Link l) {
            return new LinkKey(l.index());
        }
        if (value instanceof Address a) {
            return new AddressKey(a.family(), a.index(), a.address(), a.prefixLength());
        }
        if (value instanceof Route r) {
            boolean v6 = r.family() == IpAddresses.AF_INET6;
            return new RouteKey(r.family(), r.table(), r.destination(), r.prefixLength(), r.metric(),
                    v6 ? r.outputIndex() : 0, v6 ? r.gateway() : Optional.empty());
        }
        if (value instanceof Neighbor n) {
            return new NeighborKey(n.family(), n.index(), n.address());
        }
        return value; // Rule and NsId are their own identity
    }

    @Override
    public boolean sameState(Object known, Object update) {
        if (known instanceof Link a && update instanceof Link b) {
            return withoutCounters(a).equals(withoutCounters(b));
        }
        if (known instanceof Address a && update instanceof Address b) {
            return withoutCountdown(a).equals(withoutCountdown(b));
        }
        if (known instanceof Route a && update instanceof Route b) {
            return withoutBookkeeping(a).equals(withoutBookkeeping(b));
        }
        if (known instanceof Neighbor a && update instanceof Neighbor b) {
            return withoutBookkeeping(a).equals(withoutBookkeeping(b));
        }
        return known.equals(update);
    }

    /**
     * A route without {@code RTA_CACHEINFO} and {@code RTA_EXPIRES}: the kernel's bookkeeping (use counts, last use,
     * time left), which a dump reports as of now and a notification as of the change, so the same route would not
     * compare equal across a resync.
     */
    static Route withoutBookkeeping(Route r) {
        return r.withOtherAttributes(RawAttributeFilter.without(r.otherAttributes(), RtMsg.RTA_CACHEINFO, RtMsg.RTA_EXPIRES));
    }

    /** A neighbour without {@code NDA_CACHEINFO} (confirmed/used/updated ages) and {@code NDA_PROBES}: bookkeeping, as above. */
    static Neighbor withoutBookkeeping(Neighbor n) {
        return n.withOtherAttributes(RawAttributeFilter.without(n.otherAttributes(), NdMsg.NDA_CACHEINFO, NdMsg.NDA_PROBES));
    }

    /**
     * A link without what changes with traffic or timers and is not notified: counters
     * ({@code IFLA_STATS}, {@code IFLA_STATS64}, the inet6 counters in {@code IFLA_AF_SPEC}) and
     * the raw {@code IFLA_LINKINFO} (a bridge's running timers); its decoded kind and options stay.
     */
    static Link withoutCounters(Link l) {
        return l.toBuilder().stats(Optional.empty()).otherAttributes(RawAttributeFilter.without(l.otherAttributes(),
                IfLink.IFLA_STATS, IfLink.IFLA_STATS64, IfLink.IFLA_AF_SPEC, IfLink.IFLA_LINKINFO)).build();
    }

    /**
     * An address whose finite lifetimes (which count down between notifications) read as 0, without
     * {@code IFA_CACHEINFO} (the same lifetimes and the kernel's created/updated stamps) for the same reason.
     */
    static Address withoutCountdown(Address a) {
        return a.withLifetimes(finite(a.validLifetime()), finite(a.preferredLifetime()))
                .withOtherAttributes(RawAttributeFilter.without(a.otherAttributes(), IfAddrMsg.IFA_CACHEINFO));
    }

    private static long finite(long lifetime) {
        return lifetime == IfAddrMsg.INFINITY_LIFE_TIME ? lifetime : 0;
    }

    /** The typed event for a change to a cached value. */
    static RouteEvent event(ChangeType type, Object value) {
        if (value instanceof Link l) {
            return new LinkEvent(type, l);
        }
        if (value instanceof Address a) {
            return new AddressEvent(type, a);
        }
        if (value instanceof Route r) {
            return new RouteEntryEvent(type, r);
        }
        if (value instanceof Neighbor n) {
            return new NeighborEvent(type, n);
        }
        if (value instanceof Rule r) {
            return new RuleEvent(type, r);
        }
        if (value instanceof NsId n) {
            return new NsIdEvent(type, n.nsid());
        }
        throw new IllegalStateException("no event for " + value);
    }
}
