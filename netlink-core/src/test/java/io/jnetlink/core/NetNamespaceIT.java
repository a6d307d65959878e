package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.Capabilities;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import static io.jnetlink.core.ItSupport.interfaceNames;
import static io.jnetlink.core.ItSupport.link;
import static io.jnetlink.core.ItSupport.run;
import static io.jnetlink.core.ItSupport.threadNamespace;
import static io.jnetlink.core.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetNamespaceIT {
    @Test
    void shouldCreateListOpenAndDeleteNamedNamespaces() throws Exception {
        String name = uniqueName("red");
        NetNamespace red = NetNamespace.create(name);
        try {
            assertTrue(NetNamespace.list().contains(name));
            assertTrue(Files.exists(NetNamespace.NETNS_RUN_DIR.resolve(name)));
            NetlinkException dup = assertThrows(NetlinkException.class, () -> NetNamespace.create(name));
            assertEquals(Errno.EEXIST, dup.errno());
            assertTrue(NetNamespace.list().contains(name), "a failed duplicate create leaves the original");
            try (NetNamespace again = NetNamespace.open(name)) {
                assertEquals(red.id(), again.id());
                assertNotEquals(NetNamespace.current().id(), again.id());
                assertEquals(name, again.name().orElseThrow());
            }
        } finally {
            red.delete();
        }
        assertFalse(NetNamespace.list().contains(name));
        assertFalse(red.isOpen());
        assertThrows(IllegalStateException.class, () -> red.call(() -> 1));
        NetlinkException gone = assertThrows(NetlinkException.class, () -> NetNamespace.open(name));
        assertEquals(Errno.ENOENT, gone.errno());
    }

    @Test
    void shouldOpenANamespaceMadeByIpNetnsAsTheSameInode() throws Exception {
        String name = uniqueName("ipmade");
        run("ip", "netns", "add", name);
        try (NetNamespace ns = NetNamespace.open(name)) {
            // a child started by `ip netns exec` lives in the namespace iproute2 made
            String child = run("ip", "netns", "exec", name, "readlink", "/proc/self/ns/net").trim();
            assertEquals(child, ns.id());
            // and ip netns identify of our thread's namespace names it
            String pid = String.valueOf(ns.call(() -> ProcessHandle.current().pid()));
            assertTrue(NetNamespace.list().contains(name));
            Process sleeper = ns.start(new ProcessBuilder("sleep", "30"));
            try {
                assertEquals(name, run("ip", "netns", "identify", String.valueOf(sleeper.pid())).trim());
                assertEquals(ns.id(), link("/proc/" + sleeper.pid() + "/ns/net"));
            } finally {
                sleeper.destroy();
                sleeper.waitFor();
            }
            assertFalse(pid.isEmpty());
        } finally {
            run("ip", "netns", "del", name);
        }
        assertFalse(NetNamespace.list().contains(name));
    }

    @Test
    void shouldBeSeenByIpAfterCreate() throws Exception {
        String name = uniqueName("blue");
        NetNamespace blue = NetNamespace.create(name);
        try {
            assertTrue(run("ip", "netns", "list").lines().anyMatch(l -> l.split(" ")[0].equals(name)));
            String json = run("ip", "-n", name, "-j", "link", "show");
            assertEquals(List.of("lo"), interfaceNames(json));
            run("ip", "-n", name, "link", "add", "va", "type", "veth", "peer", "name", "vb");
            String inside = run(blue.start(new ProcessBuilder("ip", "-j", "link", "show")));
            assertEquals(List.of("lo", "va", "vb"), interfaceNames(inside).stream().sorted().toList());
            assertFalse(interfaceNames(run("ip", "-j", "link", "show")).contains("va"), "not in the test's own namespace");
            assertEquals(blue.id(), run("ip", "netns", "exec", name, "readlink", "/proc/self/ns/net").trim());
        } finally {
            blue.delete();
        }
        assertFalse(run("ip", "netns", "list").lines().anyMatch(l -> l.split(" ")[0].equals(name)));
    }

    @Test
    void shouldRunCallAndStartInsideWhileTheCallerStaysWhereItWas() throws Exception {
        String before = threadNamespace();
        try (NetNamespace ns = NetNamespace.create()) {
            String inside = ns.call(ItSupport::threadNamespace);
            assertNotEquals(before, inside);
            assertEquals(inside, ns.id());
            assertEquals(before, threadNamespace());
            assertSame(ns, ns.call(NetNamespace::current), "current() on the namespace thread is its handle");

            IOException thrown = assertThrows(IOException.class, () -> ns.call(() -> {
                throw new IOException("boom");
            }));
            assertEquals("boom", thrown.getMessage());
            assertThrows(IllegalStateException.class, () -> ns.run(() -> {
                throw new IllegalStateException("bang");
            }));
            assertEquals(before, threadNamespace());

            Process p = ns.start(new ProcessBuilder("readlink", "/proc/self/ns/net"));
            assertEquals(inside, run(p).trim());
            assertEquals(before, threadNamespace());

            // the same from a pooled and a virtual-thread-free executor: nobody is moved
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CompletableFuture<String> fromPool = CompletableFuture.supplyAsync(() -> {
                    try {
                        String mine = threadNamespace();
                        String theirs = ns.call(ItSupport::threadNamespace);
                        return mine + "|" + theirs + "|" + threadNamespace();
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }, pool);
                assertEquals(before + "|" + inside + "|" + before, fromPool.get());
            } finally {
                pool.shutdown();
            }
            // a socket opened there lives there: its netlink dump shows only lo
            assertEquals(List.of("lo"), interfaceNames(run(ns.start(new ProcessBuilder("ip", "-j", "link")))));
        }
        assertEquals(before, threadNamespace());
    }

    @Test
    void shouldReadAndWriteSysctlsPerNamespace() throws Exception {
        try (NetNamespace a = NetNamespace.create(); NetNamespace b = NetNamespace.create()) {
            a.sysctl("net.ipv4.ip_forward", "1");
            b.sysctl("net/ipv4/ip_forward", "0");
            assertEquals("1", a.sysctl("net.ipv4.ip_forward").trim());
            assertEquals("0", b.sysctl("net.ipv4.ip_forward").trim());
            assertEquals("1", run(a.start(new ProcessBuilder("cat", "/proc/sys/net/ipv4/ip_forward"))).trim());
            assertThrows(IllegalArgumentException.class, () -> a.sysctl("net/../../kernel/hostname"));
            assertThrows(IllegalArgumentException.class, () -> a.sysctl("kernel.hostname"));
        }
    }

    @Test
    void shouldExposeTheNamespaceFdUntilClosed() throws Exception {
        NetNamespace ns = NetNamespace.create();
        int fd = ns.fd();
        assertTrue(fd > 2);
        assertEquals(ns.id(), link("/proc/self/fd/" + fd));
        ns.close();
        assertThrows(IllegalStateException.class, ns::fd);
        ns.close(); // idempotent
    }

    @Test
    void shouldShareOneCachedConnectionPerProtocolAndCloseItWithTheHandle() throws Exception {
        NetNamespace ns = NetNamespace.create();
        NetlinkConnection c = ns.connection(Netlink.NETLINK_ROUTE);
        assertSame(c, ns.connection(Netlink.NETLINK_ROUTE));
        ns.close();
        assertFalse(c.isOpen());
        assertThrows(IllegalStateException.class, () -> ns.connection(Netlink.NETLINK_ROUTE));
    }

    @Test
    void shouldOpenByProcPathAndKeepTheProcessHandleOpen() throws Exception {
        try (NetNamespace ns = NetNamespace.create();
             NetNamespace viaProc = NetNamespace.open(Path.of("/proc/self/task/" + ns.call(ItSupport::tid) + "/ns/net"))) {
            assertEquals(ns.id(), viaProc.id());
        }
        NetNamespace host = NetNamespace.current();
        host.close();
        assertTrue(host.isOpen(), "the process namespace's shared handle ignores close");
        assertSame(host, NetNamespace.current());
    }

    @Test
    void shouldExplainEpermWhenMountingIsNotPermitted() throws Exception {
        String name = uniqueName("noperm");
        CompletableFuture<Throwable> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Capabilities.dropSysAdminFromThisThread();
                NetNamespace.create(name).delete();
                result.complete(null);
            } catch (Throwable e) {
                result.complete(e);
            }
        });
        t.start();
        Throwable e = result.get();
        assertTrue(e instanceof NetlinkException, String.valueOf(e));
        assertEquals(Errno.EPERM, ((NetlinkException) e).errno());
        assertTrue(e.getMessage().contains("mounting is not permitted"), e.getMessage());
        assertFalse(NetNamespace.list().contains(name), "nothing left behind");
    }
}
