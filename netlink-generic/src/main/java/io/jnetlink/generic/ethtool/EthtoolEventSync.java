package io.jnetlink.generic.ethtool;

import io.jnetlink.core.event.SyncSignal;

import java.util.Objects;

/**
 * A milestone of an {@link EthtoolEvents} subscription: listed, overrun, or resynced.
 *
 * @param signal which milestone
 */
public record EthtoolEventSync(SyncSignal signal) implements EthtoolEvent {
    /**
     * Checks.
     *
     * @param signal which milestone
     */
    public EthtoolEventSync {
        Objects.requireNonNull(signal, "signal");
    }
}
