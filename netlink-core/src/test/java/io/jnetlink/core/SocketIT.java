package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SocketIT {
    private static final int RTM_NEWLINK = 16;
    private static final int RTM_GETLINK = 18;
    private static final int IFLA_IFNAME = 3;

    @Test
    void shouldFailABlockedReceivePromptlyWhenClosedFromAnotherThread() throws Exception {
        NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE).replyTimeoutMillis(60_000);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                // a control message flagged as a dump request: the kernel answers nothing at all
                c.dump("NLMSG_NOOP", w -> w.endMessage(w.beginMessage(Netlink.NLMSG_NOOP, 0)), m -> true);
                failure.complete(null);
            } catch (Throwable e) {
                failure.complete(e);
            }
        });
        waiter.start();
        Thread.sleep(300);
        assertFalse(failure.isDone(), "the kernel was expected to stay silent");
        long start = System.nanoTime();
        c.close();
        Throwable e = failure.get(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e instanceof NetlinkException, String.valueOf(e));
        assertEquals(Errno.EBADF, ((NetlinkException) e).errno());
        assertFalse(((NetlinkException) e).isKernelError());
        assertTrue(millis < 1_000, "returned after " + millis + " ms");
        waiter.join(1_000);
        assertFalse(waiter.isAlive());
    }

    @Test
    void shouldIgnoreDatagramsForgedByAnotherSocket() throws Exception {
        try (NetlinkSocket victim = NetlinkSocket.open(Netlink.NETLINK_ROUTE);
             NetlinkSocket forger = NetlinkSocket.open(Netlink.NETLINK_ROUTE)) {
            NetlinkConnection c = NetlinkConnection.over(victim);
            int nextSeq = c.nextSequence() + 1;
            // connect the forger to the victim's port id, then send it an NLMSG_ERROR -EPERM for the next request
            ByteBuffer addr = ByteBuffer.allocateDirect(12).order(ByteOrder.nativeOrder());
            addr.putShort(0, (short) Native.AF_NETLINK);
            addr.putInt(4, victim.portId());
            assertEquals(0, Native.libc().connect(forger.fd(), Native.address(addr), 12), "connect errno " + Native.errno());
            ByteBuffer forged = ByteBuffer.allocateDirect(36).order(ByteOrder.nativeOrder());
            forged.putInt(0, 36);
            forged.putShort(4, (short) Netlink.NLMSG_ERROR);
            forged.putInt(8, nextSeq);
            forged.putInt(12, victim.portId());
            forged.putInt(16, -Errno.EPERM);
            forged.putInt(20, 16); // echoed header
            forged.putShort(24, (short) RTM_GETLINK);
            forged.putInt(28, nextSeq);
            forger.send(forged, 0, 36);
            assertTrue(queuedBytes(victim.portId()) > 0, "the forged datagram really reached the victim's queue");

            AttributeReader attrs = new AttributeReader();
            List<String> names = new ArrayList<>();
            c.request("RTM_GETLINK lo", w -> {
                int m = w.beginMessage(RTM_GETLINK, 0);
                int hdr = w.reserve(16);
                w.putU32At(hdr + 4, 1); // ifi_index of lo
                w.endMessage(m);
            }, m -> {
                assertEquals(RTM_NEWLINK, m.type());
                if (m.attributes(attrs, 16).find(IFLA_IFNAME)) {
                    names.add(attrs.string());
                }
                return true;
            });
            assertEquals(List.of("lo"), names, "the real kernel answer arrived, the forged EPERM was dropped");
        }
    }

    @Test
    void shouldReportSyscallErrorsDistinctFromKernelErrors() {
        NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE);
        s.close();
        NetlinkException e = org.junit.jupiter.api.Assertions.assertThrows(NetlinkException.class, () -> s.receive(0));
        assertEquals(Errno.EBADF, e.errno());
        assertFalse(e.isKernelError());
        s.close(); // idempotent
    }

    @Test
    void shouldReportADatagramTooLargeForTheBufferAndGrowIt() {
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE)) {
            assertEquals(NetlinkSocket.DEFAULT_RECEIVE_BUFFER, s.receiveBuffer().capacity());
            s.receiveBufferSize(1 << 20, true);
            s.send(largeRequest(99), 0, 40_000);
            // an error echoing a 40 KiB request comes back larger than the 32 KiB receive buffer:
            // received directly it is lost, and said so, never passed on truncated
            NetlinkException e = org.junit.jupiter.api.Assertions.assertThrows(NetlinkException.class, () -> s.receive(5_000));
            assertEquals(Errno.EMSGSIZE, e.errno());
            assertTrue(s.receiveBuffer().capacity() > 40_000, "grown to " + s.receiveBuffer().capacity());
            s.send(largeRequest(100), 0, 40_000);
            int n = s.receive(5_000);
            assertTrue(n > 40_000, "a whole datagram of " + n + " bytes");
            assertEquals(Netlink.NLMSG_ERROR, s.receiveBuffer().getShort(4));
            assertEquals(100, s.receiveBuffer().getInt(8));
        }
    }

    @Test
    void shouldReceiveTheErrorOfARequestLargerThanTheBufferWhole() {
        try (NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE)) {
            c.socket().receiveBufferSize(1 << 20, true);
            ByteBuffer big = largeRequest(0);
            NetlinkException e = org.junit.jupiter.api.Assertions.assertThrows(NetlinkException.class,
                    () -> c.request("RTM_NEWLINK (40 KiB)", w -> {
                        int at = w.position();
                        w.reserve(40_000);
                        for (int i = 0; i < 40_000; i += 4) {
                            w.buffer().putInt(at + i, big.getInt(i));
                        }
                    }));
            assertTrue(e.isKernelError(), String.valueOf(e));
            assertTrue(c.socket().receiveBuffer().capacity() > 40_000);
        }
    }

    @Test
    void shouldTakeOneRecvmsgPerAck() {
        try (NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE)) {
            long before = c.socket().receiveCalls();
            for (int i = 0; i < 10; i++) {
                c.request("ip link set lo up", SocketIT::loUp);
            }
            assertEquals(10, c.socket().receiveCalls() - before, "recvmsg calls for 10 request/ACK exchanges");
        }
    }

    @Test
    void shouldTakeTheAcksOfABatchManyPerRecvmmsg() {
        try (NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE)) {
            io.jnetlink.core.message.MessageWriter w = new io.jnetlink.core.message.MessageWriter(64 * 1024);
            for (int i = 0; i < 1_000; i++) {
                loUp(w);
            }
            long before = c.socket().receiveCalls();
            c.batch("1,000 x ip link set lo up", w);
            long calls = c.socket().receiveCalls() - before;
            assertTrue(calls <= 1_000 / 32, calls + " receive calls for 1,000 ACKs");
        }
    }

    /** {@code ip link set lo up}: RTM_NEWLINK, ifindex 1, IFF_UP in flags and change. */
    private static void loUp(io.jnetlink.core.message.MessageWriter w) {
        int m = w.beginMessage(RTM_NEWLINK, 0);
        int hdr = w.reserve(16);
        w.buffer().putInt(hdr + 4, 1);
        w.buffer().putInt(hdr + 8, 1);
        w.buffer().putInt(hdr + 12, 1);
        w.endMessage(m);
    }

    /** A 40,000-byte RTM_NEWLINK the kernel refuses: a 4-byte attribute of type 0, then zeros. */
    private static ByteBuffer largeRequest(int seq) {
        ByteBuffer big = ByteBuffer.allocateDirect(40_000).order(ByteOrder.nativeOrder());
        big.putInt(0, 40_000);
        big.putShort(4, (short) RTM_NEWLINK);
        big.putShort(6, (short) (Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK));
        big.putInt(8, seq);
        big.putShort(32, (short) 4);
        return big;
    }

    /** Rmem of the netlink socket with this port id, from /proc/thread-self/net/netlink. */
    private static long queuedBytes(int portId) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/net/netlink"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 4 && f[2].equals(Integer.toUnsignedString(portId))) {
                return Long.parseLong(f[4]);
            }
        }
        throw new AssertionError("no netlink socket with port id " + portId);
    }
}
