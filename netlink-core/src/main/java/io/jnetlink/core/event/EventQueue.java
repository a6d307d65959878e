package io.jnetlink.core.event;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The pull form of a subscription: events wait in a bounded queue until taken. When the queue
 * is full the receive thread waits, the kernel's buffer fills, and the subscription overruns and
 * resyncs: a slow consumer loses intermediate states, never the final one. {@link #iterator()}
 * blocks in {@code hasNext()} and ends after {@link #close()} or a failure (which {@code next()}
 * then throws).
 *
 * @param <E> the event type
 */
public final class EventQueue<E> implements Iterable<E>, AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final AutoCloseable source;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    /**
     * @param capacity how many events may wait
     * @param source   what {@link #close()} closes (the subscription)
     */
    public EventQueue(int capacity, AutoCloseable source) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Adds an event, waiting while the queue is full (called by the receive thread).
     *
     *
     * @param event the event
     * @return false if the queue is closed or the wait was interrupted (by the subscription's close)
     */
    public boolean put(E event) {
        Objects.requireNonNull(event, "event");
        try {
            while (!closed) {
                if (queue.offer(event, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * Ends the queue with a failure: takers get it as the cause of an {@link IllegalStateException}.
     *
     * @param error the error that ends the subscription
     */
    public void fail(RuntimeException error) {
        failure = error;
        end();
    }

    /** Ends the queue normally (the subscription closed): takers see the end after the queued events. */
    public void end() {
        closed = true;
        queue.offer(END); // after the last event; if the queue is full, takers see `closed` instead
    }

    /**
     * The next event, waiting up to {@code timeout}.
     *
     *
     * @param timeout how long to wait at most
     * @return the event, or null on timeout or at the end
     * @throws IllegalStateException if the subscription failed
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    @SuppressWarnings("unchecked")
    public E poll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Object o = queue.poll(Math.max(0, Math.min(left, 100_000_000L)), TimeUnit.NANOSECONDS);
            if (o == END) {
                queue.offer(END); // let other takers see it too
                throwIfFailed();
                return null;
            }
            if (o != null) {
                return (E) o;
            }
            if (closed && (queue.isEmpty() || queue.peek() == END)) {
                throwIfFailed();
                return null;
            }
            if (left <= 0) {
                return null;
            }
        }
    }

    /**
     * {@return the next event, waiting as long as needed}
     *
     * @throws NoSuchElementException at the end (after {@link #close()})
     * @throws IllegalStateException  if the subscription failed
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public E take() throws InterruptedException {
        while (true) {
            E e = poll(Duration.ofSeconds(1));
            if (e != null) {
                return e;
            }
            if (closed && (queue.isEmpty() || queue.peek() == END)) {
                throwIfFailed();
                throw new NoSuchElementException("the event queue is closed");
            }
        }
    }

    /** {@return how many events wait} */
    public int size() {
        int n = queue.size();
        return queue.contains(END) ? n - 1 : n;
    }

    /** Closes the subscription; events already queued may still be taken. */
    @Override
    public void close() {
        closed = true;
        try {
            source.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        end();
    }

    /** A blocking iterator: {@code hasNext()} waits for the next event and is false at the end. */
    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private E next;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                try {
                    next = take();
                    return true;
                } catch (NoSuchElementException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }

            @Override
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the event queue is closed");
                }
                E e = next;
                next = null;
                return e;
            }
        };
    }

    private void throwIfFailed() {
        RuntimeException f = failure;
        if (f != null) {
            throw new IllegalStateException("the subscription failed: " + f.getMessage(), f);
        }
    }
}
