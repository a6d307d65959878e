package io.jnetlink.core.event;

import io.jnetlink.core.message.MessageReader;

/**
 * How a {@link StateFollower} reads one protocol's objects: which messages describe an object
 * (notifications and dump replies alike), what identifies it, and when two states of it count
 * as the same.
 *
 * @param <V> the value type (records, so that they outlive the receive buffer)
 */
public interface StateCodec<V> {
    /**
     * Decodes the message into an update, or returns null for messages that describe no followed
     * object (other families, other message types). Runs on the event loop thread.
     *
     *
     * @param message the message, positioned at its header
     * @return the update, or null when the message is about no followed object
     * @throws io.jnetlink.core.NetlinkDecodeException if the message is malformed
     */
    StateUpdate<V> decode(MessageReader message);

    /**
     * {@return the object's identity (e.g. a link's ifindex)}; equal keys are the same object.
     *
     * @param value the object
     */
    Object key(V value);

    /**
     * {@return whether two states of one object are the same for subscribers; a notification identical to the known state is not delivered} By default {@code equals}; override to ignore fields that change without a notification (traffic counters).
     *
     * @param known the state subscribers have seen
     * @param update the state of the new notification
     */
    default boolean sameState(V known, V update) {
        return known.equals(update);
    }
}
