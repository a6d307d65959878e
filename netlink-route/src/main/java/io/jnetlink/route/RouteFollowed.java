package io.jnetlink.route;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.RtMsg;

import java.net.InetAddress;
import java.util.Optional;

/**
 * What a {@link RouteEvents} subscription caches of one kernel object, one record per family: what identifies it
 * ({@link #key()}), what describes its state ({@link #described()}: two updates with equal descriptions are no
 * change) and the event that reports it ({@link #event}). Made by {@link EventCodec}; the sealed type replaces
 * {@code Object} values and {@code instanceof} chains.
 *
 * <p>Descriptions leave out what the kernel changes with time or traffic alone, and reports as of the moment of the
 * message: a dump taken during a resync would otherwise differ from the notification of the same, unchanged object
 * (shown for {@code RTA_CACHEINFO}, {@code NDA_CACHEINFO} and {@code IFA_CACHEINFO} by {@code EventBookkeepingIT}).
 */
sealed interface RouteFollowed {
    /** {@return what identifies the object: equal keys are the same object} */
    Object key();

    /** {@return what describes the object's state: equal descriptions are no change} */
    Object described();

    /**
     * {@return the event reporting a change of this object}
     *
     * @param type new, changed or deleted
     */
    RtnetlinkEvent event(ChangeType type);

    /** A link, identified by its ifindex. */
    record OfLink(Link link) implements RouteFollowed {
        @Override
        public Object key() {
            return new LinkKey(link.index());
        }

        /**
         * Without what changes with traffic or timers and is not notified: counters ({@code IFLA_STATS},
         * {@code IFLA_STATS64}, the inet6 counters in {@code IFLA_AF_SPEC}) and the raw {@code IFLA_LINKINFO} (a
         * bridge's running timers); its decoded kind and options stay.
         */
        @Override
        public Link described() {
            return link.toBuilder().stats(Optional.empty()).otherAttributes(RawAttributeFilter.without(
                    link.otherAttributes(), IfLink.IFLA_STATS, IfLink.IFLA_STATS64, IfLink.IFLA_AF_SPEC,
                    IfLink.IFLA_LINKINFO)).build();
        }

        @Override
        public RtnetlinkEvent event(ChangeType type) {
            return new LinkEvent(type, link);
        }
    }

    /** An address, identified by family, ifindex, local address and prefix length. */
    record OfAddress(Address address) implements RouteFollowed {
        @Override
        public Object key() {
            return new AddressKey(address.family(), address.index(), address.address(), address.prefixLength());
        }

        /**
         * With finite lifetimes (which count down between notifications) as 0 and without {@code IFA_CACHEINFO} (the
         * same lifetimes and the kernel's created/updated stamps).
         */
        @Override
        public Address described() {
            return address.withLifetimes(finite(address.validLifetime()), finite(address.preferredLifetime()))
                    .withOtherAttributes(RawAttributeFilter.without(address.otherAttributes(), IfAddrMsg.IFA_CACHEINFO));
        }

        private static long finite(long lifetime) {
            return lifetime == Address.FOREVER ? lifetime : 0;
        }

        @Override
        public RtnetlinkEvent event(ChangeType type) {
            return new AddressEvent(type, address);
        }
    }

    /**
     * A route, identified by family, table, destination, prefix length and metric; for IPv6 also by output device and
     * gateway (IPv6 keeps one route per next hop, e.g. {@code fe80::/64} per device).
     */
    record OfRoute(Route route) implements RouteFollowed {
        @Override
        public Object key() {
            boolean v6 = route.family() == IpAddresses.AF_INET6;
            return new RouteKey(route.family(), route.table(), route.destination(), route.prefixLength(), route.metric(),
                    v6 ? route.outputIndex() : 0, v6 ? route.gateway() : Optional.empty());
        }

        /** Without {@code RTA_CACHEINFO} and {@code RTA_EXPIRES}: use counts, last use and time left. */
        @Override
        public Route described() {
            return route.withOtherAttributes(RawAttributeFilter.without(route.otherAttributes(), RtMsg.RTA_CACHEINFO,
                    RtMsg.RTA_EXPIRES));
        }

        @Override
        public RtnetlinkEvent event(ChangeType type) {
            return new RouteEvent(type, route);
        }
    }

    /** A neighbour, identified by family, ifindex and address, whatever its state. */
    record OfNeighbor(Neighbor neighbor) implements RouteFollowed {
        @Override
        public Object key() {
            return new NeighborKey(neighbor.family(), neighbor.index(), neighbor.address());
        }

        /** Without {@code NDA_CACHEINFO} (confirmed, used and updated ages) and {@code NDA_PROBES}. */
        @Override
        public Neighbor described() {
            return neighbor.withOtherAttributes(RawAttributeFilter.without(neighbor.otherAttributes(),
                    NdMsg.NDA_CACHEINFO, NdMsg.NDA_PROBES));
        }

        @Override
        public RtnetlinkEvent event(ChangeType type) {
            return new NeighborEvent(type, neighbor);
        }
    }

    /** A policy rule: the whole rule is its identity (rules have no other key). */
    record OfRule(Rule rule) implements RouteFollowed {
        @Override
        public Object key() {
            return rule;
        }

        @Override
        public Rule described() {
            return rule;
        }

        @Override
        public RtnetlinkEvent event(ChangeType type) {
            return new RuleEvent(type, rule);
        }
    }

    /** A peer namespace id: the id is its identity. */
    record OfNsId(int nsid) implements RouteFollowed {
        @Override
        public Object key() {
            return this;
        }

        @Override
        public Object described() {
            return this;
        }

        @Override
        public RtnetlinkEvent event(ChangeType type) {
            return new NsIdEvent(type, nsid);
        }
    }

    /** The key of a link. */
    record LinkKey(int index) {
    }

    /** The key of an address. */
    record AddressKey(int family, int index, InetAddress address, int prefixLength) {
    }

    /** The key of a route. */
    record RouteKey(int family, int table, InetAddress destination, int prefixLength, long metric, int outputIndex,
                    Optional<InetAddress> gateway) {
    }

    /** The key of a neighbour. */
    record NeighborKey(int family, int index, InetAddress address) {
    }
}
