package io.jnetlink.benchmarks;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.route.Links;
import io.jnetlink.route.Routes;
import io.jnetlink.route.Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code apply(connection)} of a prebuilt request allocates nothing per call (issue #17), measured
 * with the JVM's per-thread allocation counter against a transport that ACKs at once: the same
 * path the JMH {@code apply*} benchmarks time with {@code -prof gc}.
 */
class RequestAllocationTest {
    private static final int WARM_UP = 30_000;
    private static final int MEASURED = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {"link set", "rule add", "route add"})
    void shouldApplyWithoutAllocatingPerRequest(String which) {
        NetlinkRequest<?, ?> request = switch (which) {
            case "link set" -> Links.set(7).up().mtu(1400);
            case "rule add" -> Rules.add().from("10.1.0.0/16").table(100).priority(1000).ipProto(6)
                    .destinationPorts(80, 80);
            default -> Routes.add("10.9.0.0/16").via("10.0.0.1").dev(3);
        };
        try (NetlinkConnection acking = NetlinkConnection.over(new AckingTransport())) {
            long sink = 0;
            for (int i = 0; i < WARM_UP; i++) { // let the JIT compile the path
                sink += request.apply(acking) == null ? 1 : 0;
            }
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < MEASURED; i++) {
                sink += request.apply(acking) == null ? 1 : 0;
            }
            long allocated = threads.getThreadAllocatedBytes(id) - before;
            assertTrue(sink > 0);
            assertTrue(allocated < MEASURED / 10, which + ": " + allocated + " bytes for " + MEASURED + " applies ("
                    + (double) allocated / MEASURED + " B/op)");
        }
    }
}
