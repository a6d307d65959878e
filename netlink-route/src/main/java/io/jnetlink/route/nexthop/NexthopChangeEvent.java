package io.jnetlink.route.nexthop;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A nexthop appeared, changed or was deleted.
 *
 * @param type     what happened
 * @param nexthop  the nexthop as the notification describes it
 */
public record NexthopChangeEvent(ChangeType type, Nexthop nexthop) implements NexthopEvent {
    /**
     * Checks for nulls.
     *
     * @param type what happened
     * @param nexthop the nexthop
     */
    public NexthopChangeEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nexthop, "nexthop");
    }

    /** Like {@code ip monitor nexthop}: {@code "id 1 via 10.0.0.1 dev#3"}, {@code "Deleted id 1 …"}. */
    @Override
    public String toString() {
        return (type == ChangeType.DELETED ? "Deleted " : "") + nexthop;
    }
}
