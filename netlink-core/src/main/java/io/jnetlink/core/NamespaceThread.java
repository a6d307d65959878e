package io.jnetlink.core;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dedicated platform thread of one {@link NetNamespace} handle. Its first act is to enter the
 * namespace ({@code setns} or {@code unshare}); only if that succeeds does it run any task, and it
 * never leaves: no other thread is ever moved between namespaces.
 */
final class NamespaceThread extends Thread {
    /** How the thread enters its namespace; returns the fd of the namespace, which the handle then owns. */
    @FunctionalInterface
    interface Entry {
        int enter();
    }

    private static final FutureTask<Void> STOP = new FutureTask<>(() -> null);

    private final BlockingQueue<FutureTask<?>> tasks = new LinkedBlockingQueue<>();
    private final Entry entry;
    private final CompletableFuture<Integer> entered = new CompletableFuture<>();
    private volatile NetNamespace owner;

    private NamespaceThread(String name, Entry entry) {
        super(name);
        this.entry = entry;
        setDaemon(true);
    }

    /**
     * Starts a thread that enters its namespace through {@code entry}; waits until it has and
     * returns the thread and the fd {@code entry} produced. Throws what {@code entry} threw.
     */
    static NamespaceThread start(String name, Entry entry) {
        NamespaceThread thread = new NamespaceThread(name, entry);
        thread.start();
        // Entering takes a few system calls: wait for it even when interrupted, so that the fd the
        // entry produced always reaches its owner (an abandoned thread would leak it).
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    thread.entered.get();
                    return thread;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The fd of the namespace produced by the entry (valid after {@link #start}). */
    int namespaceFd() {
        return entered.join();
    }

    void owner(NetNamespace owner) {
        this.owner = owner;
    }

    /** The handle this thread serves, if the calling thread is a namespace thread; else null. */
    static NetNamespace ownerOfCurrentThread() {
        return Thread.currentThread() instanceof NamespaceThread t ? t.owner : null;
    }

    @Override
    public void run() {
        int fd;
        try {
            fd = entry.enter();
        } catch (Throwable t) {
            entered.completeExceptionally(t);
            return; // never entered: ends without running anything
        }
        entered.complete(fd);
        while (true) {
            FutureTask<?> task;
            try {
                task = tasks.take();
            } catch (InterruptedException e) {
                continue; // only STOP ends this thread
            }
            if (task == STOP) {
                return;
            }
            task.run();
        }
    }

    /** Runs {@code work} on this thread and returns its result, rethrowing what it threw. */
    <T> T call(Callable<T> work) throws Exception {
        if (Thread.currentThread() == this) {
            return work.call();
        }
        if (!isAlive()) {
            throw new IllegalStateException("the network namespace handle is closed");
        }
        FutureTask<T> task = new FutureTask<>(work);
        tasks.add(task);
        try {
            while (true) {
                try {
                    return task.get(250, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    if (!isAlive() && task.cancel(false)) {
                        throw new IllegalStateException("the network namespace handle was closed");
                    }
                } catch (InterruptedException e) {
                    task.cancel(false); // not started yet: never run it; running: let it finish there
                    throw e;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Ends the thread after the tasks queued so far. */
    void shutdown() {
        tasks.add(STOP);
    }

    /**
     * Waits up to {@code millis} for the thread to end (not when called on this thread itself,
     * e.g. a handle closed from inside its own {@code call}). Keeps the caller's interrupt status.
     */
    void awaitTermination(long millis) {
        if (Thread.currentThread() == this) {
            return;
        }
        long deadline = System.nanoTime() + millis * 1_000_000L;
        boolean interrupted = false;
        while (isAlive()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            try {
                join(left);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
