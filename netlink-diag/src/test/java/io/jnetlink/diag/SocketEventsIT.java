package io.jnetlink.diag;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.NetlinkSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Destroy notifications ({@code SKNLGRP_*_DESTROY}) for sockets a test closes in its namespace. */
class SocketEventsIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = Tools.namespace("events");
    }

    @AfterEach
    void tearDown() {
        ns.delete();
    }

    @Test
    void shouldAnnounceAClosedUdpSocketAndAnAbortedTcpConnection() throws Exception {
        LinkedBlockingQueue<SocketEvent> events = new LinkedBlockingQueue<>();
        try (NetlinkSubscription s = SocketEvents.subscribe().in(ns).start(events::add)) {
            DatagramChannel udp = ns.call(() -> DatagramChannel.open(StandardProtocolFamily.INET)
                    .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 6100)));
            udp.close();
            InetSocket closed = destroyed(events, 17, 6100);
            assertEquals(2, closed.family());

            try (var server = ns.call(() -> new java.net.ServerSocket(6101, 1, InetAddress.getLoopbackAddress()));
                 var client = ns.call(() -> new java.net.Socket(InetAddress.getLoopbackAddress(), 6101));
                 var accepted = server.accept()) {
                // abort the client end: SOCK_DESTROY, then the fd's close releases it
                assertEquals(1, Sockets.tcp().filter(SocketFilter.dport(6101)).in(ns).destroy());
                client.close();
                InetSocket aborted = destroyed(events, 6, -1);
                assertEquals(6101, aborted.remotePort());
                assertTrue(accepted.isConnected());
            }
        }
    }

    /** Waits (up to 10 s, for the event itself) for a Destroyed event of the protocol and local port (-1: any). */
    private static InetSocket destroyed(LinkedBlockingQueue<SocketEvent> events, int protocol, int localPort)
            throws InterruptedException {
        List<SocketEvent> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            SocketEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e instanceof SocketEvent.Destroyed d && d.socket().protocol() == protocol
                    && (localPort < 0 || d.socket().localPort() == localPort)) {
                return d.socket();
            }
            if (e != null) {
                seen.add(e);
            }
        }
        assertNotNull(null, "no destroy event for protocol " + protocol + " port " + localPort + "; saw " + seen);
        return null;
    }
}
