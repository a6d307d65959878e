package io.jnetlink.diag;

import io.jnetlink.core.NetNamespace;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Real sockets between two namespaces (see {@link Tools#pair}), opened inside them with
 * {@code ns.call}: in b, an IPv4-only listener on 10.7.0.2:8080, a dual-stack listener on
 * [fd07::2]:8443 and one on the wildcard port 9000, an IPv4 UDP socket on 10.7.0.2:5353; from a,
 * two IPv4 connections to 8080 (one with 100 unread bytes at b), one IPv6 connection to 8443,
 * and a UDP socket connected to b that sent one unread datagram.
 */
final class InetFixture implements Closeable {
    final NetNamespace a;
    final NetNamespace b;
    private final List<Closeable> open = new ArrayList<>();
    final SocketChannel client8080;
    final SocketChannel accepted8080;
    final DatagramChannel udpServer;

    InetFixture(String prefix) throws Exception {
        NetNamespace[] pair = Tools.pair(prefix);
        a = pair[0];
        b = pair[1];
        ServerSocketChannel v4 = keep(b.call(() -> ServerSocketChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress("10.7.0.2", 8080), 16)));
        ServerSocket v6 = keep(b.call(() -> new ServerSocket(8443, 8, java.net.InetAddress.getByName("fd07::2"))));
        keep(b.call(() -> new ServerSocket(9000)));
        client8080 = keep(a.call(() -> SocketChannel.open(StandardProtocolFamily.INET)));
        client8080.connect(new InetSocketAddress("10.7.0.2", 8080));
        accepted8080 = keep(v4.accept());
        SocketChannel second = keep(a.call(() -> SocketChannel.open(StandardProtocolFamily.INET)));
        second.connect(new InetSocketAddress("10.7.0.2", 8080));
        keep(v4.accept());
        second.write(ByteBuffer.wrap(new byte[100]));
        keep(a.call(() -> { // java.net.Socket makes its fd on connect: connect inside the namespace
            Socket six = new Socket();
            six.connect(new InetSocketAddress("fd07::2", 8443), 5000);
            return six;
        }));
        keep(v6.accept());
        udpServer = keep(b.call(() -> DatagramChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress("10.7.0.2", 5353))));
        DatagramChannel udpClient = keep(a.call(DatagramChannel::open));
        udpClient.connect(new InetSocketAddress("fd07::2", 5354));
        keep(b.call(() -> DatagramChannel.open().bind(new InetSocketAddress("fd07::2", 5354))));
        DatagramChannel sender = keep(a.call(() -> DatagramChannel.open(StandardProtocolFamily.INET)));
        sender.send(ByteBuffer.wrap(new byte[10]), new InetSocketAddress("10.7.0.2", 5353));
        awaitQuiet();
    }

    /**
     * Waits (condition, not time) until the bytes and the datagram sent above have arrived and been
     * acknowledged, so queue lengths stand still for the comparisons with ss.
     */
    private void awaitQuiet() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!(Sockets.tcp().in(b).apply().stream().anyMatch(s -> s.receiveQueue() == 100)
                && Sockets.tcp().in(a).apply().stream().allMatch(s -> s.sendQueue() == 0)
                && Sockets.udp().ipv4().in(b).apply().stream().allMatch(s -> s.receiveQueue() > 0))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the fixture's traffic did not settle in 10 s");
            }
            Thread.onSpinWait();
        }
    }

    private <T extends Closeable> T keep(T c) {
        open.add(c);
        return c;
    }

    @Override
    public void close() {
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // best effort: the namespaces go next
            }
        }
        a.delete();
        b.delete();
    }
}
