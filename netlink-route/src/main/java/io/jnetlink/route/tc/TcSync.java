package io.jnetlink.route.tc;

import io.jnetlink.core.event.SyncSignal;

import java.util.Objects;

/**
 * A milestone of a {@link TcEvents} subscription: listing done ({@link SyncSignal#LISTED}),
 * notifications lost ({@link SyncSignal#OVERRUN}) or state re-dumped ({@link SyncSignal#RESYNCED}).
 *
 * @param signal which milestone
 */
public record TcSync(SyncSignal signal) implements TcEvent {
    /**
     * Checks that the signal is not null.
     *
     * @param signal which milestone
     */
    public TcSync {
        Objects.requireNonNull(signal, "signal");
    }
}
