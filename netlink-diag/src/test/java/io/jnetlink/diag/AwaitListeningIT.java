package io.jnetlink.diag;

import io.jnetlink.core.NetNamespace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code Sockets.awaitListening(port).in(ns).within(…)} against real listeners; it never connects. */
class AwaitListeningIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = Tools.namespace("await");
    }

    @AfterEach
    void tearDown() {
        ns.delete();
    }

    @Test
    void shouldReturnOnceAServerStartedLaterListensWithoutConnectingToIt() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<ServerSocket> server = CompletableFuture.supplyAsync(() -> {
            try {
                waiting.await(10, TimeUnit.SECONDS); // listen only after the wait has begun
                return ns.call(() -> new ServerSocket(7777, 5, InetAddress.getLoopbackAddress()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.countDown();
        InetSocket listener = Sockets.awaitListening(7777).in(ns).within(Duration.ofSeconds(20));
        try (ServerSocket s = server.get(20, TimeUnit.SECONDS)) {
            assertEquals(TcpState.LISTEN, listener.state());
            assertEquals(7777, listener.localPort());
            assertEquals(0, listener.receiveQueue(), "nothing connected to the server to find it");
            assertEquals(0, Sockets.tcp().states(TcpState.ESTABLISHED, TcpState.SYN_SENT, TcpState.SYN_RECV)
                    .in(ns).apply().size());
            assertTrue(!s.isClosed());
        }
    }

    @Test
    void shouldGiveUpAfterTheTimeoutNamingPortAndNamespace() {
        long start = System.nanoTime();
        NotListeningException e = assertThrows(NotListeningException.class,
                () -> Sockets.awaitListening(7778).in(ns).within(Duration.ofMillis(200)));
        assertTrue(System.nanoTime() - start >= 200_000_000L);
        assertEquals(7778, e.port());
        assertTrue(e.getMessage().contains("7778"), e.getMessage());
    }

    @Test
    void shouldNotMistakeAConnectedSocketOnThatPortForAListener() throws Exception {
        try (ServerSocket server = ns.call(() -> new ServerSocket(7779, 5, InetAddress.getLoopbackAddress()));
             Socket client = ns.call(() -> {
                 Socket c = new Socket();
                 c.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 7780)); // local port 7780, not listening
                 c.connect(server.getLocalSocketAddress());
                 return c;
             })) {
            assertThrows(NotListeningException.class, () -> Sockets.awaitListening(7780).in(ns).within(Duration.ofMillis(50)));
            assertEquals(7779, Sockets.awaitListening(7779).in(ns).within(Duration.ofSeconds(5)).localPort());
            assertTrue(client.isConnected());
        }
    }
}
