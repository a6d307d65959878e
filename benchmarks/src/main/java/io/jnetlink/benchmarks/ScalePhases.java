package io.jnetlink.benchmarks;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventLoop;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.route.EventSync;
import io.jnetlink.route.LinkEvent;
import io.jnetlink.route.LinkSetRequest;
import io.jnetlink.route.Links;
import io.jnetlink.route.RouteEventGroup;
import io.jnetlink.route.RouteEvents;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * W6: N anonymous namespaces in one JVM, each with {@code lo} up and a link subscription that
 * lists first ({@code ip -n NS monitor link}); then every namespace changes {@code lo}'s MTU twice
 * and every subscriber must see both changes, in order. Prints (besides the timed phases
 * W6setup, W6deliver, W6teardown) the threads added, RSS growth per namespace, the CPU used
 * while idle and the delivery count, as {@code jnetlink W6.FIGURE N VALUE} lines.
 *
 * <p>Requests go through a short-lived connection per namespace (opened inside, closed after), so
 * a namespace costs its handle's fd and its subscription's socket: 2 fds, which the hard
 * {@code RLIMIT_NOFILE} bounds (20,000 here: N up to ~9,900). {@code -Djnetlink.w6.named=true}
 * makes named namespaces ({@code ip netns add}) whose handles are closed once the subscription
 * runs (the mount keeps the namespace, the subscription's socket listens on): 1 fd per namespace,
 * so N = 10,000 fits; each request then reopens the namespace by name.
 * {@code -Djnetlink.w6.idleSeconds=S} sets the idle window (default 10).
 */
final class ScalePhases implements PhaseRunner {
    static final int FIRST_MTU = 9000;
    static final int SECOND_MTU = 9100;
    private static final long TICKS_PER_SECOND = 100; // USER_HZ: /proc/PID/stat counts in 1/100 s on Linux
    private final PrintStream out;

    ScalePhases(PrintStream out) {
        this.out = out;
    }

    @Override
    public void prepare(Connections c, int n) {
        // each round makes its own namespaces: nothing to prepare
    }

    @Override
    public void run(Connections c, int n, boolean batch, Phases phases) {
        try {
            runScale(n, phases);
        } catch (IOException e) {
            throw new IllegalStateException("W6: cannot read /proc/self", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("W6 interrupted", e);
        }
    }

    private void runScale(int n, Phases phases) throws IOException, InterruptedException {
        long idleSeconds = Long.getLong("jnetlink.w6.idleSeconds", 10);
        boolean named = Boolean.getBoolean("jnetlink.w6.named");
        String prefix = "w6-" + ProcessHandle.current().pid() + "-";
        gc();
        int threads0 = threads();
        long rss0 = rssBytes();
        long heap0 = usedHeap();
        long direct0 = directBytes();
        List<NetNamespace> namespaces = new ArrayList<>(n);
        List<EventSubscription> subscriptions = new ArrayList<>(n);
        List<Follower> followers = new ArrayList<>(n);
        CountDownLatch listed = new CountDownLatch(n);
        int half = n / 2;
        long rssHalf = 0;
        long heapHalf = 0;
        long pausedNanos = 0;
        phases.starting("W6setup");
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                if (i == half && half > 0) {
                    // the marginal cost, without the one-time costs of the first namespaces (classes
                    // loaded, code compiled, libjvm and CDS pages touched): (RSS(n) - RSS(n/2)) / (n - n/2)
                    long p0 = System.nanoTime();
                    awaitListed(listed, n - half);
                    gc();
                    rssHalf = rssBytes();
                    heapHalf = usedHeap();
                    pausedNanos = System.nanoTime() - p0;
                }
                NetNamespace ns = named ? NetNamespace.create(prefix + i) : NetNamespace.create();
                apply(ns, Links.set("lo").up());
                Follower f = new Follower(listed);
                followers.add(f);
                subscriptions.add(RouteEvents.subscribe().in(ns).groups(RouteEventGroup.LINK).start(f));
                if (named) {
                    ns.close();
                } else {
                    namespaces.add(ns);
                }
            }
            if (!listed.await(60 + n / 50, TimeUnit.SECONDS)) {
                throw new IllegalStateException("W6: only " + (n - listed.getCount()) + " of " + n + " subscriptions listed");
            }
            phases.finished("W6setup", System.nanoTime() - t0 - pausedNanos);

            gc();
            long rss = rssBytes();
            long heap = usedHeap();
            figure("threads-added", n, threads() - threads0);
            figure("rss-per-namespace-bytes", n, (rss - rss0) / n);
            figure("heap-per-namespace-bytes", n, (heap - heap0) / n);
            if (half > 0) {
                figure("rss-per-namespace-marginal-bytes", n, (rss - rssHalf) / (n - half));
                figure("heap-per-namespace-marginal-bytes", n, (heap - heapHalf) / (n - half));
            }
            figure("direct-per-namespace-bytes", n, (directBytes() - direct0) / n);
            long cpu0 = cpuTicks();
            long wakeUps0 = EventLoop.shared().wakeUps();
            long w0 = System.nanoTime();
            Thread.sleep(idleSeconds * 1000);
            long wall = System.nanoTime() - w0;
            double percent = 100.0 * (cpuTicks() - cpu0) / TICKS_PER_SECOND / (wall / 1e9);
            out.println(String.format(Locale.ROOT, "jnetlink W6.idle-cpu-percent %d %.2f", n, percent));
            figure("idle-loop-wake-ups", n, EventLoop.shared().wakeUps() - wakeUps0);

            phases.starting("W6deliver");
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                NetNamespace ns = named ? NetNamespace.open(prefix + i) : namespaces.get(i);
                try (NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns)) {
                    Links.set("lo").mtu(FIRST_MTU).apply(c);
                    Links.set("lo").mtu(SECOND_MTU).apply(c);
                }
                if (named) {
                    ns.close();
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + n / 50);
            int complete = 0;
            while (System.nanoTime() < deadline) {
                complete = 0;
                for (Follower f : followers) {
                    complete += f.complete() ? 1 : 0;
                }
                if (complete == n) {
                    break;
                }
                Thread.sleep(5);
            }
            phases.finished("W6deliver", System.nanoTime() - t1);
            int inOrder = 0;
            for (Follower f : followers) {
                inOrder += f.inOrder() ? 1 : 0;
            }
            figure("delivered-complete", n, complete);
            figure("delivered-in-order", n, inOrder);
            PhaseRunner.checkCount("W6 subscribers that saw both MTU changes", n, complete);
            PhaseRunner.checkCount("W6 subscribers that saw them in order, nothing else", n, inOrder);
        } finally {
            phases.starting("W6teardown");
            long t2 = System.nanoTime();
            subscriptions.forEach(EventSubscription::close);
            namespaces.forEach(NetNamespace::close);
            if (named) {
                for (int i = 0; i < n; i++) {
                    NetNamespace.delete(prefix + i);
                }
            }
            phases.finished("W6teardown", System.nanoTime() - t2);
        }
    }

    /** Runs {@code request} on a connection opened inside {@code ns} and closed after (no cached connection). */
    private static void apply(NetNamespace ns, LinkSetRequest request) {
        try (NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns)) {
            request.apply(c);
        }
    }

    /** Waits until at most {@code remaining} subscriptions have not listed yet. */
    private static void awaitListed(CountDownLatch listed, int remaining) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + remaining / 50);
        while (listed.getCount() > remaining) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("W6: the first half of the subscriptions did not list");
            }
            Thread.sleep(5);
        }
    }

    private void figure(String name, int n, long value) {
        out.println("jnetlink W6." + name + " " + n + " " + value);
    }

    /** Counts what one namespace's subscriber sees: LISTED, then lo's MTU changes. */
    static final class Follower implements java.util.function.Consumer<Object> {
        private final CountDownLatch listed;
        private final AtomicInteger state = new AtomicInteger(); // 0 none, 1 first MTU seen, 2 both in order, -1 out of order
        private volatile boolean wasListed;

        Follower(CountDownLatch listed) {
            this.listed = listed;
        }

        @Override
        public void accept(Object e) {
            if (e instanceof EventSync s && s.signal() == SyncSignal.LISTED && !wasListed) {
                wasListed = true;
                listed.countDown();
            } else if (e instanceof LinkEvent l && l.type() == ChangeType.CHANGED && wasListed) {
                int mtu = l.link().mtu();
                int s = state.get();
                if (mtu == FIRST_MTU) {
                    state.set(s == 0 ? 1 : -1);
                } else if (mtu == SECOND_MTU) {
                    state.set(s == 1 ? 2 : -1);
                }
            }
        }

        boolean complete() {
            return state.get() == 2 || state.get() == -1;
        }

        boolean inOrder() {
            return state.get() == 2;
        }
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    /** Used heap after the GCs of {@link #gc()}: what the namespaces and subscriptions retain on the heap. */
    private static long usedHeap() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Direct buffer memory in use ({@code ByteBuffer.allocateDirect}). */
    private static long directBytes() {
        for (java.lang.management.BufferPoolMXBean pool
                : java.lang.management.ManagementFactory.getPlatformMXBeans(java.lang.management.BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                return pool.getMemoryUsed();
            }
        }
        return 0;
    }

    private static int threads() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/task"))) {
            return (int) s.count();
        }
    }

    private static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }

    /** utime + stime of the whole process, in clock ticks (fields 14 and 15 of /proc/self/stat). */
    private static long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
