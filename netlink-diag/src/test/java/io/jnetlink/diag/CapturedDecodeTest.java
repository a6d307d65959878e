package io.jnetlink.diag;

import io.jnetlink.core.message.MessageReader;
import io.jnetlink.diag.wire.SockDiag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decodes the replies captured from the kernel (src/test/resources/diag, state in state.txt):
 * records equal what ss printed for the same state, records survive the buffer being reused, and
 * the view path allocates nothing.
 */
class CapturedDecodeTest {
    private static List<InetSocket> inet(String resource, int protocol) {
        List<InetSocket> out = new ArrayList<>();
        InetSocketView view = new InetSocketView();
        for (byte[] d : Captured.datagrams(resource)) {
            MessageReader m = new MessageReader().wrap(Captured.direct(d), 0, d.length);
            while (m.next()) {
                if (m.type() == SockDiag.SOCK_DIAG_BY_FAMILY) {
                    out.add(view.wrap(m, protocol).toInetSocket());
                }
            }
        }
        return out;
    }

    @Test
    void shouldDecodeTheCapturedTcpDumpAsSsPrintedIt() {
        List<InetSocket> tcp = inet("tcp-dump.hex", SockDiag.IPPROTO_TCP);
        assertEquals(6, tcp.size(), tcp.toString());
        // state.txt: tcp ESTAB 100 0 127.0.0.1:8080 127.0.0.1:57338 skmem:(r932,rb131072,t0,tb3939840,f3164,w0,o0,bl0,d0)
        InetSocket server = tcp.stream().filter(s -> s.family() == 2 && s.localPort() == 8080 && s.state() == TcpState.ESTABLISHED)
                .findFirst().orElseThrow();
        assertEquals("127.0.0.1", server.local().getAddress().getHostAddress());
        assertEquals(57338, server.remotePort());
        assertEquals(100, server.receiveQueue());
        assertEquals("skmem:(r932,rb131072,t0,tb3939840,f3164,w0,o0,bl0,d0)", server.memory().orElseThrow().ssText());
        TcpInfo info = server.tcpInfo().orElseThrow();
        assertEquals(TcpState.ESTABLISHED, info.state());
        assertEquals(100, info.bytesReceived());
        assertTrue(info.length() >= 232, "6.18 sends the whole struct: " + info.length());
        assertTrue(server.congestion().orElseThrow().matches("[a-z0-9]+"), server.congestion().toString());
        // state.txt: tcp LISTEN 0 8 [::1]:8080 [::]:*
        InetSocket listener6 = tcp.stream().filter(s -> s.family() == 10 && s.state() == TcpState.LISTEN).findFirst().orElseThrow();
        assertEquals(8, listener6.sendQueue());
        assertEquals("0:0:0:0:0:0:0:1", listener6.local().getAddress().getHostAddress());
        assertEquals(3, tcp.stream().filter(s -> s.family() == 10).count());
    }

    @Test
    void shouldDecodeTheCapturedUdpAndUnixDumps() {
        List<InetSocket> udp = inet("udp-dump.hex", SockDiag.IPPROTO_UDP);
        assertEquals(2, udp.size());
        assertTrue(udp.stream().allMatch(s -> s.localPort() == 5353 && s.state() == TcpState.CLOSE));
        assertTrue(udp.get(0).memory().isPresent() && udp.get(1).memory().isEmpty(), "skmem asked for IPv4 only");

        List<UnixSocket> unix = new ArrayList<>();
        UnixSocketView view = new UnixSocketView();
        for (byte[] d : Captured.datagrams("unix-dump.hex")) {
            MessageReader m = new MessageReader().wrap(Captured.direct(d), 0, d.length);
            while (m.next()) {
                if (m.type() == SockDiag.SOCK_DIAG_BY_FAMILY) {
                    unix.add(view.wrap(m).toUnixSocket());
                }
            }
        }
        assertEquals(5, unix.size(), unix.toString());
        // state.txt: u_str LISTEN 1 4 /tmp/jnetlink-capture.sock 341475 * 0
        UnixSocket listener = unix.stream().filter(s -> s.state() == TcpState.LISTEN).findFirst().orElseThrow();
        assertEquals("/tmp/jnetlink-capture.sock", listener.name().orElseThrow());
        assertEquals(341475, listener.inode());
        assertEquals(1, listener.receiveQueue());
        assertEquals(4, listener.sendQueue());
        assertEquals(List.of(341476L), listener.pendingConnections(), "the waiting client, ino 341476");
        assertEquals("skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl0,d0)", listener.memory().orElseThrow().ssText());
        // state.txt: u_dgr UNCONN 0 0 @jnetlink-abstract 341477
        UnixSocket dgram = unix.stream().filter(s -> s.type() == UnixSocketType.DGRAM).findFirst().orElseThrow();
        assertEquals("@jnetlink-abstract", dgram.name().orElseThrow());
        assertEquals(TcpState.CLOSE, dgram.state());
        // the socketpair: 341478 <-> 341479
        assertTrue(unix.stream().anyMatch(s -> s.inode() == 341478 && s.peerInode() == 341479));
    }

    @Test
    void shouldKeepRecordsIntactWhenTheBufferIsReused() {
        byte[] d = Captured.datagrams("tcp-dump.hex").get(0);
        ByteBuffer buffer = Captured.direct(d);
        MessageReader m = new MessageReader().wrap(buffer, 0, d.length);
        m.next();
        InetSocket record = new InetSocketView().wrap(m, SockDiag.IPPROTO_TCP).toInetSocket();
        String before = record.toString();
        for (int i = 0; i < d.length; i++) {
            buffer.put(i, (byte) 0x5A);
        }
        assertEquals(before, record.toString());
    }

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "HotSpot allocation counter");
        return ((com.sun.management.ThreadMXBean) bean).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void shouldWalkTheDumpThroughViewsWithoutAllocating() {
        byte[] d = Captured.datagrams("tcp-dump.hex").get(0);
        ByteBuffer buffer = Captured.direct(d);
        MessageReader reader = new MessageReader();
        InetSocketView view = new InetSocketView();
        byte[] address = new byte[16];
        long sink = walk(buffer, d.length, reader, view, address) + walk(buffer, d.length, reader, view, address);
        long before = allocatedBytes();
        sink += walk(buffer, d.length, reader, view, address);
        long allocated = allocatedBytes() - before;
        assertTrue(sink != 0);
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes over " + 3 * 20_000 + " sockets");
    }

    private static long walk(ByteBuffer buffer, int length, MessageReader reader, InetSocketView view, byte[] address) {
        long sum = 0;
        for (int r = 0; r < 20_000; r++) {
            reader.wrap(buffer, 0, length);
            while (reader.next()) {
                if (reader.type() != SockDiag.SOCK_DIAG_BY_FAMILY) {
                    continue;
                }
                view.wrap(reader, SockDiag.IPPROTO_TCP);
                sum += view.localPort() + view.remotePort() + view.stateRaw() + view.receiveQueue() + view.inode()
                        + view.cookie() + view.copyLocalAddress(address) + view.tcpInfo().rttMicros()
                        + view.tcpInfo().bytesAcked() + view.memory(SockDiag.SK_MEMINFO_RCVBUF);
                if (view.congestionEquals("cubic")) {
                    sum++;
                }
            }
        }
        return sum;
    }
}
