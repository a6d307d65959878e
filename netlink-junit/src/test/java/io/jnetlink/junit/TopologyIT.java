package io.jnetlink.junit;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.Link;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Injected topologies: the links, addresses and bridge ports are there, and TCP flows across the bridge. */
class TopologyIT {

    @NetnsTest
    void shouldWireThreeNamespacesToOneBridge(@NetTopology(namespaces = 3, bridge = "br0", subnet = "10.9.0.0/24") Topology net)
            throws Exception {
        assertEquals(3, net.size());
        assertEquals("10.9.0.0/24", net.subnet().toString());
        for (int i = 0; i < 3; i++) {
            NetNamespace ns = net.namespace(i);
            assertEquals(InetAddress.getByName("10.9.0." + (i + 1)), net.address(i));
            String json = ProcSupport.run(ns, "ip", "-j", "addr", "show", "dev", "eth0");
            assertTrue(json.contains("\"local\":\"10.9.0." + (i + 1) + "\",\"prefixlen\":24"), json);
            assertTrue(Links.get("eth0", ns).orElseThrow().isUp());
            assertTrue(Links.get("lo", ns).orElseThrow().isUp());
        }
        List<Link> hub = Links.list(net.bridgeNamespace());
        int bridgeIndex = hub.stream().filter(l -> l.name().equals("br0")).findFirst().orElseThrow().index();
        String ports = ProcSupport.run(net.bridgeNamespace(), "ip", "-j", "link", "show", "master", "br0");
        for (int i = 0; i < 3; i++) {
            assertTrue(ports.contains("\"ifname\":\"veth" + i + "\""), ports);
        }
        assertTrue(bridgeIndex > 0);
    }

    @NetnsTest
    void shouldCarryTcpBetweenTwoTopologyNamespaces(@NetTopology(namespaces = 3, subnet = "10.9.0.0/24") Topology net)
            throws Exception {
        assertTcpRoundTrip(net, 0, 2);
    }

    @NetnsTest
    @NetTopology(namespaces = 2, bridge = "lan6", subnet = "fd00:9::/64", interfaceName = "net0")
    void shouldAddressIpv6TopologiesFromTheMethodAnnotation(Topology net) throws Exception {
        assertEquals(InetAddress.getByName("fd00:9::2"), net.address(1));
        assertEquals("net0", net.node(1).interfaceName());
        assertEquals("lan6", net.bridge());
        for (int i = 0; i < 2; i++) {
            String json = ProcSupport.run(net.namespace(i), "ip", "-j", "-6", "addr", "show", "dev", "net0");
            java.util.regex.Matcher ours = java.util.regex.Pattern
                    .compile("\\{[^{}]*\"local\":\"fd00:9::" + (i + 1) + "\",\"prefixlen\":64[^{}]*}").matcher(json);
            assertTrue(ours.find(), json);
            assertFalse(ours.group().contains("tentative"), "nodad: usable at once: " + ours.group());
        }
        // No IPv6 TCP here: the test JVM starts in a namespace whose lo is down, so the JDK finds no
        // IPv6 address in /proc/net/if_inet6 at startup and disables IPv6 sockets for its lifetime.
    }

    @Test
    void shouldCloseEveryNamespaceOfADirectlyMadeTopology() throws Exception {
        Topology net = Topology.create(2, "br9", "192.168.77.0/30");
        List<String> ids;
        try {
            ids = List.of(net.bridgeNamespace().id(), net.namespace(0).id(), net.namespace(1).id());
            assertEquals(InetAddress.getByName("192.168.77.2"), net.address(1));
            assertTcpRoundTrip(net, 0, 1);
        } finally {
            net.close();
        }
        for (String id : ids) {
            assertEquals(List.of(), ProcSupport.holdersAfterExit(id, 2_000), id + " still reachable");
        }
        assertFalse(net.namespace(0).isOpen());
        assertThrows(IllegalArgumentException.class, () -> net.node(2));
    }

    /** The server listens on node {@code to}'s address inside its namespace; node {@code from} connects across the bridge. */
    private static void assertTcpRoundTrip(Topology net, int from, int to) throws Exception {
        InetAddress target = net.address(to);
        try (ServerSocket server = net.namespace(to).call(() -> new ServerSocket(0, 1, target))) {
            server.setSoTimeout(10_000);
            Socket client = net.namespace(from).call(() -> {
                Socket s = new Socket();
                s.connect(new InetSocketAddress(target, server.getLocalPort()), 10_000);
                return s;
            });
            try (client; Socket accepted = server.accept()) {
                assertEquals(net.address(from), ((InetSocketAddress) accepted.getRemoteSocketAddress()).getAddress(),
                        "the peer is node " + from + "'s address");
                new DataOutputStream(client.getOutputStream()).writeUTF("hello from " + from);
                assertEquals("hello from " + from, new DataInputStream(accepted.getInputStream()).readUTF());
                new DataOutputStream(accepted.getOutputStream()).writeUTF("hello back");
                assertEquals("hello back", new DataInputStream(client.getInputStream()).readUTF());
            }
        }
    }
}
