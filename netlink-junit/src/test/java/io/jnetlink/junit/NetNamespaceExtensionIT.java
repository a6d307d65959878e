package io.jnetlink.junit;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.Link;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extension injects a fresh namespace with lo up, per parameter, shared with @BeforeEach. */
@ExtendWith(NetNamespaceExtension.class)
class NetNamespaceExtensionIT {
    private NetNamespace fromBeforeEach;

    @BeforeEach
    void remember(NetNamespace ns) {
        fromBeforeEach = ns;
    }

    @NetnsTest
    void shouldInjectAFreshNamespaceOtherThanTheJvms(NetNamespace ns) throws Exception {
        assertTrue(ns.isOpen());
        String jvm = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
        assertNotEquals(jvm, ns.id(), "the injected namespace must not be the JVM's own");
        List<String> names = Links.list(ns).stream().map(Link::name).toList();
        assertEquals(List.of("lo"), names, "a fresh namespace has only lo");
    }

    @NetnsTest
    void shouldBringLoopbackUp(NetNamespace ns) throws Exception {
        Link lo = Links.get("lo", ns).orElseThrow();
        assertTrue(lo.isUp(), "lo flags: " + lo);
        String json = ProcSupport.run(ns, "ip", "-j", "link", "show", "lo");
        assertTrue(json.matches("(?s).*\"flags\":\\[[^]]*\"UP\".*"), json);
        // lo up means 127.0.0.1 answers: a TCP round trip inside the namespace
        try (ServerSocket server = ns.call(() -> new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
             Socket client = ns.call(() -> new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort()));
             Socket accepted = server.accept()) {
            client.getOutputStream().write(42);
            assertEquals(42, accepted.getInputStream().read());
        }
    }

    @NetnsTest
    void shouldGiveTwoParametersTwoNamespaces(NetNamespace first, NetNamespace second) {
        assertNotEquals(first.id(), second.id());
        assertSame(fromBeforeEach, first, "the first NetNamespace parameter is the @BeforeEach one");
    }

    @NetnsTest
    void shouldShareTheNamespaceWithBeforeEach(NetNamespace ns) {
        assertSame(fromBeforeEach, ns);
    }

    @NetnsTest
    void shouldKeepLinksMadeInsideOutOfTheJvmsNamespace(NetNamespace ns) {
        Links.create().bridge("br-mine").in(ns).apply();
        assertTrue(Links.get("br-mine", ns).isPresent());
        assertTrue(Links.get("br-mine", NetNamespace.current()).isEmpty(), "the bridge leaked into the JVM's namespace");
    }
}
