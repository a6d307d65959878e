package io.jnetlink.diag;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TCP and UDP sockets that real Java sockets made between two namespaces, read with
 * {@link Sockets} and with {@code ss -H -tanpie} / {@code -uan} as the oracle. Queue lengths and
 * tcp_info counters move while packets are in flight, so each comparison is made when two ss runs
 * around the library's dump agree (the state was still), retried until then.
 */
class InetSocketsDifferentialIT {
    private static InetFixture fx;

    @BeforeAll
    static void setUp() throws Exception {
        fx = new InetFixture("diff");
    }

    @AfterAll
    static void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    /** Runs ss, then the library, then ss again until both ss runs agree; returns [ss, library]. */
    private static <T> Object[] still(Supplier<String> ss, Supplier<T> library) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String before = ss.get();
            T mine = library.get();
            String after = ss.get();
            if (SsLines.timeless(before).equals(SsLines.timeless(after))) {
                return new Object[] {before, mine};
            }
        }
        throw new AssertionError("ss output never stood still");
    }

    @Test
    void shouldListTheSameTcpSocketsAsSsTan() {
        for (var ns : List.of(fx.a, fx.b)) {
            Object[] r = still(() -> Tools.ss(ns, "-H", "-tan"), () -> Sockets.tcp().in(ns).apply());
            @SuppressWarnings("unchecked")
            List<InetSocket> mine = (List<InetSocket>) r[1];
            assertEquals(SsLines.columns((String) r[0]), SsLines.sorted(mine, SsLines::inet));
        }
        // the fixture's own facts, independent of ss
        List<InetSocket> b = Sockets.tcp(fx.b);
        assertEquals(3, b.stream().filter(s -> s.state() == TcpState.LISTEN).count(), b.toString());
        assertTrue(b.stream().anyMatch(s -> s.localPort() == 8080 && s.state() == TcpState.ESTABLISHED && s.receiveQueue() == 100),
                "100 unread bytes on one 8080 connection: " + b);
    }

    @Test
    void shouldMatchSsExtendedAndInfoFieldsSocketBySocket() {
        Object[] r = still(() -> Tools.ss(fx.a, "-H", "-tanpiem"),
                () -> Sockets.tcp().with(Extension.TCP_INFO, Extension.CONGESTION, Extension.MEMORY).in(fx.a).apply());
        @SuppressWarnings("unchecked")
        List<InetSocket> mine = (List<InetSocket>) r[1];
        Map<String, String> ssByInode = new TreeMap<>();
        for (String rec : SsLines.records((String) r[0])) {
            ssByInode.put(SsLines.field(rec, "ino:"), rec);
        }
        assertEquals(3, mine.size(), mine.toString());
        for (InetSocket s : mine) {
            String rec = ssByInode.get(Long.toString(s.inode()));
            assertTrue(rec != null, "ss has no socket with ino:" + s.inode() + ": " + ssByInode);
            assertEquals(SsLines.field(rec, "sk:"), Long.toHexString(s.cookie()), rec);
            String uid = SsLines.field(rec, "uid:");
            assertEquals(uid == null ? 0 : Long.parseLong(uid), s.uid(), rec);
            TcpInfo info = s.tcpInfo().orElseThrow();
            assertEquals(TcpState.ESTABLISHED, info.state());
            assertTrue(rec.contains(" " + s.congestion().orElseThrow() + " "), s.congestion() + " in " + rec);
            assertEquals(SsLines.field(rec, "cwnd:"), Long.toString(info.congestionWindow()), rec);
            assertEquals(SsLines.field(rec, "mss:"), Long.toString(info.sendMss()), rec);
            assertEquals(SsLines.field(rec, "pmtu:"), Long.toString(info.pathMtu()), rec);
            assertEquals(SsLines.field(rec, "advmss:"), Long.toString(info.advertisedMss()), rec);
            assertEquals(SsLines.field(rec, "rcv_space:"), Long.toString(info.receiveSpace()), rec);
            assertEquals(SsLines.field(rec, "segs_out:"), Long.toString(info.segmentsOut()), rec);
            assertEquals(SsLines.field(rec, "wscale:"), info.sendWindowScale() + "," + info.receiveWindowScale(), rec);
            String acked = SsLines.field(rec, "bytes_acked:");
            assertEquals(acked == null ? 0 : Long.parseLong(acked), info.bytesAcked(), rec);
            SocketMemory m = s.memory().orElseThrow();
            assertTrue(rec.contains(m.ssText()), m.ssText() + " in " + rec);
            assertEquals(0, s.shutdown(), "INET_DIAG_SHUTDOWN: nothing shut down");
            assertTrue(s.mark().isPresent(), "CAP_NET_ADMIN in the namespace: the kernel sends INET_DIAG_MARK");
            assertEquals(0, s.mark().getAsLong());
        }
    }

    @Test
    void shouldListTheSameUdpSocketsAsSsUan() {
        for (var ns : List.of(fx.a, fx.b)) {
            Object[] r = still(() -> Tools.ss(ns, "-H", "-uan"), () -> Sockets.udp().in(ns).apply());
            @SuppressWarnings("unchecked")
            List<InetSocket> mine = (List<InetSocket>) r[1];
            assertEquals(SsLines.columns((String) r[0]), SsLines.sorted(mine, SsLines::inet));
        }
        List<InetSocket> b = Sockets.udp().ipv4().in(fx.b).apply();
        assertEquals(1, b.size(), b.toString());
        assertEquals(TcpState.CLOSE, b.get(0).state());
        assertTrue(b.get(0).receiveQueue() > 0, "one unread datagram: " + b);
        assertTrue(Sockets.udp().ipv6().in(fx.a).apply().stream().anyMatch(s -> s.state() == TcpState.ESTABLISHED));
    }

    @Test
    void shouldSelectStatesAndFamiliesLikeSs() {
        Object[] r = still(() -> Tools.ss(fx.b, "-H", "-tan"), () -> Sockets.tcp().listening().in(fx.b).apply());
        @SuppressWarnings("unchecked")
        List<InetSocket> mine = (List<InetSocket>) r[1];
        TreeSet<String> listening = SsLines.columns((String) r[0]);
        listening.removeIf(line -> !line.startsWith("LISTEN "));
        assertEquals(listening, SsLines.sorted(mine, SsLines::inet));
        TreeSet<String> six = SsLines.sorted(Sockets.tcp().ipv6().in(fx.b).apply(), SsLines::inet);
        assertEquals(SsLines.columns(Tools.ss(fx.b, "-H", "-6", "-tan")).size(), six.size());
        assertFalse(Sockets.tcp().ipv4().in(fx.b).apply().stream().anyMatch(s -> s.family() != 2));
    }
}
