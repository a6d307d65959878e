package io.jnetlink.route;

import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.OrderedDelivery;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A running {@link RouteEvents} subscription: close it to stop delivery (promptly, even while
 * its thread waits for the kernel) and release its socket and thread.
 */
public final class RouteEventSubscription implements AutoCloseable {
    private final NetlinkSubscription subscription;
    private final OrderedDelivery<RouteEvent> delivery;
    private final EventFailure failure;

    RouteEventSubscription(NetlinkSubscription subscription, OrderedDelivery<RouteEvent> delivery, EventFailure failure) {
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

    /**
     * {@return the kernel's receive buffer for the subscription's socket ({@code SO_RCVBUF} as reported, i.e. doubled)}
     */
    public int receiveBufferSize() {
        return subscription.receiveBufferSize();
    }

    /**
     * Waits until the receive thread has ended; returns whether it did within the timeout.
     *
     * @param timeout how long to wait at most
     * @param unit the unit of {@code timeout}
     * @return whether the receive thread ended within the timeout
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
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
        return "RouteEventSubscription[" + subscription + "]";
    }

    /** Where the receive thread leaves the error that ended it. */
    static final class EventFailure {
        volatile RuntimeException error;
    }
}
