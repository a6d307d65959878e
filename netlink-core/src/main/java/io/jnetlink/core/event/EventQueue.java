package io.jnetlink.core.event;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pull form of a subscription: events wait in a bounded queue until taken. When the queue
 * is full the subscription stops being read (the event loop never waits: the events of the
 * datagram in hand are kept beyond the capacity, and reading resumes once the taker has made
 * room), the kernel's buffer fills, and the subscription overruns and resyncs: a slow consumer
 * loses intermediate states, never the final one. A producer that is not the event loop waits
 * while the queue is full. Takers sleep until an event or the end arrives (no polling).
 * {@link #iterator()} blocks in {@code hasNext()} and ends after {@link #close()} or a failure
 * (which {@code next()} then throws).
 *
 * @param <E> the event type
 */
public final class EventQueue<E> implements Iterable<E>, AutoCloseable {
    private static final Object END = new Object();

    private final int capacity;
    private final AutoCloseable source;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    /** Events in order, END last once ended; guarded by {@link #lock}. */
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    /** The subscription paused because the queue was full; guarded by {@link #lock}. */
    private NetlinkSubscription paused;
    private boolean ended;
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
        this.capacity = capacity;
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Adds an event. Called by the event loop, it never waits: at capacity the subscription is
     * paused until a taker makes room. Another producer waits while the queue is full.
     *
     * @param event the event
     * @return false if the queue is closed or the wait was interrupted
     */
    public boolean put(E event) {
        Objects.requireNonNull(event, "event");
        NetlinkSubscription producer = EventLoop.currentSubscription();
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            if (producer != null) {
                items.add(event);
                if (items.size() >= capacity && paused == null) {
                    paused = producer;
                    producer.pause();
                }
                notEmpty.signal();
                return true;
            }
            while (items.size() >= capacity && !closed) {
                notFull.await();
            }
            if (closed) {
                return false;
            }
            items.add(event);
            notEmpty.signal();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
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
        lock.lock();
        try {
            closed = true;
            if (!ended) {
                ended = true;
                items.add(END);
            }
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next event, waiting up to {@code timeout}.
     *
     * @param timeout how long to wait at most
     * @return the event, or null on timeout or at the end
     * @throws IllegalStateException if the subscription failed
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public E poll(Duration timeout) throws InterruptedException {
        return next(timeout.toNanos(), false);
    }

    /**
     * {@return the next event, waiting as long as needed}
     *
     * @throws NoSuchElementException at the end (after {@link #close()})
     * @throws IllegalStateException  if the subscription failed
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public E take() throws InterruptedException {
        return next(Long.MAX_VALUE, true);
    }

    @SuppressWarnings("unchecked")
    private E next(long nanos, boolean forever) throws InterruptedException {
        NetlinkSubscription resume = null;
        E event;
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                if (forever) {
                    notEmpty.await();
                } else if (nanos <= 0) {
                    return null;
                } else {
                    nanos = notEmpty.awaitNanos(nanos);
                }
            }
            if (items.peek() == END) { // stays, for other takers
                throwIfFailed();
                if (forever) {
                    throw new NoSuchElementException("the event queue is closed");
                }
                return null;
            }
            event = (E) items.poll();
            notFull.signal();
            if (paused != null && items.size() < capacity) {
                resume = paused;
                paused = null;
            }
        } finally {
            lock.unlock();
        }
        if (resume != null) {
            resume.resume();
        }
        return event;
    }

    /** {@return how many events wait} */
    public int size() {
        lock.lock();
        try {
            return ended ? items.size() - 1 : items.size();
        } finally {
            lock.unlock();
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
