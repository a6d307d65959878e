package io.jnetlink.core.event;

import io.jnetlink.core.message.MessageReader;

/**
 * Receives what the {@link EventLoop} reads from a {@link NetlinkSubscription}'s socket. Every
 * method runs on the loop's one thread, in order; a method that throws ends the subscription (after {@link #onError}).
 */
public interface SubscriptionHandler {
    /**
     * Called once on the event loop thread before the first receive, e.g. to send a dump request.
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

    /**
     * Nothing arrived for {@link #idleMillis()} milliseconds; for watchdogs. Called only while
     * {@link #idleMillis()} is not negative.
     */
    default void onIdle() {
    }

    /**
     * Whether and when this handler wants {@link #onIdle()}: asked after every call into the
     * handler. The default, -1, never: an idle subscription then costs no wake-up at all (the
     * event loop sleeps in the kernel). A state follower asks for calls only while its dumps run.
     *
     * @return milliseconds after the last datagram to call {@link #onIdle()}, or negative for never
     */
    default long idleMillis() {
        return -1;
    }

    /**
     * The subscription ends because of {@code error} (a receive failure, a malformed datagram,
     * or an exception thrown by this handler). {@link #onClose()} follows.
     *
     * @param error the error that ended the subscription
     */
    default void onError(RuntimeException error) {
    }

    /** Called last, once, on the event loop thread after the socket is closed. */
    default void onClose() {
    }
}
