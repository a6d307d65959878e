package io.jnetlink.core.event;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands events to a user's {@link Executor} one at a time and in order, whatever the executor's
 * threads: at most one delivery task is queued or running at once, and it drains the backlog.
 * After {@link #close()} nothing more is delivered (events still queued are dropped), so closing a
 * subscription stops delivery promptly even when the executor is busy.
 *
 * @param <E> the event type
 */
public final class OrderedDelivery<E> implements Consumer<E>, AutoCloseable {
    private final Executor executor;
    private final Consumer<? super E> sink;
    private final ArrayDeque<E> backlog = new ArrayDeque<>();
    private boolean scheduled;
    private volatile boolean closed;

    /**
     * @param executor runs the deliveries (e.g. a pool; order is kept anyway)
     * @param sink     the user's callback; an exception it throws is passed to the thread's
     *                 uncaught-exception handler and delivery goes on
     */
    public OrderedDelivery(Executor executor, Consumer<? super E> sink) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Queues {@code event}; delivered after everything queued before it. */
    @Override
    public void accept(E event) {
        boolean schedule;
        synchronized (backlog) {
            if (closed) {
                return;
            }
            backlog.add(event);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            executor.execute(this::drain);
        }
    }

    /** {@return how many events wait for delivery} */
    public int backlog() {
        synchronized (backlog) {
            return backlog.size();
        }
    }

    /** Stops delivery; queued events are dropped. */
    @Override
    public void close() {
        synchronized (backlog) {
            closed = true;
            backlog.clear();
        }
    }

    private void drain() {
        while (true) {
            E next;
            synchronized (backlog) {
                next = closed ? null : backlog.poll();
                if (next == null) {
                    scheduled = false;
                    return;
                }
            }
            try {
                sink.accept(next);
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }
}
