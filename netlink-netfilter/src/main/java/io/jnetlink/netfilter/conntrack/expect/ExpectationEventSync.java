package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.event.SyncSignal;

import java.util.Objects;

/**
 * A milestone of an {@link ExpectationEvents} subscription: listed, overrun, or resynced.
 *
 * @param signal which milestone
 */
public record ExpectationEventSync(SyncSignal signal) implements ExpectationEvent {
    /**
     * The canonical constructor: checks that {@code signal} is not null.
     *
     * @param signal which milestone
     */
    public ExpectationEventSync {
        Objects.requireNonNull(signal, "signal");
    }

    @Override
    public String toString() {
        return "# " + signal;
    }
}
