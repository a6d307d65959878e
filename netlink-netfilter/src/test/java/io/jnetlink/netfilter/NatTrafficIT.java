package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.netfilter.conntrack.Conntrack;
import io.jnetlink.netfilter.conntrack.ConntrackCount;
import io.jnetlink.netfilter.conntrack.ConntrackEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Masquerade and port forwarding proven with real TCP between namespaces made here; conntrack shows the NAT. */
class NatTrafficIT {
    private NetNamespace router;
    private NetNamespace blue;
    private NetNamespace lan;

    @BeforeEach
    void topology() throws Exception {
        String tag = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF));
        router = NetNamespace.create("nfr-" + tag);
        blue = NetNamespace.create("nfb-" + tag);
        lan = NetNamespace.create("nfl-" + tag);
        ip(router, "link", "set", "lo", "up");
        ip(blue, "link", "set", "lo", "up");
        ip(lan, "link", "set", "lo", "up");
        // router r-blue 192.168.15.5/24 <-> blue b0 192.168.15.2/24 ; router r-lan 192.168.1.2/24 <-> lan l0 192.168.1.3/24
        ip(router, "link", "add", "r-blue", "type", "veth", "peer", "name", "b0", "netns", "nfb-" + tag);
        ip(router, "link", "add", "r-lan", "type", "veth", "peer", "name", "l0", "netns", "nfl-" + tag);
        ip(router, "addr", "add", "192.168.15.5/24", "dev", "r-blue");
        ip(router, "addr", "add", "192.168.1.2/24", "dev", "r-lan");
        ip(router, "link", "set", "r-blue", "up");
        ip(router, "link", "set", "r-lan", "up");
        ip(blue, "addr", "add", "192.168.15.2/24", "dev", "b0");
        ip(blue, "link", "set", "b0", "up");
        ip(blue, "route", "add", "default", "via", "192.168.15.5");
        ip(lan, "addr", "add", "192.168.1.3/24", "dev", "l0");
        ip(lan, "link", "set", "l0", "up");
        router.sysctl("net.ipv4.ip_forward", "1");
    }

    @AfterEach
    void teardown() {
        for (NetNamespace ns : new NetNamespace[]{router, blue, lan}) {
            if (ns != null) {
                ns.delete();
            }
        }
    }

    private static void ip(NetNamespace ns, String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "ip";
        System.arraycopy(args, 0, cmd, 1, args.length);
        NftOracle.run(ns, cmd);
    }

    @Test
    void shouldMasqueradeAndForwardRealConnectionsAndShowThemInConntrack() throws Exception {
        // lan has no route back to 192.168.15.0/24: without masquerade blue cannot reach it
        Nat.masquerade("192.168.15.0/24").in(router).apply();
        assertEquals("192.168.1.2", connects(blue, lan, "192.168.1.3", 7004, "192.168.1.3"),
                "the LAN host sees blue masqueraded as the router");

        Nat.portForward(80).to("192.168.15.2", 80).in(router).apply();
        assertEquals("192.168.1.3", connects(lan, blue, "192.168.1.2", 80, "192.168.15.2"),
                "blue's server sees the LAN host through the forwarded port");

        List<ConntrackEntry> entries = Conntrack.list(router);
        ConntrackCount count = Conntrack.count().in(router).apply();
        assertEquals(entries.size(), count.entries(), "conntrack -C agrees with conntrack -L");
        assertTrue(count.maxEntries() > 0, count.toString());
        ConntrackEntry masq = entries.stream()
                .filter(e -> e.original().protocol() == 6 && e.original().destinationPort() == 7004).findFirst()
                .orElseThrow(() -> new AssertionError("no masqueraded connection in " + entries));
        assertTrue(masq.sourceNat(), masq.toString());
        assertEquals("192.168.15.2", masq.original().source().getHostAddress());
        assertEquals("192.168.1.2", masq.reply().destination().getHostAddress(), "reply goes to the router's address");

        ConntrackEntry fwd = entries.stream()
                .filter(e -> e.original().protocol() == 6 && e.original().destinationPort() == 80).findFirst()
                .orElseThrow(() -> new AssertionError("no forwarded connection in " + entries));
        assertTrue(fwd.destinationNat(), fwd.toString());
        assertEquals("192.168.1.2", fwd.original().destination().getHostAddress());
        assertEquals("192.168.15.2", fwd.reply().source().getHostAddress(), "reply comes from blue");
        assertEquals(80, fwd.reply().sourcePort());
        assertTrue(fwd.tcpState() >= 0, "tcp state decoded: " + fwd);

        // conntrack -G by the original tuple finds the same entry; conntrack -D of it, then -F of the rest
        ConntrackEntry got = Conntrack.get(fwd.original()).in(router).apply().orElseThrow();
        assertEquals(fwd.id(), got.id());
        assertEquals(fwd.original(), got.original());
        assertEquals(fwd.reply(), got.reply());
        Conntrack.delete(fwd.original()).in(router).apply();
        assertTrue(Conntrack.list(router).stream().noneMatch(e -> e.id() == fwd.id()), "deleted entry is gone");
        assertTrue(Conntrack.get(fwd.original()).in(router).apply().isEmpty(), "conntrack -G finds no deleted entry");
        Conntrack.flush().in(router).apply();
        assertTrue(Conntrack.list(router).isEmpty(), "flush empties the table");
        assertEquals(0, Conntrack.count().in(router).apply().entries());
    }

    static String connects(NetNamespace client, NetNamespace server, String dial, int port, String bind) throws Exception {
        ServerSocket listener = server.call(() -> new ServerSocket(port, 8, InetAddress.getByName(bind)));
        try (listener) {
            listener.setSoTimeout(5000);
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
                try (Socket s = listener.accept()) {
                    return s.getInetAddress().getHostAddress();
                } catch (Exception e) {
                    return "no connection: " + e;
                }
            });
            client.call(() -> {
                try (Socket c = new Socket()) {
                    c.connect(new InetSocketAddress(dial, port), 5000);
                }
                return null;
            });
            return seen.get(10, TimeUnit.SECONDS);
        }
    }
}
