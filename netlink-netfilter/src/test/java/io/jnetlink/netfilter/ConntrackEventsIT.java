package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.netfilter.conntrack.Conntrack;
import io.jnetlink.netfilter.conntrack.ConntrackChangeEvent;
import io.jnetlink.netfilter.conntrack.ConntrackEvent;
import io.jnetlink.netfilter.conntrack.ConntrackEventSync;
import io.jnetlink.netfilter.conntrack.ConntrackEvents;
import io.jnetlink.junit.NetNamespaceExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** conntrack -E from Java: a TCP connection inside the test's namespace is tracked, updated and destroyed. */
@Timeout(60)
@ExtendWith(NetNamespaceExtension.class)
class ConntrackEventsIT {
    private NetNamespace ns;

    /** {@code fresh} is this test's namespace, lo already up, closed by the extension after the test. */
    @BeforeEach
    void namespace(NetNamespace fresh) throws Exception {
        ns = fresh;
        // conntrack runs in a namespace only where something uses it
        NftOracle.nftFile(ns, """
                table inet track {
                    chain out {
                        type filter hook output priority 0;
                        ct state new counter
                    }
                }
                """);
    }


    @Test
    void shouldDeliverNewUpdateAndDestroyForATcpConnection() throws Exception {
        EventLog<ConntrackEvent> log = new EventLog<>();
        try (EventSubscription sub = ConntrackEvents.subscribe().in(ns).onError(log::fail).start(log)) {
            int listed = log.await(0, e -> e instanceof ConntrackEventSync s && s.signal() == SyncSignal.LISTED, "LISTED");
            int port;
            try (ServerSocket server = ns.call(() -> new ServerSocket(0, 8, InetAddress.getByName("127.0.0.1")))) {
                port = server.getLocalPort();
                try (Socket client = ns.call(() -> new Socket(InetAddress.getByName("127.0.0.1"), server.getLocalPort()));
                     Socket accepted = server.accept()) {
                    OutputStream out = client.getOutputStream();
                    out.write(42);
                    out.flush();
                    InputStream in = accepted.getInputStream();
                    assertEquals(42, in.read());
                }
            }
            int p = port;
            Predicate<ConntrackEvent> ours = e -> e instanceof ConntrackChangeEvent c && c.entry().original().protocol() == 6
                    && c.entry().original().destinationPort() == p;
            int created = log.await(listed, e -> ours.test(e) && ((ConntrackChangeEvent) e).type() == ChangeType.NEW, "[NEW]");
            int established = log.await(created, e -> ours.test(e) && ((ConntrackChangeEvent) e).type() == ChangeType.CHANGED
                    && ((ConntrackChangeEvent) e).entry().tcpState() == 3, "[UPDATE] ESTABLISHED");
            Conntrack.flush().in(ns).apply();
            int destroyed = log.await(established, e -> ours.test(e) && ((ConntrackChangeEvent) e).type() == ChangeType.DELETED,
                    "[DESTROY]");
            assertTrue(created < established && established < destroyed);
            ConntrackChangeEvent first = (ConntrackChangeEvent) log.events().get(created);
            assertEquals(InetAddress.getByName("127.0.0.1"), first.entry().original().destination());
            assertTrue(first.toString().startsWith("[NEW] proto 6 127.0.0.1:"), first.toString());
            assertTrue(sub.isOpen());
        }
    }
}
