package io.jnetlink.route.nexthop;

import io.jnetlink.core.event.SyncSignal;

import java.util.Objects;

/**
 * A milestone of a {@link NexthopEvents} subscription: listed, overrun, or resynced.
 *
 * @param signal which milestone
 */
public record NexthopEventSync(SyncSignal signal) implements NexthopEvent {
    /**
     * Checks for null.
     *
     * @param signal which milestone
     */
    public NexthopEventSync {
        Objects.requireNonNull(signal, "signal");
    }
}
