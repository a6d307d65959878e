package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageReader;
import io.jnetlink.route.wire.TcMsg;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming path allocates nothing per message: wrapping the qdisc, class and filter views over
 * captured kernel dumps and reading their header fields, kind and counters in place (what
 * {@code forEach} consumers do) costs no heap, measured with the JVM's per-thread allocation counter.
 */
class TcViewsAllocationTest {
    private static final int ROUNDS = 20_000;

    @Test
    void shouldWalkViewsWithoutAllocatingPerMessage() {
        List<ByteBuffer> all = new ArrayList<>(TcVectors.messages("qdisc-show.hex", TcMsg.RTM_NEWQDISC));
        int qdiscs = all.size();
        all.addAll(TcVectors.messages("class-show.hex", TcMsg.RTM_NEWTCLASS));
        int classes = all.size();
        all.addAll(TcVectors.messages("filter-show.hex", TcMsg.RTM_NEWTFILTER));
        ByteBuffer[] messages = all.toArray(ByteBuffer[]::new);
        MessageReader reader = new MessageReader();
        QdiscView q = new QdiscView();
        TrafficClassView c = new TrafficClassView();
        FilterView f = new FilterView();
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) { // let the JIT compile it
            sink += walk(messages, qdiscs, classes, reader, q, c, f);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        sink += walk(messages, qdiscs, classes, reader, q, c, f);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        long count = (long) ROUNDS * messages.length;
        assertTrue(sink != 42);
        assertTrue(allocated < count / 10, allocated + " bytes allocated for " + count + " messages");
    }

    private static long walk(ByteBuffer[] all, int qdiscs, int classes, MessageReader reader, QdiscView q,
                             TrafficClassView c, FilterView f) {
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < all.length; i++) {
                reader.wrap(all[i], 0, all[i].capacity());
                reader.next();
                if (i < qdiscs) {
                    sink += q.wrap(reader).ifindex() + q.handle() + q.parent() + q.bytes() + q.packets()
                            + (q.kindEquals("htb") ? 1 : 0);
                } else if (i < classes) {
                    sink += c.wrap(reader).handle() + c.parent() + c.bytes() + (c.kindEquals("htb") ? 1 : 0);
                } else {
                    sink += f.wrap(reader).priority() + f.protocol() + f.chain() + f.handle() + (f.kindEquals("u32") ? 1 : 0);
                }
            }
        }
        return sink;
    }
}
