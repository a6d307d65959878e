package io.jnetlink.core.event;

import io.jnetlink.core.message.MessageReader;

/**
 * Receives what a {@link NetlinkSubscription}'s thread reads. Every method runs on that one
 * thread, in order; a method that throws ends the subscription (after {@link #onError}).
 */
public interface SubscriptionHandler {
    /**
     * Called once on the receive thread before the first receive, e.g. to send a dump request.
     *
     * @param subscription the subscription that started
     */
    default void onStart(NetlinkSubscription subscription) {
    }

    /**
     * One message of a received datagram. The reader is reused and valid only during this call:
     * copy what you keep.
     *
     * @param message the message, positioned at its header
     */
    void onMessage(MessageReader message);

    /**
     * The kernel dropped notifications because the receive buffer was full ({@code ENOBUFS}).
     * The subscription goes on; what was lost is not known.
     */
    void onOverrun();

    /** Nothing arrived for {@link NetlinkSubscription#IDLE_MILLIS}; for watchdogs. */
    default void onIdle() {
    }

    /**
     * The subscription ends because of {@code error} (a receive failure, a malformed datagram,
     * or an exception thrown by this handler). {@link #onClose()} follows.
     *
     * @param error the error that ended the subscription
     */
    default void onError(RuntimeException error) {
    }

    /** Called last, once, on the receive thread after the socket is closed. */
    default void onClose() {
    }
}
