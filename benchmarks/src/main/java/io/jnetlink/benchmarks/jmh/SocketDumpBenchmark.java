package io.jnetlink.benchmarks.jmh;

import io.jnetlink.benchmarks.KernelState;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.diag.InetSocket;
import io.jnetlink.diag.InetSocketQuery;
import io.jnetlink.diag.InetSocketView;
import io.jnetlink.diag.Sockets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A 10,000-socket {@code ss -tan}: a listener and 4,999.5 loopback connections (both ends) in an
 * anonymous namespace. <b>Needs a user namespace</b> (run the jar under {@code unshare -rn}).
 * {@code decodeViews} walks the dump captured once at set-up (every message, as received, back to
 * back) through one {@link InetSocketView}, reading the fields {@code ss -tan} prints: the decode
 * cost alone, ≈ 0 B/op. {@code kernelForEach} is the public {@code Sockets.tcp().forEach} through a
 * real socket (kernel included); {@code kernelRecords} the same into {@link InetSocket} records.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SocketDumpBenchmark {
    @Param({"10000"})
    public int sockets;

    private NetNamespace namespace;
    private NetlinkConnection connection;
    private final List<AutoCloseable> open = new ArrayList<>();
    private ByteBuffer captured;
    private int capturedLength;
    private final MessageReader reader = new MessageReader();
    private final InetSocketView view = new InetSocketView();
    private final byte[] address = new byte[16];
    private final InetSocketQuery query = Sockets.tcp();
    private long sum;
    private final Consumer<InetSocketView> summer = v -> sum += v.localPort() + v.receiveQueue();

    @Setup
    public void setUp() throws Exception {
        namespace = KernelState.namespaceOrExplain();
        namespace.start(new ProcessBuilder("ip", "link", "set", "lo", "up")).waitFor();
        ServerSocketChannel listener = namespace.call(() -> ServerSocketChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096));
        open.add(listener);
        while (open.size() < sockets) {
            SocketChannel client = namespace.call(() -> SocketChannel.open(StandardProtocolFamily.INET));
            open.add(client);
            client.connect(listener.getLocalAddress());
            open.add(listener.accept());
        }
        connection = NetlinkConnection.open(Netlink.NETLINK_SOCK_DIAG, namespace);
        capture();
        if (decodeViews() == 0 || kernelRecords() != open.size()) {
            throw new IllegalStateException("expected " + open.size() + " sockets");
        }
    }

    /** Keeps every reply message of one dump, back to back in a direct buffer, as a receive buffer holds them. */
    private void capture() {
        ByteBuffer[] into = {ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.nativeOrder())};
        int[] at = {0};
        connection.dump("SOCK_DIAG_BY_FAMILY tcp", w -> {
            int msg = w.beginMessage(20 /* SOCK_DIAG_BY_FAMILY */, 0);
            int h = w.reserve(56);
            w.putU8At(h, 2 /* AF_INET */).putU8At(h + 1, 6 /* IPPROTO_TCP */).putU32At(h + 4, -1);
            w.endMessage(msg);
        }, new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (at[0] + m.length() > into[0].capacity()) {
                    ByteBuffer bigger = ByteBuffer.allocateDirect(into[0].capacity() * 2).order(ByteOrder.nativeOrder());
                    bigger.put(0, into[0], 0, at[0]);
                    into[0] = bigger;
                }
                into[0].put(at[0], m.buffer(), m.offset(), m.length());
                at[0] += (m.length() + 3) & ~3;
                return true;
            }
        });
        captured = into[0];
        capturedLength = at[0];
    }

    @TearDown
    public void tearDown() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        connection.close();
        namespace.close();
    }

    /** The captured dump through one view: what {@code ss -tan} prints of each socket. */
    @Benchmark
    public long decodeViews() {
        long s = 0;
        reader.wrap(captured, 0, capturedLength);
        while (reader.next()) {
            if (reader.type() == 20) {
                view.wrap(reader, 6);
                s += view.stateRaw() + view.receiveQueue() + view.sendQueue() + view.localPort() + view.remotePort()
                        + view.copyLocalAddress(address) + view.copyRemoteAddress(address) + view.inode();
            }
        }
        return s;
    }

    /** {@code Sockets.tcp().forEach(connection, …)}: both families, kernel included. */
    @Benchmark
    public long kernelForEach() {
        sum = 0;
        query.forEach(connection, summer);
        return sum;
    }

    /** {@code Sockets.tcp().apply(connection)}: a record per socket. */
    @Benchmark
    public int kernelRecords() {
        return query.apply(connection).size();
    }
}
