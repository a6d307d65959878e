package io.jnetlink.core;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small lock-free pool of reusable buffers (request writers, receive buffers, recvmmsg slots)
 * shared by every connection of the process. A connection holds its buffers only while an
 * exchange runs and gives them back when it ends, so how many exist follows how many threads
 * are inside a request at once, not how many connections (or namespaces) are open (issue #13).
 *
 * <p>Taking and giving back allocate nothing; {@link #take()} returns null when the pool is
 * empty (the caller allocates), and an item given back to a full pool is left to the GC.
 *
 * @param <T> what is pooled
 */
final class BufferPool<T> {
    /** Slots per pool: two per CPU, at least eight; more threads in requests at once just allocate. */
    static final int SLOTS = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

    private final AtomicReferenceArray<T> free;

    BufferPool(int slots) {
        if (slots <= 0) {
            throw new IllegalArgumentException("slots must be positive: " + slots);
        }
        this.free = new AtomicReferenceArray<>(slots);
    }

    /** {@return an idle item, or null when none is idle} */
    T take() {
        for (int i = 0; i < free.length(); i++) {
            T item = free.get(i);
            if (item != null && free.compareAndSet(i, item, null)) {
                return item;
            }
        }
        return null;
    }

    /**
     * Gives {@code item} back for the next {@link #take()}; dropped when every slot is full.
     *
     * @param item what was taken (or made) and is no longer used by the caller
     */
    void give(T item) {
        for (int i = 0; i < free.length(); i++) {
            if (free.get(i) == null && free.compareAndSet(i, null, item)) {
                return;
            }
        }
    }

    /** {@return how many items wait in the pool (for tests)} */
    int idle() {
        int n = 0;
        for (int i = 0; i < free.length(); i++) {
            n += free.get(i) != null ? 1 : 0;
        }
        return n;
    }
}
