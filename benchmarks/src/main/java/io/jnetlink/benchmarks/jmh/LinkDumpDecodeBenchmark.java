package io.jnetlink.benchmarks.jmh;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.benchmarks.CapturedReplies;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.route.LinkView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Decodes a link dump captured from the kernel (2,001 links: 1,000 veth pairs and lo, 98
 * datagrams) in place: through the reused {@link LinkView} (no allocation), and into
 * {@code Link} records (allocates, reported as it is). One op = the whole dump.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LinkDumpDecodeBenchmark {
    private final MessageReader reader = new MessageReader();
    private final LinkView view = new LinkView();
    private CapturedReplies replies;

    @Setup
    public void setUp() {
        replies = CapturedReplies.resource("links-2001.bin.gz");
        if (views() == 0) {
            throw new IllegalStateException("empty capture");
        }
        long decoded = 0;
        for (int d = 0; d < replies.datagrams(); d++) {
            reader.wrap(replies.buffer(), replies.offset(d), replies.length(d));
            while (reader.next()) {
                if (reader.type() == Rtnl.RTM_NEWLINK && view.wrap(reader).toLink().index() > 0) {
                    decoded++;
                }
            }
        }
        if (decoded != 2001) {
            throw new IllegalStateException("expected 2001 links in the capture, decoded " + decoded);
        }
    }

    /** Every link through the view: index, mtu, flags and a name comparison. */
    @Benchmark
    public long views() {
        ByteBuffer buffer = replies.buffer();
        long sum = 0;
        for (int d = 0; d < replies.datagrams(); d++) {
            reader.wrap(buffer, replies.offset(d), replies.length(d));
            while (reader.next()) {
                if (reader.type() == Rtnl.RTM_NEWLINK) {
                    view.wrap(reader);
                    sum += view.index() + view.mtu() + view.flags() + (view.nameEquals("b999") ? 1 : 0);
                }
            }
        }
        return sum;
    }

    /** Every link decoded to a {@code Link} record. */
    @Benchmark
    public void records(Blackhole bh) {
        ByteBuffer buffer = replies.buffer();
        for (int d = 0; d < replies.datagrams(); d++) {
            reader.wrap(buffer, replies.offset(d), replies.length(d));
            while (reader.next()) {
                if (reader.type() == Rtnl.RTM_NEWLINK) {
                    bh.consume(view.wrap(reader).toLink());
                }
            }
        }
    }
}
