package io.jnetlink.core.event;

import io.jnetlink.core.Epoll;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one thread that reads every {@link NetlinkSubscription} of the process: an epoll instance
 * over all their sockets, one receive buffer and one reader. It sleeps in {@code epoll_wait}
 * without a timeout until a datagram arrives or a subscription is added, closed or resumed, so
 * 10,000 idle subscriptions cost no CPU; a subscription that asked for {@link
 * SubscriptionHandler#idleMillis() idle calls} (a state follower while its dumps run) sets the
 * only timeout there is.
 *
 * <p>Handlers run on this thread: one slow handler delays every subscription, so work that takes
 * long belongs on an executor ({@code .executor(…)} of the typed subscriptions). The thread is
 * born in the process's network namespace and lives for the rest of the process once the first
 * subscription starts. The figures here are for diagnostics and tests.
 */
public final class EventLoop {
    /** Ready fds handled per wake-up; more are reported by the next epoll_wait (level-triggered). */
    private static final int MAX_EVENTS = 256;
    /** Datagrams read from one socket per wake-up before the others get their turn. */
    private static final int DATAGRAMS_PER_TURN = 64;
    private static volatile EventLoop shared;

    private final Epoll epoll = Epoll.open(MAX_EVENTS);
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    /** Subscriptions that asked for idle calls (few: followers whose dumps run); O(1) add and remove. */
    private final Set<NetlinkSubscription> timed = new LinkedHashSet<>();
    private final Registry registry = new Registry();
    private final AtomicLong wakeUps = new AtomicLong();
    private final AtomicLong timedWakeUps = new AtomicLong();
    private final Thread thread;
    private final ReceiveBuffer buffer = new ReceiveBuffer();
    private NetlinkSubscription dispatching;

    private EventLoop() {
        this.thread = ProcessThreads.start("jnetlink-events", this::loop);
    }

    /**
     * The process's event loop, started on first use.
     *
     * @return the shared event loop
     */
    public static EventLoop shared() {
        EventLoop loop = shared;
        if (loop == null) {
            synchronized (EventLoop.class) {
                loop = shared;
                if (loop == null) {
                    loop = new EventLoop();
                    shared = loop;
                }
            }
        }
        return loop;
    }

    /** {@return how often the loop woke up (epoll_wait returned), for any reason} */
    public long wakeUps() {
        return wakeUps.get();
    }

    /**
     * How often the loop woke up because a timeout passed: only while some subscription asked for
     * idle calls; 0 growth while everything is idle.
     *
     * @return the count of timed wake-ups since the loop started
     */
    public long timedWakeUps() {
        return timedWakeUps.get();
    }

    /** {@return how many subscriptions the loop reads} */
    public int subscriptions() {
        return registry.size();
    }

    /** {@return the loop's thread} */
    public Thread thread() {
        return thread;
    }

    /** {@return whether the calling thread is the loop's} */
    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** The subscription whose handler runs now on the loop thread (null elsewhere or between calls). */
    NetlinkSubscription dispatching() {
        return inLoop() ? dispatching : null;
    }

    /** The subscription whose handler runs on the calling thread, if it is the event loop's; else null. */
    static NetlinkSubscription currentSubscription() {
        EventLoop loop = shared;
        return loop == null ? null : loop.dispatching();
    }

    /** Runs {@code command} on the loop thread (soon; at once if called there). */
    void execute(Runnable command) {
        if (inLoop()) {
            command.run();
            return;
        }
        commands.add(command);
        epoll.wake();
    }

    /** Called on the loop: assigns the subscription's token and watches its socket. */
    long register(NetlinkSubscription s) {
        long token = registry.add(s);
        epoll.add(s.socket().fd(), token);
        return token;
    }

    /** Called from any thread, before the socket is closed: stops watching it. */
    void unwatch(int fd) {
        epoll.remove(fd);
    }

    /** Called on the loop once a subscription has ended. */
    void forget(NetlinkSubscription s, long token) {
        registry.remove(token);
        timed.remove(s);
    }

    /** Switches reading a socket on or off (a paused subscription's datagrams wait in the kernel). */
    void watch(NetlinkSubscription s, long token, boolean readable) {
        epoll.modify(s.socket().fd(), token, readable);
    }

    private void loop() {
        while (true) {
            int timeout = nextTimeoutMillis();
            int n = epoll.await(timeout);
            wakeUps.incrementAndGet();
            if (n == 0 && timeout >= 0) {
                timedWakeUps.incrementAndGet();
            }
            runCommands();
            for (int i = 0; i < n; i++) {
                long token = epoll.token(i);
                if (token == Epoll.WAKE_TOKEN) {
                    continue;
                }
                NetlinkSubscription s = registry.get(token);
                if (s != null) {
                    read(s);
                }
            }
            runCommands();
            fireIdleCalls();
        }
    }

    private void runCommands() {
        Runnable c;
        while ((c = commands.poll()) != null) {
            try {
                c.run();
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }

    private void read(NetlinkSubscription s) {
        dispatching = s;
        try {
            s.readSome(buffer, DATAGRAMS_PER_TURN);
            scheduleIdleCall(s);
        } finally {
            dispatching = null;
        }
    }

    /** Called on the loop after a subscription's handler ran: it may want (or no longer want) idle calls. */
    void scheduleIdleCall(NetlinkSubscription s) {
        long millis = s.isOpen() ? s.idleMillis() : -1;
        if (millis < 0) {
            timed.remove(s);
            return;
        }
        s.idleDeadline = System.nanoTime() + millis * 1_000_000L;
        timed.add(s);
    }

    private int nextTimeoutMillis() {
        if (timed.isEmpty()) {
            return -1;
        }
        long now = System.nanoTime();
        long earliest = Long.MAX_VALUE;
        for (NetlinkSubscription s : timed) {
            earliest = Math.min(earliest, s.idleDeadline - now);
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, (earliest + 999_999) / 1_000_000));
    }

    private void fireIdleCalls() {
        if (timed.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        for (NetlinkSubscription s : new ArrayList<>(timed)) {
            if (s.idleDeadline - now <= 0) {
                dispatching = s;
                try {
                    s.idle();
                } finally {
                    dispatching = null;
                }
                scheduleIdleCall(s);
            }
        }
    }

    /** Subscriptions by token: slot index in the low 32 bits, a generation above, so stale events miss. */
    private static final class Registry {
        private NetlinkSubscription[] slots = new NetlinkSubscription[64];
        private int[] generations = new int[64];
        private int[] free = new int[64];
        private int freeCount;
        private int used;
        private int size;

        synchronized long add(NetlinkSubscription s) {
            int slot;
            if (freeCount > 0) {
                slot = free[--freeCount];
            } else {
                if (used == slots.length) {
                    slots = java.util.Arrays.copyOf(slots, used * 2);
                    generations = java.util.Arrays.copyOf(generations, used * 2);
                    free = java.util.Arrays.copyOf(free, used * 2);
                }
                slot = used++;
            }
            slots[slot] = s;
            size++;
            return ((long) generations[slot] << 32) | slot;
        }

        synchronized NetlinkSubscription get(long token) {
            int slot = (int) token;
            if (slot < 0 || slot >= used || generations[slot] != (int) (token >>> 32)) {
                return null;
            }
            return slots[slot];
        }

        synchronized void remove(long token) {
            int slot = (int) token;
            if (get(token) == null) {
                return;
            }
            slots[slot] = null;
            generations[slot]++;
            free[freeCount++] = slot;
            size--;
        }

        synchronized int size() {
            return size;
        }
    }
}
