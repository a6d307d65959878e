package io.jnetlink.route.bridge;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * An FDB entry appeared, changed or was deleted.
 *
 * @param type  what happened
 * @param entry the entry as the notification describes it
 */
public record FdbChangeEvent(ChangeType type, FdbEntry entry) implements FdbEvent {
    /**
     * Checks for nulls.
     *
     * @param type what happened
     * @param entry the entry
     */
    public FdbChangeEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entry, "entry");
    }

    /** Like {@code bridge monitor fdb}: the entry, prefixed {@code "Deleted "} for removals. */
    @Override
    public String toString() {
        return (type == ChangeType.DELETED ? "Deleted " : "") + entry;
    }
}
