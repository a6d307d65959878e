package io.jnetlink.diag;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UDP-lite and raw sockets, made by a python3 child inside the namespace (Java opens neither).
 * Raw sockets need {@code CONFIG_INET_RAW_DIAG}, which this kernel lacks: the kernel then answers
 * {@code ENOENT}, which the library raises naming the option; where it is present, the socket is listed.
 */
class ProtocolsIT {
    private NetNamespace ns;
    private Process python;

    @BeforeEach
    void setUp() throws Exception {
        ns = Tools.namespace("proto");
        python = ns.start(new ProcessBuilder("python3", "-c", String.join("\n",
                "import socket, sys",
                "u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, 136); u.bind(('127.0.0.1', 6001))",
                "r = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)",
                "print('ready', flush=True)",
                "sys.stdin.read()")));
        assertEquals("ready", new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8)).readLine());
    }

    @AfterEach
    void tearDown() throws Exception {
        python.destroyForcibly().waitFor();
        python.getInputStream().close();
        python.getErrorStream().close();
        python.getOutputStream().close();
        ns.delete();
    }

    @Test
    void shouldListUdpLiteSockets() {
        List<InetSocket> lite = Sockets.udpLite().in(ns).apply();
        assertEquals(1, lite.size(), lite.toString());
        assertEquals(6001, lite.get(0).localPort());
        assertEquals(136, lite.get(0).protocol());
        assertTrue(Sockets.udp().in(ns).apply().isEmpty(), "UDP-lite is not UDP");
    }

    @Test
    void shouldListRawSocketsOrSayTheKernelCannot() {
        try {
            List<InetSocket> raw = Sockets.raw().in(ns).apply();
            assertEquals(1, raw.size(), raw.toString());
        } catch (NetlinkException e) {
            assertEquals(Errno.ENOENT, e.errno());
            assertTrue(e.getMessage().contains("CONFIG_INET_RAW_DIAG"), e.getMessage());
        }
    }
}
