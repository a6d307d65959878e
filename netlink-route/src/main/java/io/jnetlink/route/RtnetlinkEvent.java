package io.jnetlink.route;

/**
 * One thing a {@link RouteEvents} subscription delivers (any event of rtnetlink, {@code NETLINK_ROUTE};
 * {@link RouteEvent} is the one about routes), like a line of {@code ip monitor}: a
 * change to a followed object ({@link LinkEvent}, {@link AddressEvent}, {@link RouteEvent},
 * {@link NeighborEvent}, {@link RuleEvent}, {@link NsIdEvent}) or a milestone of the
 * subscription ({@link EventSync}):
 *
 * <pre>{@code
 * if (event instanceof LinkEvent e) { ... e.type() ... e.link() ... }   // NEW/CHANGED/DELETED
 * else if (event instanceof EventSync s) { ... s.signal() ... }          // LISTED, OVERRUN, RESYNCED
 * }</pre>
 */
public sealed interface RtnetlinkEvent permits LinkEvent, AddressEvent, RouteEvent, NeighborEvent, RuleEvent, NsIdEvent, EventSync {
}
