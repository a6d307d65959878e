package io.jnetlink.route.tc;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A class appeared, changed or went away ({@code tc monitor}: {@code RTM_NEW*}/{@code RTM_DEL*}).
 *
 * @param type what happened
 * @param trafficClass its state (for {@link ChangeType#DELETED}: its last state)
 */
public record TrafficClassEvent(ChangeType type, TrafficClass trafficClass) implements TcEvent {
    /**
     * Checks that neither is null.
     *
     * @param type what happened
     * @param trafficClass its state
     */
    public TrafficClassEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trafficClass, "trafficClass");
    }

    /** Like {@code tc monitor}: the object, with {@code "deleted "} before removals. */
    @Override
    public String toString() {
        return (type == ChangeType.DELETED ? "deleted " : type == ChangeType.CHANGED ? "changed " : "") + trafficClass;
    }
}
