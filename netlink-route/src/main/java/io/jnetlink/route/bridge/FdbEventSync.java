package io.jnetlink.route.bridge;

import io.jnetlink.core.event.SyncSignal;

import java.util.Objects;

/**
 * A milestone of an {@link FdbEvents} subscription: listed, overrun, or resynced.
 *
 * @param signal which milestone
 */
public record FdbEventSync(SyncSignal signal) implements FdbEvent {
    /**
     * Checks for null.
     *
     * @param signal which milestone
     */
    public FdbEventSync {
        Objects.requireNonNull(signal, "signal");
    }
}
