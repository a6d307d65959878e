package io.jnetlink.junit;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.diag.InetSocket;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Ports#awaitListening}: a server process started in the injected namespace is waited for, then reached. */
@ExtendWith(NetNamespaceExtension.class)
class PortsIT {
    @NetnsTest
    void shouldWaitForAServerProcessInTheNamespaceAndThenReachIt(NetNamespace ns) throws Exception {
        Process server = ns.start(new ProcessBuilder("python3", "-c", String.join("\n",
                "import socket",
                "s = socket.socket(); s.bind(('127.0.0.1', 8765)); s.listen(1)",
                "c, _ = s.accept(); c.sendall(b'hello\\n'); c.close()")));
        try {
            InetSocket listener = Ports.awaitListening(ns, 8765);
            assertEquals(8765, listener.localPort());
            try (Socket client = ns.call(() -> new Socket(InetAddress.getLoopbackAddress(), 8765))) {
                String line = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)).readLine();
                assertEquals("hello", line, "the first connection is the test's: awaitListening did not connect");
            }
        } finally {
            server.destroyForcibly().waitFor();
            // release the pipes now, not at some later GC: later tests count this JVM's fds
            server.getInputStream().close();
            server.getErrorStream().close();
            server.getOutputStream().close();
        }
    }

    @NetnsTest
    void shouldFailTheTestWhenNothingListens(NetNamespace ns) {
        AssertionError e = assertThrows(AssertionError.class, () -> Ports.awaitListening(ns, 8766, Duration.ofMillis(100)));
        assertTrue(e.getMessage().contains("8766"), e.getMessage());
    }
}
