package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A connection closed by another thread while callers wait on it, and a namespace closed or
 * deleted while its connection and thread are in use: every waiting caller gets a clear exception
 * promptly — never a hang, never a silent success.
 */
class FaultCloseIT {
    /** A control message flagged as a dump: the kernel answers nothing, so the caller waits. */
    private static void silentDump(NetlinkConnection c) {
        c.dump("NLMSG_NOOP", w -> w.endMessage(w.beginMessage(Netlink.NLMSG_NOOP, 0)), m -> true);
    }

    private static CompletableFuture<Throwable> inThread(Runnable work) {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                work.run();
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return outcome;
    }

    @Test
    void everyCallerWaitingOnAClosedConnectionFailsPromptly() throws Exception {
        NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE).replyTimeoutMillis(60_000);
        List<CompletableFuture<Throwable>> waiters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiters.add(inThread(() -> silentDump(c)));
        }
        Thread.sleep(300);
        waiters.forEach(w -> assertFalse(w.isDone(), "the kernel was expected to stay silent"));
        long start = System.nanoTime();
        c.close();
        for (CompletableFuture<Throwable> w : waiters) {
            Throwable e = w.get(5, TimeUnit.SECONDS);
            assertTrue(e instanceof NetlinkException || e instanceof IllegalStateException, String.valueOf(e));
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "waiters released after " + millis + " ms");
        assertThrows(RuntimeException.class, () -> silentDump(c), "a closed connection refuses new requests");
    }

    @Test
    void aNamespaceClosedUnderAWaitingRequestReleasesIt() throws Exception {
        NetNamespace ns = NetNamespace.create();
        NetlinkConnection c = ns.connection(Netlink.NETLINK_ROUTE).replyTimeoutMillis(60_000);
        CompletableFuture<Throwable> waiter = inThread(() -> silentDump(c));
        Thread.sleep(300);
        assertFalse(waiter.isDone());
        ns.close();
        Throwable e = waiter.get(5, TimeUnit.SECONDS);
        assertTrue(e instanceof NetlinkException || e instanceof IllegalStateException, String.valueOf(e));
        assertThrows(IllegalStateException.class, () -> ns.connection(Netlink.NETLINK_ROUTE));
    }

    @Test
    void aNamedNamespaceDeletedWhileRequestsRunEndsThemWithAClearException() throws Exception {
        for (int round = 0; round < 20; round++) {
            NetNamespace ns = NetNamespace.create("fault-" + ProcessHandle.current().pid() + "-" + round);
            NetlinkConnection c = ns.connection(Netlink.NETLINK_ROUTE);
            CompletableFuture<Throwable> loop = inThread(() -> {
                for (int i = 0; ; i++) {
                    // RTM_GETLINK of lo: answered, until the handle (and its connection) is gone
                    c.request("RTM_GETLINK lo", w -> {
                        int m = w.beginMessage(18 /* RTM_GETLINK */, 0);
                        int hdr = w.reserve(16);
                        w.putU32At(hdr + 4, 1);
                        w.endMessage(m);
                    }, m -> true);
                }
            });
            Thread.sleep(20 + round);
            ns.delete();
            Throwable e = loop.get(5, TimeUnit.SECONDS);
            if (e == null) {
                fail("the request loop ended without an exception");
            }
            assertTrue(e instanceof NetlinkException || e instanceof IllegalStateException, String.valueOf(e));
            if (e instanceof NetlinkException n) {
                assertEquals(Errno.EBADF, n.errno(), n.getMessage());
            }
        }
    }

    @Test
    void aNamespaceClosedDuringCallNeverHangsTheCaller() throws Exception {
        for (int round = 0; round < 20; round++) {
            NetNamespace ns = NetNamespace.create();
            CompletableFuture<Throwable> caller = inThread(() -> {
                try {
                    ns.call(() -> {
                        Thread.sleep(50);
                        return null;
                    });
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(round % 3 == 0 ? 0 : 10);
            ns.close();
            Throwable e = caller.get(5, TimeUnit.SECONDS); // completes either way, within bounds
            assertTrue(e == null || e instanceof IllegalStateException || e instanceof NetlinkException, String.valueOf(e));
            assertThrows(IllegalStateException.class, () -> ns.call(() -> 1));
        }
    }
}
