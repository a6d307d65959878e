package io.jnetlink.route;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A route appeared, changed or was removed ({@code ip monitor route}: {@code RTM_NEWROUTE} / {@code RTM_DELROUTE}, IPv4 and IPv6, every table).
 *
 * @param type what happened
 * @param route its state (for {@link ChangeType#DELETED}: its last state)
 */
public record RouteEvent(ChangeType type, Route route) implements RtnetlinkEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code route} are not null.
     *
     * @param type what happened
     * @param route its state (for {@link ChangeType#DELETED}: its last state)
     */
    public RouteEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(route, "route");
    }

    /** Like {@code ip monitor}: {@code "[ROUTE] ..."}, with {@code "Deleted "} before removals. */
    @Override
    public String toString() {
        return "[ROUTE] " + (type == ChangeType.DELETED ? "Deleted " : "") + route;
    }
}
