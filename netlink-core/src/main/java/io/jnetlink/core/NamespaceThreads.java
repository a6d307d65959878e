package io.jnetlink.core;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Enters one namespace on demand: each task runs on a {@link NamespaceThread} of this namespace,
 * an idle one if the small cache holds one, else a new one that enters first. Idle threads end
 * after {@link #KEEP_ALIVE_MILLIS}, and at most {@link #MAX_IDLE} wait in all namespaces together
 * (the most recently used: a new idle thread retires the oldest), so an open namespace costs no
 * thread, and work that comes in bursts per namespace (create, open a socket, subscribe) enters once.
 */
final class NamespaceThreads {
    /** How long a thread waits for another task of its namespace before it ends. */
    static final long KEEP_ALIVE_MILLIS = 1_000;
    /** Idle threads across all namespaces: a burst over many namespaces leaves at most this many behind. */
    static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Idle threads of every namespace, oldest first; guarded by itself. */
    private static final ArrayDeque<NamespaceThread> IDLE = new ArrayDeque<>();

    private final String description;
    private final ArrayDeque<NamespaceThread> idle = new ArrayDeque<>(2);
    private NamespaceThread.Entry entry;
    private volatile NetNamespace owner;
    private boolean shutdown;

    NamespaceThreads(String description, NamespaceThread.Entry entry) {
        this.description = description;
        this.entry = entry;
    }

    String description() {
        return description;
    }

    NetNamespace owner() {
        return owner;
    }

    /** Sets the handle (for {@code current()}) and how threads enter from now on (e.g. setns after an unshare). */
    synchronized void owner(NetNamespace owner, NamespaceThread.Entry entry) {
        this.owner = owner;
        this.entry = entry;
    }

    /**
     * Runs {@code work} on a thread inside this namespace; {@code whenDone} runs after it, however it ends.
     *
     * @throws IllegalStateException after {@link #shutdown()}
     */
    <T> NamespaceThread.Task<T> submit(Callable<T> work, Runnable whenDone) {
        NamespaceThread.Task<T> task = new NamespaceThread.Task<>(work, whenDone);
        NamespaceThread.Entry enter;
        synchronized (this) {
            if (shutdown) {
                throw new IllegalStateException("the network namespace handle " + description + " is closed");
            }
            NamespaceThread waiting = idle.pollLast();
            if (waiting != null) {
                waiting.next = task;
                notifyAll();
                return task;
            }
            enter = entry;
        }
        new NamespaceThread(this, enter, task).start();
        return task;
    }

    /** Called by a thread after its task: the next task, or null when the thread is to end. */
    NamespaceThread.Task<?> awaitNext(NamespaceThread thread) {
        synchronized (this) {
            if (shutdown) {
                return null;
            }
            thread.evicted = false;
            idle.addLast(thread);
        }
        NamespaceThread oldest = null;
        synchronized (IDLE) {
            IDLE.addLast(thread);
            if (IDLE.size() > MAX_IDLE) {
                oldest = IDLE.pollFirst();
            }
        }
        if (oldest != null) {
            oldest.pool.evict(oldest); // outside our lock: pools are locked one at a time
        }
        NamespaceThread.Task<?> task;
        synchronized (this) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(KEEP_ALIVE_MILLIS);
            while (thread.next == null && !shutdown && !thread.evicted) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    // a library thread: only shutdown, eviction or the keep-alive ends it
                }
            }
            task = thread.next;
            thread.next = null;
            if (task == null) {
                idle.remove(thread);
            }
        }
        synchronized (IDLE) {
            IDLE.remove(thread);
        }
        return task;
    }

    /** Retires {@code thread} if it still waits idle here (a newer idle thread elsewhere took its place). */
    private synchronized void evict(NamespaceThread thread) {
        if (idle.remove(thread)) {
            thread.evicted = true;
            notifyAll();
        }
    }

    /** Refuses new tasks and lets idle threads end at once; running tasks finish on their threads. */
    synchronized void shutdown() {
        shutdown = true;
        idle.clear();
        notifyAll();
    }

    /** How many threads wait idle in all namespaces (for tests). */
    static int idleThreads() {
        synchronized (IDLE) {
            return IDLE.size();
        }
    }
}
