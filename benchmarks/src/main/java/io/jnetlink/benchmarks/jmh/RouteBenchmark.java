package io.jnetlink.benchmarks.jmh;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.benchmarks.AckingTransport;
import io.jnetlink.benchmarks.CapturedReplies;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.RouteRequest;
import io.jnetlink.route.RouteView;
import io.jnetlink.route.Routes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Routes: {@code ip route add 172.16.0.1/32 via 10.0.0.2} encoded into a reused buffer
 * ({@code encodeRouteAdd}, ns/op) and through the public {@code apply} against a transport that
 * ACKs at once ({@code applyRouteAdd}; built from text each op as W3add does:
 * {@code buildAndApplyRouteAdd}); a captured 10,000-route IPv4 dump (10,003 messages, 21 datagrams) decoded in place with the reused {@link RouteView} ({@code dumpViews}, one op = the
 * whole dump) and to {@code Route} records ({@code dumpRecords}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RouteBenchmark {
    private final MessageWriter writer = new MessageWriter(4096);
    private final MessageReader reader = new MessageReader();
    private final RouteView view = new RouteView();
    private final byte[] address = new byte[16];
    private RouteRequest add;
    private NetlinkConnection acking;
    private CapturedReplies dump;
    private int counter;
    private static final String[] DESTINATIONS = new String[256];

    static {
        for (int i = 0; i < DESTINATIONS.length; i++) {
            DESTINATIONS[i] = "172.16.0." + i + "/32";
        }
    }

    @Setup
    public void setUp() {
        add = Routes.add("172.16.0.1/32").via("10.0.0.2");
        acking = NetlinkConnection.over(new AckingTransport());
        dump = CapturedReplies.resource("routes-10000.bin.gz");
        if (dumpViews() != 10_003) {
            throw new IllegalStateException("expected 10,003 routes in the capture");
        }
    }

    @TearDown
    public void tearDown() {
        acking.close();
    }

    @Benchmark
    public int encodeRouteAdd() {
        writer.reset();
        add.encode(writer);
        return writer.position();
    }

    @Benchmark
    public Object applyRouteAdd() {
        return add.apply(acking);
    }

    /** What W3add does per route: build {@code ip route add 172.16.x.y/32 via 10.0.0.2} from text, then apply. */
    @Benchmark
    public Object buildAndApplyRouteAdd() {
        counter = (counter + 1) & 0xFFFF;
        return Routes.add(DESTINATIONS[counter & 0xFF]).via("10.0.0.2").apply(acking);
    }

    /** Every route through the view: table, prefix length, destination bytes, gateway presence. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long dumpViews() {
        ByteBuffer buffer = dump.buffer();
        long count = 0;
        for (int d = 0; d < dump.datagrams(); d++) {
            reader.wrap(buffer, dump.offset(d), dump.length(d));
            while (reader.next()) {
                if (reader.type() == Rtnl.RTM_NEWROUTE) {
                    view.wrap(reader);
                    if (view.table() + view.prefixLength() + view.copyDestination(address) > 0 || view.hasGateway()) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Every route decoded to a {@code Route} record. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void dumpRecords(Blackhole bh) {
        ByteBuffer buffer = dump.buffer();
        for (int d = 0; d < dump.datagrams(); d++) {
            reader.wrap(buffer, dump.offset(d), dump.length(d));
            while (reader.next()) {
                if (reader.type() == Rtnl.RTM_NEWROUTE) {
                    bh.consume(view.wrap(reader).toRoute());
                }
            }
        }
    }
}
