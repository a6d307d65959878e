package io.jnetlink.benchmarks.jmh;

import io.jnetlink.benchmarks.AckingTransport;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.LinkVethRequest;
import io.jnetlink.route.Links;
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

import java.util.concurrent.TimeUnit;

/**
 * {@code ip link add veth-red type veth peer name veth-blue}: the request encoded into a reused
 * direct buffer ({@code encodeVeth}), and the whole public path {@code apply(connection)} against
 * a transport that ACKs at once ({@code applyVeth}: encode + number + send + match the ACK).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LinkEncodeBenchmark {
    private final MessageWriter writer = new MessageWriter(4096);
    private LinkVethRequest veth;
    private NetlinkConnection acking;

    @Setup
    public void setUp() {
        veth = Links.create().veth("veth-red").peer("veth-blue");
        acking = NetlinkConnection.over(new AckingTransport());
    }

    @TearDown
    public void tearDown() {
        acking.close();
    }

    /** Encodes the veth request into the reused writer; returns its length. */
    @Benchmark
    public int encodeVeth() {
        writer.reset();
        veth.encode(writer);
        return writer.position();
    }

    /** The public {@code apply(connection)} of a prebuilt request, ACKed by a stand-in kernel. */
    @Benchmark
    public Object applyVeth() {
        return veth.apply(acking);
    }
}
