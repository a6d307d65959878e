package io.jnetlink.benchmarks.jmh;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
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
import org.openjdk.jmh.annotations.Warmup;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Walks the attributes of one message (a 4-byte struct then N u32 attributes) with the reused
 * {@link MessageReader}/{@link AttributeReader} flyweights: bounds-checked, no allocation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AttributeWalkBenchmark {
    @Param({"0", "1", "8", "64", "512"})
    public int attributes;

    private final MessageReader reader = new MessageReader();
    private final AttributeReader attrs = new AttributeReader();
    private ByteBuffer buffer;
    private int length;

    @Setup
    public void setUp() {
        MessageWriter w = new MessageWriter(64 + 8 * attributes);
        int msg = w.beginMessage(16, 0);
        w.reserve(4);
        for (int i = 0; i < attributes; i++) {
            w.putAttrU32(1 + (i % 30), i);
        }
        w.endMessage(msg);
        buffer = w.buffer();
        length = w.position();
        if (walk() != (long) attributes * (attributes - 1) / 2) {
            throw new IllegalStateException("attribute walk summed wrong");
        }
    }

    /** Sums every u32 attribute value of the message. */
    @Benchmark
    public long walk() {
        reader.wrap(buffer, 0, length);
        reader.next();
        reader.attributes(attrs, 4);
        long sum = 0;
        while (attrs.next()) {
            sum += attrs.u32();
        }
        return sum;
    }
}
