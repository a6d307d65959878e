package io.jnetlink.diag;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code SOCK_DESTROY} ({@code ss -K}). This kernel has {@code CONFIG_INET_DIAG_DESTROY=y}
 * ({@code /proc/config.gz}) and the test JVM holds {@code CAP_NET_ADMIN} over its own namespaces,
 * so destroying works; the "Invalid argument" seen earlier did not come from the kernel here.
 * A socket that is already gone gets the kernel's {@code ENOENT}.
 */
class DestroyIT {
    private InetFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new InetFixture("kill");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void shouldAbortTheMatchingConnectionsLikeSsK() {
        // ss -K -tan dport = :8080 in a: both client ends of the 8080 connections
        int destroyed = Sockets.tcp().filter(SocketFilter.dport(8080)).in(fx.a).destroy();
        assertEquals(2, destroyed);
        assertTrue(Sockets.tcp().filter(SocketFilter.dport(8080)).in(fx.a).apply().isEmpty());
        IOException aborted = assertThrows(IOException.class, () -> fx.client8080.write(ByteBuffer.wrap(new byte[1])));
        assertTrue(aborted.getMessage() != null, aborted.toString());
        // the kernel reset the peer: b's end reads the reset or end of stream, never blocks
        ByteBuffer in = ByteBuffer.allocate(1);
        try {
            assertEquals(-1, fx.accepted8080.read(in));
        } catch (IOException reset) {
            assertTrue(reset.getMessage().contains("reset"), reset.toString());
        }
        assertEquals(1, Sockets.tcp().filter(SocketFilter.dport(8443)).in(fx.a).apply().size(), "others untouched");
    }

    @Test
    void shouldDestroyAListenerAndAUdpSocket() throws Exception {
        InetSocket listener = Sockets.tcp().listening().filter(SocketFilter.sport(9000)).in(fx.b).apply().get(0);
        Sockets.destroy(listener).in(fx.b).apply();
        // the kernel closes the listener; its owner still holds the fd, so it stays listed as CLOSE, shut both ways
        List<InetSocket> after = Sockets.tcp().filter(SocketFilter.sport(9000)).in(fx.b).apply();
        assertEquals(1, after.size(), after.toString());
        assertEquals(TcpState.CLOSE, after.get(0).state());
        assertEquals(listener.inode(), after.get(0).inode());
        assertEquals(3, after.get(0).shutdown(), "SHUTDOWN_MASK");

        assertEquals(1, Sockets.udp().filter(SocketFilter.sport(5353)).in(fx.b).destroy());
        // udp_abort() sets ECONNABORTED on the socket: its owner's next receive fails with it
        fx.udpServer.configureBlocking(false);
        IOException aborted = assertThrows(IOException.class, () -> fx.udpServer.receive(ByteBuffer.allocate(64)));
        assertTrue(aborted.getMessage().contains("abort"), aborted.toString());
    }

    @Test
    void shouldDestroyTimeWaitSocketsTooOnThisKernel() throws Exception {
        // a connection closed by its client first: the client end waits in TIME-WAIT
        try (var server = fx.b.call(() -> new java.net.ServerSocket(7100, 1, java.net.InetAddress.getByName("10.7.0.2")))) {
            java.net.Socket client = fx.a.call(() -> new java.net.Socket("10.7.0.2", 7100));
            java.net.Socket accepted = server.accept();
            client.close();
            accepted.close();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Sockets.tcp().states(TcpState.TIME_WAIT).in(fx.a).apply().isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "no TIME-WAIT socket after 10 s");
            Thread.onSpinWait();
        }
        // Linux 6.18's tcp_abort() also ends TIME-WAIT sockets (older kernels answered EOPNOTSUPP,
        // which destroy() skips like ss -K, raising it only when nothing could be destroyed)
        assertEquals(1, Sockets.tcp().states(TcpState.TIME_WAIT).in(fx.a).destroy());
        assertTrue(Sockets.tcp().states(TcpState.TIME_WAIT).in(fx.a).apply().isEmpty());
    }

    @Test
    void shouldReportEnoentForASocketThatIsGone() {
        List<InetSocket> before = Sockets.tcp().filter(SocketFilter.dport(8443)).in(fx.a).apply();
        assertEquals(1, before.size());
        Sockets.destroy(before.get(0)).in(fx.a).apply();
        NetlinkException gone = assertThrows(NetlinkException.class, () -> Sockets.destroy(before.get(0)).in(fx.a).apply());
        assertEquals(Errno.ENOENT, gone.errno());
        assertTrue(gone.getMessage().startsWith("SOCK_DESTROY tcp"), gone.getMessage());
    }
}
