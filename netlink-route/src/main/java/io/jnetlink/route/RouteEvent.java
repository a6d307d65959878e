package io.jnetlink.route;

/**
 * One thing a {@link RouteEvents} subscription delivers, like a line of {@code ip monitor}: a
 * change to a followed object ({@link LinkEvent}, {@link AddressEvent}, {@link RouteEntryEvent},
 * {@link NeighborEvent}, {@link RuleEvent}, {@link NsIdEvent}) or a milestone of the
 * subscription ({@link EventSync}). Switch over it:
 *
 * <pre>{@code
 * switch (event) {
 *     case LinkEvent e -> ...   // e.type() NEW/CHANGED/DELETED, e.link()
 *     case NsIdEvent e -> ...
 *     case EventSync s -> ...   // LISTED, OVERRUN, RESYNCED
 * }
 * }</pre>
 */
public sealed interface RouteEvent permits LinkEvent, AddressEvent, RouteEntryEvent, NeighborEvent, RuleEvent, NsIdEvent, EventSync {
}
