package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.jnetlink.core.ItSupport.openFds;
import static io.jnetlink.core.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life of a namespace handle (issue #11, items 4, 5, 12, 13, 14): a request keeps the
 * namespace it names open until answered, first use from an interrupted thread neither leaks a
 * socket nor loses the interrupt, sysctl and delete fail clearly, close does not wait for running work.
 */
class NamespaceHandleIT {
    private static final int RTM_NEWLINK = 16;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_NET_NS_FD = 28;
    private static final int IFLA_INFO_KIND = 1;
    private static final int IFLA_INFO_DATA = 2;
    private static final int VETH_INFO_PEER = 1;
    private static final int IFINFOMSG_LENGTH = 16;

    /** {@code ip link add NAME type veth peer name PEER netns <fd of peerNs>}, reading the fd while encoding. */
    private static RequestEncoder vethWithPeerIn(String name, String peer, NetNamespace peerNs) {
        return w -> {
            int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
            w.reserve(IFINFOMSG_LENGTH);
            w.putAttrString(IFLA_IFNAME, name);
            int info = w.beginNested(IFLA_LINKINFO);
            w.putAttrString(IFLA_INFO_KIND, "veth");
            int data = w.beginNested(IFLA_INFO_DATA);
            int p = w.beginNested(VETH_INFO_PEER);
            w.reserve(IFINFOMSG_LENGTH);
            w.putAttrString(IFLA_IFNAME, peer);
            w.putAttrU32(IFLA_NET_NS_FD, peerNs.fd());
            w.endNested(p);
            w.endNested(data);
            w.endNested(info);
            w.endMessage(m);
        };
    }

    private static String links(NetNamespace ns) throws Exception {
        return ItSupport.run(ns.start(new ProcessBuilder("ip", "-o", "link")));
    }

    @Test
    void shouldKeepANamespaceABatchNamesOpenUntilApplied() throws Exception {
        NetNamespace target = NetNamespace.create();
        // a second handle on the same namespace, to look inside after the first is closed
        try (NetNamespace sameAsTarget = NetNamespace.open(Path.of("/proc/self/fd/" + target.fd()));
             NetNamespace owner = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, owner)) {
            NetlinkBatch batch = NetlinkBatch.on(c).add(vethWithPeerIn("va0", "vb0", target));
            int numberInBatch = target.fd();
            target.close();
            // the lowest free number goes to the next open: it must not be the one written in the batch
            try (NetNamespace other = NetNamespace.create()) {
                assertTrue(other.fd() != numberInBatch, "the fd number named in the batch was reused");
                batch.apply();
                assertTrue(links(sameAsTarget).contains("vb0"), "the peer is in the namespace the request named");
                assertFalse(links(other).contains("vb0"), "the peer landed in another namespace");
            }
            assertFalse(sameAsTarget.id().equals(namespaceOf(numberInBatch)), "the closed handle's fd is released after apply");
        }
    }

    @Test
    void shouldReleaseANamespaceADiscardedBatchNamed() throws Exception {
        try (NetNamespace owner = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, owner)) {
            NetNamespace target = NetNamespace.create();
            String id = target.id();
            int fd = target.fd();
            NetlinkBatch batch = NetlinkBatch.on(c).add(vethWithPeerIn("va1", "vb1", target));
            target.close();
            assertEquals(id, namespaceOf(fd), "held open by the batch");
            batch.clear();
            assertFalse(id.equals(namespaceOf(fd)), "released by clear()");
        }
    }

    @Test
    void shouldHoldANamespaceARequestNamesWhileItIsSent() throws Exception {
        // the request closes the handle after reading its fd, as another thread could between encode and send
        try (NetNamespace owner = NetNamespace.create();
             NetNamespace probe = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, owner)) {
            NetNamespace target = NetNamespace.create();
            String targetId = target.id();
            RequestEncoder veth = vethWithPeerIn("va2", "vb2", target);
            int[] seen = new int[1];
            c.request("veth with a peer in a namespace closed meanwhile", w -> {
                veth.encode(w);
                seen[0] = target.fd();
                target.close();
                assertEquals(targetId, namespaceOf(seen[0]), "the fd is still the namespace's until answered");
            });
            assertFalse(targetId.equals(namespaceOf(seen[0])), "released once answered");
            assertFalse(links(probe).contains("vb2"));
        }
    }

    private static String namespaceOf(int fd) {
        try {
            return "net:[" + Files.getAttribute(Path.of("/proc/self/fd/" + fd), "unix:ino") + "]";
        } catch (java.io.IOException gone) {
            return "closed";
        }
    }

    @Test
    void shouldNeitherLeakASocketNorLoseTheInterruptOnFirstUseFromAnInterruptedThread() throws Exception {
        for (int i = 0; i < 10; i++) { // warm-up
            try (NetNamespace ns = NetNamespace.create()) {
                ns.connection(Netlink.NETLINK_ROUTE);
            }
        }
        int fds = openFds();
        for (int i = 0; i < 100; i++) {
            NetNamespace ns = NetNamespace.create();
            Thread.currentThread().interrupt();
            NetlinkConnection c = ns.connection(Netlink.NETLINK_ROUTE);
            assertTrue(Thread.interrupted(), "the interrupt status is kept");
            assertTrue(c.isOpen());
            ns.close();
            assertFalse(c.isOpen(), "the handle's connection closed with it");
        }
        // an interrupt that arrives while the caller waits for the socket
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 100; i++) {
                NetNamespace ns = NetNamespace.create();
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> user = pool.submit(() -> {
                    go.countDown();
                    NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns);
                    c.close();
                    ns.connection(Netlink.NETLINK_ROUTE);
                    return Thread.interrupted();
                });
                go.await();
                TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(300));
                user.cancel(true); // interrupts the user's thread somewhere in the opens
                ns.close();
            }
            pool.submit(() -> null).get(); // the last user has finished
        } finally {
            pool.shutdown();
        }
        assertTrue(openFds() <= fds + 3, "fds " + fds + " -> " + openFds() + ": sockets leaked");
    }

    @Test
    void shouldRefuseADirectoryOrUnknownSysctlKeyNamingIt() {
        try (NetNamespace ns = NetNamespace.create()) {
            IllegalArgumentException dir = assertThrows(IllegalArgumentException.class, () -> ns.sysctl("net.ipv4"));
            assertTrue(dir.getMessage().contains("net.ipv4") && dir.getMessage().contains("directory"), dir.getMessage());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> ns.sysctl("net.ipv4.no_such_key"));
            assertTrue(unknown.getMessage().contains("net.ipv4.no_such_key"), unknown.getMessage());
            IllegalArgumentException write = assertThrows(IllegalArgumentException.class,
                    () -> ns.sysctl("net.ipv4.conf", "1"));
            assertTrue(write.getMessage().contains("net.ipv4.conf"), write.getMessage());
            assertEquals("0", ns.sysctl("net.ipv4.ip_forward"));
        }
    }

    @Test
    void shouldDeleteOnceAndSayWhenTheNamespaceIsGone() throws Exception {
        String name = uniqueName("del");
        NetNamespace ns = NetNamespace.create(name);
        ns.delete();
        ns.delete(); // a second delete through the same handle: nothing to do
        assertFalse(NetNamespace.list().contains(name));

        String other = uniqueName("del");
        NetNamespace ns2 = NetNamespace.create(other);
        ItSupport.run("ip", "netns", "del", other);
        IllegalStateException gone = assertThrows(IllegalStateException.class, ns2::delete);
        assertTrue(gone.getMessage().contains(other) && gone.getMessage().contains("gone"), gone.getMessage());
        assertFalse(ns2.isOpen());
    }

    @Test
    void shouldRemoveAStaleNamespaceFileByName() throws Exception {
        String name = uniqueName("stale");
        Files.createDirectories(NetNamespace.NETNS_RUN_DIR);
        Files.createFile(NetNamespace.NETNS_RUN_DIR.resolve(name)); // what a crash between create and mount leaves
        assertTrue(NetNamespace.list().contains(name));
        assertTrue(NetNamespace.delete(name));
        assertFalse(NetNamespace.list().contains(name));
        assertFalse(NetNamespace.delete(name), "nothing left to delete");
        String mounted = uniqueName("stale");
        NetNamespace.create(mounted).close(); // a real one whose handle is gone
        assertTrue(NetNamespace.delete(mounted));
        assertFalse(NetNamespace.list().contains(mounted));
        assertThrows(IllegalArgumentException.class, () -> NetNamespace.delete("../etc"));
    }

    @Test
    void shouldCloseWithoutWaitingForRunningWorkAndReleaseTheFdWhenItEnds() throws Exception {
        NetNamespace ns = NetNamespace.create();
        String id = ns.id();
        int fd = ns.fd();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<String> work = caller.submit(() -> ns.call(() -> {
                running.countDown();
                release.await();
                return ItSupport.threadNamespace(); // still inside, after close
            }));
            assertTrue(running.await(5, TimeUnit.SECONDS));
            long t0 = System.nanoTime();
            ns.close();
            long closeMillis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(closeMillis < 500, "close() waited " + closeMillis + " ms for running work");
            assertThrows(IllegalStateException.class, () -> ns.call(() -> 1), "new work is refused");
            assertEquals(id, namespaceOf(fd), "the fd stays open while work runs inside");
            release.countDown();
            assertEquals(id, work.get(5, TimeUnit.SECONDS), "the running work finished inside its namespace");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (id.equals(namespaceOf(fd)) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertFalse(id.equals(namespaceOf(fd)), "the fd is closed once the work has ended");
        } finally {
            release.countDown();
            caller.shutdown();
        }
    }

    @Test
    void shouldEnterOnDemandWithoutAResidentThreadPerHandle() throws Exception {
        int threads = ItSupport.liveThreads();
        NetNamespace[] many = new NetNamespace[50];
        for (int i = 0; i < many.length; i++) {
            many[i] = NetNamespace.create();
            many[i].connection(Netlink.NETLINK_ROUTE);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ItSupport.liveThreads() > threads + NamespaceThreads.MAX_IDLE && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try {
            assertTrue(ItSupport.liveThreads() <= threads + NamespaceThreads.MAX_IDLE,
                    "50 open handles keep " + (ItSupport.liveThreads() - threads) + " threads");
            // and they still work: a thread enters on demand
            for (NetNamespace ns : many) {
                assertEquals(ns.id(), ns.call(ItSupport::threadNamespace));
            }
        } finally {
            for (NetNamespace ns : many) {
                ns.close();
            }
        }
    }
}
