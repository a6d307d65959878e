package io.jnetlink.core;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * A short-lived platform thread that works for one namespace: its first act is to enter it
 * ({@code setns}, or {@code unshare} for a new one); only if that succeeds does it run any task,
 * and it never leaves. After its task it may wait, briefly, in its namespace's idle cache
 * ({@link NamespaceThreads}) for another task of the same namespace, then it ends. No thread is
 * ever moved between namespaces, and none runs work for a namespace it has not entered.
 */
final class NamespaceThread extends Thread {
    /** How a thread enters its namespace; returns what the first task may need (e.g. the new namespace's fd). */
    @FunctionalInterface
    interface Entry {
        void enter();
    }

    final NamespaceThreads pool;
    private final Entry entry;
    private Task<?> first;
    /** The next task handed over by {@link NamespaceThreads#submit} while idle; guarded by the pool. */
    Task<?> next;
    /** Set when a newer idle thread of another namespace took this one's place in the cache; guarded by the pool. */
    boolean evicted;

    NamespaceThread(NamespaceThreads pool, Entry entry, Task<?> first) {
        super("jnetlink-netns-" + pool.description());
        this.pool = pool;
        this.entry = entry;
        this.first = first;
        setDaemon(true);
    }

    /** The handle the calling thread works for, if it is a namespace thread; else null. */
    static NetNamespace ownerOfCurrentThread() {
        return Thread.currentThread() instanceof NamespaceThread t ? t.pool.owner() : null;
    }

    /** Whether the calling thread is one of {@code pool}'s (already inside its namespace). */
    static boolean servesCurrentThread(NamespaceThreads pool) {
        return Thread.currentThread() instanceof NamespaceThread t && t.pool == pool;
    }

    @Override
    public void run() {
        Task<?> task = first;
        first = null;
        try {
            entry.enter();
        } catch (Throwable t) {
            task.fail(t);
            return; // never entered: ends without running anything
        }
        while (task != null) {
            task.run();
            task = pool.awaitNext(this);
        }
    }

    /** A task with its namespace reference: {@link #done()} runs once it has finished, however. */
    static final class Task<T> extends FutureTask<T> {
        private final Runnable whenDone;

        Task(Callable<T> work, Runnable whenDone) {
            super(work);
            this.whenDone = whenDone;
        }

        void fail(Throwable t) {
            setException(t);
        }

        @Override
        protected void done() {
            if (whenDone != null) {
                whenDone.run();
            }
        }
    }
}
