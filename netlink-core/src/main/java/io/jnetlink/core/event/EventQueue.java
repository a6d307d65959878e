package io.jnetlink.core.event;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The pull form of a subscription: events wait in a bounded queue until taken. When the queue
 * is full the subscription stops being read (the event loop never waits: the events of the
 * datagram in hand are kept beyond the capacity, and reading resumes once the taker has made
 * room), the kernel's buffer fills, and the subscription overruns and resyncs: a slow consumer
 * loses intermediate states, never the final one. A producer that is not the event loop waits
 * while the queue is full. {@link #iterator()}
 * blocks in {@code hasNext()} and ends after {@link #close()} or a failure (which {@code next()}
 * then throws).
 *
 * @param <E> the event type
 */
public final class EventQueue<E> implements Iterable<E>, AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    /** Events the loop put while the queue was full, in order (END may be last); guarded by itself. */
    private final ArrayDeque<Object> overflow = new ArrayDeque<>();
    /** The subscription paused because the queue was full; guarded by {@link #overflow}. */
    private NetlinkSubscription paused;
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
     * Adds an event, waiting while the queue is full (called by the event loop, which never waits: see the class comment).
     *
     *
     * @param event the event
     * @return false if the queue is closed or the wait was interrupted (by the subscription's close)
     */
    public boolean put(E event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            return false;
        }
        NetlinkSubscription producer = EventLoop.currentSubscription();
        if (producer != null) { // the event loop: never wait, pause the subscription instead
            synchronized (overflow) {
                if (overflow.isEmpty() && queue.offer(event)) {
                    return true;
                }
                overflow.add(event);
                if (paused == null) {
                    paused = producer;
                    producer.pause();
                }
                return true;
            }
        }
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
        synchronized (overflow) {
            if (!overflow.isEmpty()) {
                overflow.add(END); // after the events still waiting beyond the capacity
                return;
            }
        }
        queue.offer(END); // after the last event; if the queue is full, takers see `closed` instead
    }

    /** Moves waiting overflow into the queue as room frees; resumes the paused subscription once it is all in. */
    private void refill() {
        NetlinkSubscription resume = null;
        synchronized (overflow) {
            while (!overflow.isEmpty() && queue.offer(overflow.peek())) {
                overflow.poll();
            }
            if (overflow.isEmpty() && paused != null) {
                resume = paused;
                paused = null;
            }
        }
        if (resume != null) {
            resume.resume();
        }
    }

    private boolean drained() {
        synchronized (overflow) {
            return (queue.isEmpty() || queue.peek() == END) && (overflow.isEmpty() || overflow.peek() == END);
        }
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
            if (o != null) {
                refill();
            }
            if (o == END) {
                queue.offer(END); // let other takers see it too
                throwIfFailed();
                return null;
            }
            if (o != null) {
                return (E) o;
            }
            if (closed && drained()) {
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
            if (closed && drained()) {
                throwIfFailed();
                throw new NoSuchElementException("the event queue is closed");
            }
        }
    }

    /** {@return how many events wait} */
    public int size() {
        synchronized (overflow) {
            int n = queue.size() + overflow.size();
            return queue.contains(END) || overflow.contains(END) ? n - 1 : n;
        }
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
