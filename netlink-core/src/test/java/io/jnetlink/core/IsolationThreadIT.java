package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After every failure path — a path that is not a namespace (bad fd), a namespace deleted or
 * closed before or while it is used, an exception or error thrown inside {@code call} — every
 * calling thread is still in the namespace it started in ({@code /proc/thread-self/ns/net}),
 * namespace threads stay in theirs, and once every handle is closed no task of the process is
 * left in any namespace but the process's own.
 */
class IsolationThreadIT {
    private static final int THREADS = 16;
    private static final int ROUNDS = 30;

    static String threadNamespace() throws IOException {
        return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
    }

    /** Every failure path once; asserts the caller never moved. Returns how many paths ran. */
    static int failurePaths(String home, int thread, int round) throws Exception {
        int paths = 0;
        // a bad fd: files that are not network namespaces
        for (Path notANamespace : List.of(Path.of("/proc/self/status"), Path.of("/nonexistent/ns"), Path.of("/proc/self/ns/mnt"))) {
            assertThrows(RuntimeException.class, () -> NetNamespace.open(notANamespace).close());
            assertEquals(home, threadNamespace(), "after open(" + notANamespace + ")");
            paths++;
        }
        // an exception and an error thrown inside call; the namespace thread stays where it is
        try (NetNamespace ns = NetNamespace.create()) {
            String inside = ns.id();
            assertThrows(IOException.class, () -> ns.call(() -> {
                throw new IOException("inside");
            }));
            assertThrows(StackOverflowError.class, () -> ns.call(IsolationThreadIT::recurse));
            assertEquals(1, ns.call(() -> ns.call(() -> 1)), "a call from inside call runs, no deadlock");
            assertEquals(home, threadNamespace(), "after exceptions inside call");
            assertEquals(inside, ns.call(IsolationThreadIT::threadNamespace), "the namespace thread moved");
            paths += 3;
            // a request failing in the namespace: still home
            NetlinkConnection c = ns.connection(Netlink.NETLINK_ROUTE);
            assertThrows(NetlinkException.class, () -> c.request("RTM_DELLINK index 99999", w -> {
                int m = w.beginMessage(17 /* RTM_DELLINK */, 0);
                int hdr = w.reserve(16);
                w.putU32At(hdr + 4, 99_999);
                w.endMessage(m);
            }));
            assertEquals(home, threadNamespace());
            paths++;
        }
        // a named namespace deleted, then used through the old handle and reopened by name
        String name = "iso-" + ProcessHandle.current().pid() + "-" + thread + "-" + round;
        NetNamespace named = NetNamespace.create(name);
        NetNamespace second = NetNamespace.open(name);
        named.delete();
        assertThrows(IllegalStateException.class, () -> named.call(() -> 1));
        assertThrows(IllegalStateException.class, () -> named.connection(Netlink.NETLINK_ROUTE));
        NetlinkException gone = assertThrows(NetlinkException.class, () -> NetNamespace.open(name));
        assertEquals(Errno.ENOENT, gone.errno());
        // the second handle keeps the namespace alive and usable
        String stillThere = second.call(IsolationThreadIT::threadNamespace);
        assertEquals(second.id(), stillThere);
        second.close();
        assertThrows(IllegalStateException.class, () -> second.call(() -> 1));
        assertEquals(home, threadNamespace(), "after deleted/closed namespaces");
        paths += 5;
        return paths;
    }

    private static Object recurse() {
        return recurse();
    }

    /** The network namespace of every task of this process. */
    static Map<String, String> taskNamespaces() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    out.put(task.getFileName().toString(), Files.readSymbolicLink(task.resolve("ns/net")).toString());
                } catch (IOException exited) {
                    // the task ended while we listed
                }
            }
        }
        return out;
    }

    @Test
    void everyThreadStaysInItsNamespaceThroughEveryFailurePath() throws Exception {
        String home = threadNamespace();
        assertSame(NetNamespace.current(), NetNamespace.current());
        // tasks elsewhere before this test (namespace threads of handles other tests in this JVM still hold)
        Map<String, String> before = taskNamespaces();
        before.values().removeIf(home::equals);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                String start = threadNamespace();
                int paths = 0;
                for (int r = 0; r < ROUNDS; r++) {
                    paths += failurePaths(start, thread, r);
                }
                assertEquals(start, threadNamespace());
                return paths;
            }));
        }
        int paths = 0;
        for (Future<Integer> f : results) {
            paths += f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(home, threadNamespace());
        // every namespace handle is closed: their threads have ended, nobody else was ever moved
        Map<String, String> strays = new TreeMap<>();
        for (int wait = 0; wait < 50; wait++) {
            strays = taskNamespaces();
            strays.values().removeIf(home::equals);
            strays.keySet().removeAll(before.keySet());
            if (strays.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(Map.of(), strays, "tasks this test left in another namespace");
        System.out.printf("IsolationThreadIT: %d threads x %d rounds = %d failure paths, every thread home%n", THREADS, ROUNDS,
                paths);
    }
}
