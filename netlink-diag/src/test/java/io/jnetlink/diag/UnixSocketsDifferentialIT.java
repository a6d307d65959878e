package io.jnetlink.diag;

import io.jnetlink.core.NetNamespace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UNIX sockets of a namespace against {@code ss -H -xan}: a path-bound stream listener with one
 * accepted and one still pending connection (Java), and an abstract-name listener and a
 * socketpair made by a python3 child started inside the namespace (Java cannot bind abstract names).
 */
class UnixSocketsDifferentialIT {
    private NetNamespace ns;
    private Path dir;
    private Process python;

    @BeforeEach
    void setUp() throws Exception {
        ns = NetNamespace.create("unixdiff-" + Long.toString(System.nanoTime() & 0xFFFFFF, 36));
        dir = Files.createTempDirectory("jnl-unix");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (python != null) {
            python.destroyForcibly().waitFor();
            python.getInputStream().close();
            python.getErrorStream().close();
            python.getOutputStream().close();
        }
        ns.delete();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** ss -xan columns: Netid State Recv-Q Send-Q Local-name Local-inode Peer-name Peer-inode; peer names left out (ss looks them up itself). */
    private static String line(UnixSocket s) {
        return s.type().netid() + " " + s.state().ssName() + " " + s.receiveQueue() + " " + s.sendQueue() + " "
                + s.name().orElse("*") + " " + s.inode() + " " + s.peerInode();
    }

    private static TreeSet<String> ssLines(String out) {
        TreeSet<String> lines = new TreeSet<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                String[] f = l.trim().split("\\s+");
                lines.add(String.join(" ", f[0], f[1], f[2], f[3], f[4], f[5], f[7]));
            }
        }
        return lines;
    }

    @Test
    void shouldListTheSameUnixSocketsAsSsXanWithPathsAbstractNamesPeersAndPendingConnections() throws Exception {
        Path path = dir.resolve("server.sock");
        try (ServerSocketChannel server = ns.call(() -> ServerSocketChannel.open(StandardProtocolFamily.UNIX)
                .bind(UnixDomainSocketAddress.of(path), 4));
             SocketChannel client = ns.call(() -> SocketChannel.open(UnixDomainSocketAddress.of(path)));
             SocketChannel accepted = server.accept();
             SocketChannel pending = ns.call(() -> SocketChannel.open(UnixDomainSocketAddress.of(path)))) {
            client.write(ByteBuffer.wrap(new byte[7]));
            python = ns.start(new ProcessBuilder("python3", "-c", String.join("\n",
                    "import socket, sys",
                    "l = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); l.bind('\\0jnetlink-abstract'); l.listen(3)",
                    "a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)",
                    "d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); d.bind('\\0jnetlink-dgram')",
                    "print('ready', flush=True)",
                    "sys.stdin.read()")));
            String ready = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("ready", ready);

            List<UnixSocket> mine = Sockets.unix().in(ns).apply();
            assertEquals(ssLines(Tools.ss(ns, "-H", "-xan")), new TreeSet<>(mine.stream().map(UnixSocketsDifferentialIT::line).toList()));

            UnixSocket listener = mine.stream().filter(s -> s.name().orElse("").equals(path.toString())
                    && s.state() == TcpState.LISTEN).findFirst().orElseThrow(() -> new AssertionError(mine.toString()));
            assertEquals(1, listener.pendingConnections().size(), "one connection waits in the queue: " + listener);
            assertEquals(1, listener.receiveQueue(), listener.toString());
            assertEquals(4, listener.sendQueue(), "the backlog: " + listener);
            assertTrue(listener.vfsInode() > 0, listener.toString());
            long waiting = listener.pendingConnections().get(0);
            assertTrue(mine.stream().anyMatch(s -> s.inode() == waiting && s.state() == TcpState.ESTABLISHED),
                    "UNIX_DIAG_ICONS names the waiting client's inode " + waiting + ": " + mine);
            assertTrue(mine.stream().anyMatch(s -> s.name().orElse("").equals("@jnetlink-abstract") && s.state() == TcpState.LISTEN));
            assertTrue(mine.stream().anyMatch(s -> s.name().orElse("").equals("@jnetlink-dgram") && s.type() == UnixSocketType.DGRAM));
            List<UnixSocket> pair = mine.stream().filter(s -> s.type() == UnixSocketType.SEQPACKET).toList();
            assertEquals(2, pair.size(), mine.toString());
            assertEquals(pair.get(0).inode(), pair.get(1).peerInode());
            assertEquals(pair.get(1).inode(), pair.get(0).peerInode());
            assertEquals(List.of(TcpState.LISTEN), Sockets.unix().states(TcpState.LISTEN).in(ns).apply().stream()
                    .map(UnixSocket::state).distinct().toList());
            assertTrue(Sockets.unix().withMemory().in(ns).apply().stream().allMatch(s -> s.memory().isPresent()));
            assertTrue(accepted.isOpen() && pending.isOpen());
        }
    }
}
