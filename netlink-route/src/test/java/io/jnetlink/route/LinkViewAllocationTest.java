package io.jnetlink.route;

import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot path allocates nothing per message: walking the captured dump through one
 * {@link LinkView}, and encoding a request into a reused writer. Measured with the JVM's
 * per-thread allocation counter (the JMH {@code -prof gc} check lives in the benchmarks module).
 */
class LinkViewAllocationTest {
    private static final int ROUNDS = 20_000;

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "HotSpot allocation counter");
        return ((com.sun.management.ThreadMXBean) bean).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void shouldWalkDumpThroughViewWithoutAllocating() {
        byte[] dump = LinkTestBytes.hex("dump-reply.hex");
        ByteBuffer buffer = LinkTestBytes.direct(dump);
        MessageReader reader = new MessageReader();
        LinkView view = new LinkView();
        long sink = walk(buffer, dump.length, reader, view); // warm up: JIT, class loading
        sink += walk(buffer, dump.length, reader, view);
        long before = allocatedBytes();
        sink += walk(buffer, dump.length, reader, view);
        long allocated = allocatedBytes() - before;
        assertTrue(sink != 0);
        // 6 messages per round: anything per message would show as >= 6 * ROUNDS * 16 bytes
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes over " + (6 * ROUNDS) + " messages");
    }

    private static long walk(ByteBuffer buffer, int length, MessageReader reader, LinkView view) {
        long sum = 0;
        for (int r = 0; r < ROUNDS; r++) {
            reader.wrap(buffer, 0, length);
            while (reader.next()) {
                view.wrap(reader);
                sum += view.index() + view.mtu() + view.masterIndex() + view.rxBytes() + view.operStateRaw();
                if (view.nameEquals("veth-a") && view.kindEquals("veth")) {
                    sum++;
                }
            }
        }
        return sum;
    }

    @Test
    void shouldEncodeSetRequestIntoReusedWriterWithoutAllocating() {
        MessageWriter w = new MessageWriter(256);
        LinkSetRequest request = Links.set("veth-red").up().mtu(1400).alias("cable");
        int length = encode(w, request);
        length += encode(w, request);
        long before = allocatedBytes();
        length += encode(w, request);
        long allocated = allocatedBytes() - before;
        // nlmsghdr 16 + ifinfomsg 16 + IFLA_IFNAME "veth-red" 16 + IFLA_MTU 8 + IFLA_IFALIAS "cable" 12
        assertEquals(3 * ROUNDS * 68, length);
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes over " + ROUNDS + " encodings");
    }

    private static int encode(MessageWriter w, LinkSetRequest request) {
        int total = 0;
        for (int r = 0; r < ROUNDS; r++) {
            w.reset();
            request.encode(w, 0, 0);
            total += w.position();
        }
        return total;
    }
}
