package io.jnetlink.route;

import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads rtnetlink notifications and dump replies into the values a {@link RouteEvents}
 * subscription caches: {@link Link} (key: ifindex) and nsids (key: the id). Only the followed
 * groups are decoded; bridge-port messages ({@code RTM_NEWLINK} of family {@code AF_BRIDGE},
 * which share {@code RTNLGRP_LINK}) are not links and are skipped.
 */
final class EventCodec implements StateCodec<Object> {
    /** {@code AF_UNSPEC}: the family of ordinary link messages. */
    private static final int AF_UNSPEC = 0;
    private static final int IFLA_STATS = 7;     // IFLA_STATS: 32-bit counters
    private static final int IFLA_AF_SPEC = 26;  // IFLA_AF_SPEC: per-family data with counters (inet6 stats)

    private final Set<RouteEventGroup> groups;
    private final LinkDecoder links = new LinkDecoder();
    private final AttributeReader attrs = new AttributeReader();

    EventCodec(Set<RouteEventGroup> groups) {
        this.groups = EnumSet.copyOf(groups);
    }

    /** The nsid value kept in the cache. */
    record NsId(int nsid) {
    }

    private record LinkKey(int index) {
    }

    @Override
    public StateUpdate<Object> decode(MessageReader m) {
        int type = m.type();
        if ((type == Rtnl.RTM_NEWLINK || type == Rtnl.RTM_DELLINK) && groups.contains(RouteEventGroup.LINK)) {
            m.requirePayload(IfInfoMsg.LENGTH, "ifinfomsg");
            if (m.payloadU8(IfInfoMsg.FAMILY_OFFSET) != AF_UNSPEC) {
                return null;
            }
            return new StateUpdate<>(links.decode(m), type == Rtnl.RTM_DELLINK);
        }
        if ((type == Rtnl.RTM_NEWNSID || type == Rtnl.RTM_DELNSID) && groups.contains(RouteEventGroup.NSID)) {
            m.requirePayload(1, "rtgenmsg");
            int nsid = EventNsIds.nsid(m, attrs);
            if (nsid == EventNsIds.NSID_NOT_ASSIGNED) {
                return null;
            }
            return new StateUpdate<>(new NsId(nsid), type == Rtnl.RTM_DELNSID);
        }
        return null;
    }

    @Override
    public Object key(Object value) {
        if (value instanceof Link l) {
            return new LinkKey(l.index());
        }
        return value; // NsId is its own identity
    }

    @Override
    public boolean sameState(Object known, Object update) {
        if (known instanceof Link a && update instanceof Link b) {
            return withoutCounters(a).equals(withoutCounters(b));
        }
        return known.equals(update);
    }

    /**
     * A link without what changes with traffic or timers and is not notified: counters
     * ({@code IFLA_STATS}, {@code IFLA_STATS64}, the inet6 counters in {@code IFLA_AF_SPEC}) and
     * the raw {@code IFLA_LINKINFO} (a bridge's running timers); its decoded kind and options stay.
     */
    static Link withoutCounters(Link l) {
        return new Link(l.index(), l.name(), l.kind(), l.slaveKind(), l.type(), l.flags(), l.operStateRaw(), l.mtu(),
                l.macAddress(), l.broadcast(), l.masterIndex(), l.linkIndex(), l.linkNetnsId(), l.txQueueLength(),
                l.group(), l.promiscuity(), l.alias(), Optional.empty(), l.bridge(), l.vxlan(), l.macvlan(),
                l.otherAttributes().stream().filter(a -> a.type() != IFLA_STATS && a.type() != IfLink.IFLA_STATS64
                        && a.type() != IFLA_AF_SPEC && a.type() != IfLink.IFLA_LINKINFO).toList());
    }

    /** The typed event for a change to a cached value. */
    static RouteEvent event(io.jnetlink.core.event.ChangeType type, Object value) {
        if (value instanceof Link l) {
            return new LinkEvent(type, l);
        }
        if (value instanceof NsId n) {
            return new NsIdEvent(type, n.nsid());
        }
        throw new IllegalStateException("no event for " + value);
    }
}
