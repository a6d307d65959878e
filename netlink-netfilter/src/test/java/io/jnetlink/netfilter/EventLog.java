package io.jnetlink.netfilter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Test subscriber: every event in order, with waiting. */
final class EventLog<E> implements Consumer<E> {
    private final List<E> events = new ArrayList<>();
    private volatile RuntimeException error;

    @Override
    public synchronized void accept(E e) {
        events.add(e);
        notifyAll();
    }

    synchronized void fail(RuntimeException e) {
        error = e;
        notifyAll();
    }

    synchronized List<E> events() {
        return new ArrayList<>(events);
    }

    /** Waits for an event matching {@code p} at or after {@code from}; returns its index. */
    synchronized int await(int from, Predicate<E> p, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        int i = from;
        while (true) {
            for (; i < events.size(); i++) {
                if (p.test(events.get(i))) {
                    return i;
                }
            }
            if (error != null) {
                throw new AssertionError("the subscription failed while waiting for " + what, error);
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no " + what + " within 15 s; got " + events);
            }
            wait(left);
        }
    }
}
