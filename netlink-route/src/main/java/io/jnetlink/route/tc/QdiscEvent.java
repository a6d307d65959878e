package io.jnetlink.route.tc;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A qdisc appeared, changed or went away ({@code tc monitor}: {@code RTM_NEW*}/{@code RTM_DEL*}).
 *
 * @param type what happened
 * @param qdisc its state (for {@link ChangeType#DELETED}: its last state)
 */
public record QdiscEvent(ChangeType type, Qdisc qdisc) implements TcEvent {
    /**
     * Checks that neither is null.
     *
     * @param type what happened
     * @param qdisc its state
     */
    public QdiscEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(qdisc, "qdisc");
    }

    /** Like {@code tc monitor}: the object, with {@code "deleted "} before removals. */
    @Override
    public String toString() {
        return (type == ChangeType.DELETED ? "deleted " : type == ChangeType.CHANGED ? "changed " : "") + qdisc;
    }
}
