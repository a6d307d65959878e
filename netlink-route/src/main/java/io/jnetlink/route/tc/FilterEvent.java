package io.jnetlink.route.tc;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A filter appeared, changed or went away ({@code tc monitor}: {@code RTM_NEW*}/{@code RTM_DEL*}).
 *
 * @param type what happened
 * @param filter its state (for {@link ChangeType#DELETED}: its last state)
 */
public record FilterEvent(ChangeType type, Filter filter) implements TcEvent {
    /**
     * Checks that neither is null.
     *
     * @param type what happened
     * @param filter its state
     */
    public FilterEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(filter, "filter");
    }

    /** Like {@code tc monitor}: the object, with {@code "deleted "} before removals. */
    @Override
    public String toString() {
        return (type == ChangeType.DELETED ? "deleted " : type == ChangeType.CHANGED ? "changed " : "") + filter;
    }
}
