package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.jnetlink.route.RouteIpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many threads on one shared connection, and on several namespaces at once: every reply reaches
 * its caller (each thread checks that what it got back is about its own link and its own route),
 * and the final kernel state equals the state the operations must leave, in every namespace.
 */
class ConcurrencyIT {
    static final int THREADS = 8;
    static final int OPERATIONS = Integer.getInteger("jnetlink.concurrency.operations", 10_000);

    /** Address k of thread t: 10.(t+1).(k/256).(k%256)/32. */
    static String address(int t, int k) {
        return "10." + (t + 1) + "." + (k >> 8) + "." + (k & 255);
    }

    /** Whether address k survives the run: added (k%4==0) and never deleted (k%40==0). */
    static boolean kept(int k) {
        return k % 40 == 0;
    }

    /**
     * The operations of thread {@code t}: add an address, get its own link (index and name must be
     * its own), delete the address added two steps earlier (unless kept), dump the main table (it
     * must hold its own route). Returns how many operations ran.
     */
    static int work(int t, String dev, int expectedIndex, NetlinkConnection c, NetNamespace ns, int operations) {
        String ownRoute = "10.200." + t + ".0/24";
        for (int k = 0; k < operations; k++) {
            switch (k % 4) {
                case 0 -> apply(Addresses.add(address(t, k) + "/32").dev(dev), c, ns);
                case 1 -> {
                    Link link = (c != null ? Links.get(dev, c) : Links.get(dev, ns)).orElseThrow(
                            () -> new AssertionError(dev + " missing"));
                    assertEquals(dev, link.name(), "a reply meant for another caller");
                    assertEquals(expectedIndex, link.index(), "a reply meant for another caller");
                }
                case 2 -> {
                    if (!kept(k - 2)) {
                        apply(Addresses.delete(address(t, k - 2) + "/32").dev(dev), c, ns);
                    }
                }
                default -> {
                    List<Route> routes = c != null ? Routes.show().ipv4().apply(c) : Routes.show().ipv4().in(ns).apply();
                    assertTrue(routes.stream().anyMatch(r -> r.prefix().toString().equals(ownRoute)
                            && r.outputIndex() == expectedIndex), "route dump without " + ownRoute);
                }
            }
        }
        return operations;
    }

    private static void apply(io.jnetlink.core.NetlinkRequest<?, ?> request, NetlinkConnection c, NetNamespace ns) {
        if (c != null) {
            request.apply(c);
        } else {
            request.in(ns).apply();
        }
    }

    static void prepare(NetNamespace ns, int t, String dev) {
        ip(ns, "link", "add", dev, "type", "veth", "peer", "name", "p" + dev); // no dummy module in a user namespace
        ip(ns, "link", "set", "p" + dev, "up");
        ip(ns, "link", "set", dev, "up");
        ip(ns, "route", "add", "10.200." + t + ".0/24", "dev", dev);
    }

    /** The IPv4 addresses on {@code dev} as ip prints them. */
    static Set<String> addresses(NetNamespace ns, String dev) {
        Set<String> out = new TreeSet<>();
        for (String line : ip(ns, "-4", "-o", "addr", "show", "dev", dev).split("\n")) {
            String[] f = line.trim().split("\\s+");
            for (int i = 0; i + 1 < f.length; i++) {
                if (f[i].equals("inet")) {
                    out.add(f[i + 1]);
                }
            }
        }
        return out;
    }

    static Set<String> expected(int t, int operations) {
        Set<String> out = new TreeSet<>();
        for (int k = 0; k < operations; k += 4) {
            // the last add of the run has no delete after it when operations ends before k+2
            if (kept(k) || k + 2 >= operations) {
                out.add(address(t, k) + "/32");
            }
        }
        return out;
    }

    @Test
    void eightThreadsShareOneConnection() throws Exception {
        try (NetNamespace ns = NetNamespace.create()) {
            NetlinkConnection shared = ns.connection(Netlink.NETLINK_ROUTE);
            int[] index = new int[THREADS];
            for (int t = 0; t < THREADS; t++) {
                prepare(ns, t, "d" + t);
                index[t] = Links.get("d" + t, ns).orElseThrow().index();
            }
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> work(thread, "d" + thread, index[thread], shared, null, OPERATIONS)));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            long millis = (System.nanoTime() - start) / 1_000_000;
            for (int t = 0; t < THREADS; t++) {
                assertEquals(expected(t, OPERATIONS), addresses(ns, "d" + t), "final addresses of d" + t);
            }
            System.out.printf("ConcurrencyIT: %d threads x %d operations = %d on one connection in %d ms (%.0f ops/s)%n",
                    THREADS, OPERATIONS, total, millis, total * 1000.0 / millis);
        }
    }

    @Test
    void fourNamespacesTwoThreadsEachAtOnce() throws Exception {
        int namespaces = 4;
        int perThread = OPERATIONS / 2;
        List<NetNamespace> all = new ArrayList<>();
        try {
            for (int n = 0; n < namespaces; n++) {
                all.add(NetNamespace.create());
            }
            int[][] index = new int[namespaces][2];
            for (int n = 0; n < namespaces; n++) {
                for (int d = 0; d < 2; d++) {
                    int t = n * 2 + d; // globally unique thread number: distinct addresses and routes per namespace
                    prepare(all.get(n), t, "d" + d);
                    index[n][d] = Links.get("d" + d, all.get(n)).orElseThrow().index();
                }
            }
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(namespaces * 2);
            List<Future<Integer>> done = new ArrayList<>();
            for (int n = 0; n < namespaces; n++) {
                for (int d = 0; d < 2; d++) {
                    NetNamespace ns = all.get(n);
                    int t = n * 2 + d;
                    String dev = "d" + d;
                    int idx = index[n][d];
                    Callable<Integer> job = () -> work(t, dev, idx, null, ns, perThread);
                    done.add(pool.submit(job));
                }
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            long millis = (System.nanoTime() - start) / 1_000_000;
            for (int n = 0; n < namespaces; n++) {
                for (int d = 0; d < 2; d++) {
                    assertEquals(expected(n * 2 + d, perThread), addresses(all.get(n), "d" + d),
                            "final addresses of d" + d + " in namespace " + n);
                }
                // no cross-talk: nothing but this namespace's two links carries an address of 10.1-8
                String mine1 = "10." + (n * 2 + 1) + ".";
                String mine2 = "10." + (n * 2 + 2) + ".";
                String others = ip(all.get(n), "-4", "-o", "addr", "show").lines()
                        .filter(l -> !l.contains(" lo ")).map(l -> l.trim().split("\\s+")[3])
                        .filter(a -> !a.startsWith(mine1) && !a.startsWith(mine2))
                        .collect(Collectors.joining(" "));
                assertEquals("", others, "addresses of other namespaces in namespace " + n);
            }
            System.out.printf("ConcurrencyIT: %d namespaces x 2 threads x %d operations = %d in %d ms (%.0f ops/s)%n",
                    namespaces, perThread, total, millis, total * 1000.0 / millis);
        } finally {
            all.forEach(NetNamespace::close);
        }
    }
}
