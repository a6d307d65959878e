package io.jnetlink.route;

import io.jnetlink.core.event.SyncSignal;

import java.util.Objects;

/**
 * A milestone of a {@link RouteEvents} subscription: the initial listing is complete
 * ({@link SyncSignal#LISTED}), the kernel dropped notifications ({@link SyncSignal#OVERRUN}),
 * or the state has been re-dumped and the differences delivered ({@link SyncSignal#RESYNCED}).
 *
 * @param signal which milestone
 */
public record EventSync(SyncSignal signal) implements RtnetlinkEvent {
    /**
     * The canonical constructor: checks that {@code signal} is not null.
     *
     * @param signal which milestone
     */
    public EventSync {
        Objects.requireNonNull(signal, "signal");
    }

    @Override
    public String toString() {
        return "[SYNC] " + signal;
    }
}
