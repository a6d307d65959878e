package io.jnetlink.netfilter;

import io.jnetlink.core.event.SyncSignal;

import java.util.Objects;

/**
 * A milestone of an {@link NftEvents} subscription: listed, overrun, or resynced.
 *
 * @param signal which milestone
 */
public record NftEventSync(SyncSignal signal) implements NftEvent {
    /**
     * The canonical constructor: checks that {@code signal} is not null.
     *
     * @param signal which milestone
     */
    public NftEventSync {
        Objects.requireNonNull(signal, "signal");
    }

    @Override
    public String toString() {
        return "# " + signal;
    }
}
