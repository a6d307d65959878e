package io.jnetlink.route;

/**
 * One thing a {@link RouteEvents} subscription delivers, like a line of {@code ip monitor}: a
 * change to a followed object ({@link LinkEvent}, {@link AddressEvent}, {@link RouteEntryEvent},
 * {@link NeighborEvent}, {@link RuleEvent}, {@link NsIdEvent}) or a milestone of the
 * subscription ({@link EventSync}):
 *
 * <pre>{@code
 * if (event instanceof LinkEvent e) { ... e.type() ... e.link() ... }   // NEW/CHANGED/DELETED
 * else if (event instanceof EventSync s) { ... s.signal() ... }          // LISTED, OVERRUN, RESYNCED
 * }</pre>
 */
public sealed interface RouteEvent permits LinkEvent, AddressEvent, RouteEntryEvent, NeighborEvent, RuleEvent, NsIdEvent, EventSync {
}
