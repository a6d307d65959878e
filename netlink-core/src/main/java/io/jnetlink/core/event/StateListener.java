package io.jnetlink.core.event;

/**
 * Receives the changes a {@link StateFollower} derives, in order, on the receive thread.
 * Applying each change to a map keyed like the codec (put on NEW/CHANGED, remove on DELETED)
 * yields the kernel's state.
 *
 * @param <V> the value type
 */
public interface StateListener<V> {
    /** An object appeared, changed or was deleted; for DELETED, {@code value} is its last state. */
    void onChange(ChangeType type, V value);

    /** A milestone: the initial listing is complete, an overrun happened, or a resync is complete. */
    void onSync(SyncSignal signal);

    /** The subscription ended because of {@code error}. */
    default void onError(RuntimeException error) {
    }

    /** The subscription is closed; nothing follows. */
    default void onClose() {
    }
}
