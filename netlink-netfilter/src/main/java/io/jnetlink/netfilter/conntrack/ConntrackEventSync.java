package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.event.SyncSignal;

import java.util.Objects;

/**
 * A milestone of a {@link ConntrackEvents} subscription: listed, overrun, or resynced.
 *
 * @param signal which milestone
 */
public record ConntrackEventSync(SyncSignal signal) implements ConntrackEvent {
    /**
     * The canonical constructor: checks that {@code signal} is not null.
     *
     * @param signal which milestone
     */
    public ConntrackEventSync {
        Objects.requireNonNull(signal, "signal");
    }

    @Override
    public String toString() {
        return "# " + signal;
    }
}
