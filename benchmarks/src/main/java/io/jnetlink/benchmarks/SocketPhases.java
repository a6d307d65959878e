package io.jnetlink.benchmarks;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.diag.InetSocket;
import io.jnetlink.diag.Sockets;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SS: the sockets of a namespace, {@code ss} as the anchor. Untimed, the runner makes N TCP sockets
 * in its namespace: a listener on 127.0.0.1 and N/2 connections to it, both ends kept open (N+1
 * sockets in all). Then, timed:
 * <ul>
 *   <li>{@code SSss}: {@code ss -tan} with its output to /dev/null (fork and exec included, as a
 *       shell user pays them);</li>
 *   <li>{@code SSdump}: {@code Sockets.tcp().forEach(connection, view -> count++)}, one reused view;</li>
 *   <li>{@code SSlist}: {@code Sockets.tcp().apply(connection)}, a record per socket.</li>
 * </ul>
 * Both library phases count N+1 sockets (checked untimed); ratio = SSdump / SSss.
 */
final class SocketPhases implements PhaseRunner {
    @Override
    public void prepare(Connections c, int n) {
    }

    @Override
    public void run(Connections c, int n, boolean batch, Phases phases) {
        List<AutoCloseable> sockets = new ArrayList<>(n + 1);
        try {
            open(c, n, sockets);
            NetlinkConnection diag = c.diag();
            diag.replyTimeoutMillis(60_000);
            phases.starting("SSss");
            long t0 = System.nanoTime();
            Process ss = c.start(new ProcessBuilder("ss", "-tan").redirectOutput(ProcessBuilder.Redirect.DISCARD));
            if (!ss.waitFor(60, TimeUnit.SECONDS) || ss.exitValue() != 0) {
                throw new IllegalStateException("ss -tan failed");
            }
            phases.finished("SSss", System.nanoTime() - t0);

            long[] count = new long[1];
            phases.starting("SSdump");
            t0 = System.nanoTime();
            Sockets.tcp().forEach(diag, v -> count[0]++);
            phases.finished("SSdump", System.nanoTime() - t0);
            PhaseRunner.checkCount("TCP sockets streamed by SSdump", sockets.size(), count[0]);

            phases.starting("SSlist");
            t0 = System.nanoTime();
            List<InetSocket> list = Sockets.tcp().apply(diag);
            phases.finished("SSlist", System.nanoTime() - t0);
            PhaseRunner.checkCount("TCP sockets listed by SSlist", sockets.size(), list.size());
        } catch (IOException e) {
            throw new IllegalStateException("SS: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("SS interrupted", e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException("SS: " + e, e);
        } finally {
            for (AutoCloseable s : sockets) {
                try {
                    s.close();
                } catch (Exception ignored) {
                    // best effort
                }
            }
        }
    }

    /** A listener and n/2 connections to it (client and accepted ends), born in the runner's namespace. */
    static void open(Connections c, int n, List<AutoCloseable> sockets) throws Exception {
        ServerSocketChannel listener = c.inside(() -> {
            c.start(new ProcessBuilder("ip", "link", "set", "lo", "up")).waitFor();
            return ServerSocketChannel.open(StandardProtocolFamily.INET)
                    .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        });
        sockets.add(listener);
        InetSocketAddress to = (InetSocketAddress) listener.getLocalAddress();
        for (int i = 0; i < n / 2; i++) {
            SocketChannel client = c.inside(() -> SocketChannel.open(StandardProtocolFamily.INET));
            sockets.add(client);
            client.connect(to);
            sockets.add(listener.accept());
        }
    }
}
