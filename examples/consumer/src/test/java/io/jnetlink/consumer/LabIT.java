package io.jnetlink.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.generic.ethtool.Ethtool;
import io.jnetlink.netfilter.Nat;
import io.jnetlink.route.Address;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Link;
import io.jnetlink.route.Links;
import io.jnetlink.route.Route;
import io.jnetlink.route.Routes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabIT {
    private NetNamespace ns;

    @BeforeEach
    void createNamespace() {
        ns = NetNamespace.create();
    }

    @AfterEach
    void closeNamespace() {
        ns.close();
    }

    @Test
    void runsOnTheModulePath() {
        assertEquals("io.jnetlink.consumer", Lab.class.getModule().getName());
        assertEquals("io.jnetlink.route", Links.class.getModule().getName());
        assertEquals("io.jnetlink.netfilter", Nat.class.getModule().getName());
        assertEquals("io.jnetlink.generic", Ethtool.class.getModule().getName());
        assertEquals("io.jnetlink.core", NetNamespace.class.getModule().getName());
        Set<String> exported = NetNamespace.class.getModule().getDescriptor().exports().stream()
                .map(e -> e.source()).collect(java.util.stream.Collectors.toSet());
        assertEquals(Set.of("io.jnetlink.core", "io.jnetlink.core.event", "io.jnetlink.core.message",
                "io.jnetlink.core.net"), exported);
    }

    @Test
    void waitsForItsServiceAndSeesItLikeSs() throws Exception {
        Lab.build(ns);
        try (java.net.ServerSocket server = Service.start(ns)) {
            io.jnetlink.diag.InetSocket listener = Service.awaitListening(ns);
            assertEquals("io.jnetlink.diag", listener.getClass().getModule().getName());
            assertEquals(Service.PORT, listener.localPort());
            // ss -tln
            assertTrue(io.jnetlink.diag.Sockets.tcp().listening().in(ns).apply().stream()
                    .anyMatch(s -> s.localPort() == Service.PORT), "ss -tln shows the service");
            assertTrue(!server.isClosed());
        }
    }

    @Test
    void buildsTheLabAndListsIt() throws Exception {
        long handle = Lab.build(ns);
        assertTrue(handle > 0, "the masquerade rule has a handle: " + handle);

        // ip link
        List<Link> links = Links.list(ns);
        assertTrue(links.stream().anyMatch(l -> l.name().equals(Lab.INSIDE) && l.isUp()), "lab0 is up: " + links);
        assertTrue(links.stream().anyMatch(l -> l.name().equals(Lab.PEER)), "lab1 exists: " + links);
        // ip addr
        List<Address> addresses = Addresses.list(ns);
        assertTrue(addresses.stream().anyMatch(a -> a.toString().equals(Lab.ADDRESS)), "lab0 has 10.77.0.1/24: " + addresses);
        // ip route
        List<Route> routes = Routes.list(ns);
        assertTrue(routes.stream().anyMatch(r -> r.prefix().toString().equals(Lab.ROUTED)
                && r.gateway().map(g -> g.getHostAddress().equals(Lab.GATEWAY)).orElse(false)),
                "10.78.0.0/16 via 10.77.0.2: " + routes);
        // ethtool -k lab0
        assertTrue(!Ethtool.showFeatures(Lab.INSIDE).in(ns).apply().isActive("tx-tcp-segmentation"), "TSO is off on lab0");
        // nft list ruleset, as the oracle
        String ruleset = run(ns, "nft", "list", "ruleset");
        assertTrue(ruleset.contains("ip saddr 10.77.0.0/24") && ruleset.contains("masquerade"), ruleset);
    }

    @Test
    void duplicateAddressIsAKernelError() {
        Lab.build(ns);
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> Addresses.add(Lab.ADDRESS).dev(Lab.INSIDE).in(ns).apply());
        assertEquals(17, e.errno(), "EEXIST: " + e.getMessage());
        assertEquals("EEXIST", e.errnoName());
    }

    private static String run(NetNamespace ns, String... command) throws IOException, InterruptedException {
        Process p = ns.start(new ProcessBuilder(command).redirectErrorStream(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertEquals(0, p.waitFor(), String.join(" ", command));
        return out.toString(StandardCharsets.UTF_8);
    }
}
