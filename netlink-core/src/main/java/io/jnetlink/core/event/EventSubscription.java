package io.jnetlink.core.event;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A running typed subscription (the handle protocol modules hand out): close it to stop
 * delivery promptly, even while its thread waits for the kernel, and release its socket and
 * thread.
 */
public final class EventSubscription implements AutoCloseable {
    private final NetlinkSubscription subscription;
    private final OrderedDelivery<?> delivery;
    private final Failure failure;

    /**
     * @param subscription the socket and thread
     * @param delivery     the executor hand-off to close first, or null
     * @param failure      where the receive thread leaves the error that ended it
     */
    public EventSubscription(NetlinkSubscription subscription, OrderedDelivery<?> delivery, Failure failure) {
        this.subscription = subscription;
        this.delivery = delivery;
        this.failure = failure;
    }

    /** Whether events are still delivered (not closed, no failure). */
    public boolean isOpen() {
        return subscription.isOpen();
    }

    /** The failure that ended the subscription, if one did. */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure.error);
    }

    /** The kernel's receive buffer of the subscription's socket ({@code SO_RCVBUF} as reported: doubled). */
    public int receiveBufferSize() {
        return subscription.receiveBufferSize();
    }

    /** Waits until the receive thread has ended; returns whether it did within the timeout. */
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return subscription.awaitTermination(timeout, unit);
    }

    /** Stops delivery (events queued for the executor are dropped) and releases the socket and the thread. */
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

        /** Records {@code e} (called on the receive thread). */
        public void set(RuntimeException e) {
            this.error = e;
        }

        /** The recorded error, or null. */
        public RuntimeException get() {
            return error;
        }
    }
}
