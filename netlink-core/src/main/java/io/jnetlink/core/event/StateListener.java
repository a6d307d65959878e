package io.jnetlink.core.event;

/**
 * Receives the changes a {@link StateFollower} derives, in order, on the event loop thread.
 * Applying each change to a map keyed like the codec (put on NEW/CHANGED, remove on DELETED)
 * yields the kernel's state.
 *
 * @param <V> the value type
 */
public interface StateListener<V> {
    /**
     * An object appeared, changed or was deleted; for DELETED, {@code value} is its last state.
     *
     * @param type whether the object was added, changed or removed
     * @param value the object (its last state when removed)
     */
    void onChange(ChangeType type, V value);

    /**
     * A milestone: the initial listing is complete, an overrun happened, or a resync is complete.
     *
     * @param signal what was delivered: a sync point after the listing or a resync after an overrun
     */
    void onSync(SyncSignal signal);

    /**
     * The subscription ended because of {@code error}.
     *
     * @param error the error that ended the subscription
     */
    default void onError(RuntimeException error) {
    }

    /** The subscription is closed; nothing follows. */
    default void onClose() {
    }
}
