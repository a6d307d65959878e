package io.jnetlink.core.event;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A running typed subscription (the handle protocol modules hand out): close it to stop
 * delivery promptly and release its socket (it has no thread of its own: the process's one
 * {@link EventLoop} reads every subscription).
 */
public final class EventSubscription implements AutoCloseable {
    private final NetlinkSubscription subscription;
    private final OrderedDelivery<?> delivery;
    private final Failure failure;

    /**
     * @param subscription the socket, read by the event loop
     * @param delivery     the executor hand-off to close first, or null
     * @param failure      where the event loop leaves the error that ended it
     */
    public EventSubscription(NetlinkSubscription subscription, OrderedDelivery<?> delivery, Failure failure) {
        this.subscription = subscription;
        this.delivery = delivery;
        this.failure = failure;
    }

    /** {@return whether events are still delivered (not closed, no failure)} */
    public boolean isOpen() {
        return subscription.isOpen();
    }

    /** {@return the failure that ended the subscription, if one did} */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure.error);
    }

    /** {@return the kernel's receive buffer of the subscription's socket ({@code SO_RCVBUF} as reported: doubled)} */
    public int receiveBufferSize() {
        return subscription.receiveBufferSize();
    }

    /**
     * Waits until the subscription has ended (its onClose has run); returns whether it did within the timeout.
     *
     * @param timeout how long to wait at most
     * @param unit the unit of {@code timeout}
     * @return whether it ended within the timeout
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return subscription.awaitTermination(timeout, unit);
    }

    /** Stops delivery (events queued for the executor are dropped) and releases the socket. */
    @Override
    public void close() {
        if (delivery != null) {
            delivery.close();
        }
        subscription.close();
    }

    @Override
    public String toString() {
        return "EventSubscription[" + subscription + "]";
    }

    /** Holds the error that ended a subscription. */
    public static final class Failure {
        private volatile RuntimeException error;

        /**
         * Records {@code e} (called on the event loop thread).
         *
         * @param e the error to record
         */
        public void set(RuntimeException e) {
            this.error = e;
        }

        /** {@return the recorded error, or null} */
        public RuntimeException get() {
            return error;
        }
    }
}
