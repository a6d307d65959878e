package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.MessageReader;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming path allocates nothing per message: wrapping the address, route and neighbour
 * views over captured kernel replies and reading their fields in place (what {@code forEach}
 * consumers do) costs no heap, measured with the JVM's per-thread allocation counter.
 */
class RouteViewsAllocationTest {
    private static final int ROUNDS = 20_000;

    @Test
    void shouldWalkViewsWithoutAllocatingPerMessage() {
        List<ByteBuffer> addrs = RouteTestVectors.messages("addr/ip-addr-show.hex", Rtnl.RTM_NEWADDR);
        List<ByteBuffer> routes = RouteTestVectors.messages("route/ip-route-show-all.hex", Rtnl.RTM_NEWROUTE);
        List<ByteBuffer> neighs = RouteTestVectors.messages("neigh/ip-neigh-show.hex", Rtnl.RTM_NEWNEIGH);
        ByteBuffer[] all = new ByteBuffer[addrs.size() + routes.size() + neighs.size()];
        int[] kinds = new int[all.length];
        int k = 0;
        for (ByteBuffer b : addrs) {
            kinds[k] = 0;
            all[k++] = b;
        }
        for (ByteBuffer b : routes) {
            kinds[k] = 1;
            all[k++] = b;
        }
        for (ByteBuffer b : neighs) {
            kinds[k] = 2;
            all[k++] = b;
        }
        MessageReader reader = new MessageReader();
        AddressView av = new AddressView();
        RouteView rv = new RouteView();
        NeighborView nv = new NeighborView();
        byte[] scratch = new byte[16];
        long sink = walk(all, kinds, reader, av, rv, nv, scratch); // warm up: let the JIT compile it
        sink += walk(all, kinds, reader, av, rv, nv, scratch);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        sink += walk(all, kinds, reader, av, rv, nv, scratch);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        long messages = (long) ROUNDS * all.length;
        assertTrue(sink != 42);
        assertTrue(allocated < messages / 10, allocated + " bytes allocated for " + messages + " messages");
    }

    private static long walk(ByteBuffer[] all, int[] kinds, MessageReader reader, AddressView av, RouteView rv,
                             NeighborView nv, byte[] scratch) {
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < all.length; i++) {
                reader.wrap(all[i], 0, all[i].capacity());
                reader.next();
                switch (kinds[i]) {
                    case 0 -> sink += av.wrap(reader).prefixLength() + av.index() + av.copyAddress(scratch) + av.flags()
                            + av.validLifetime() + (av.labelEquals("veth0") ? 1 : 0);
                    case 1 -> sink += rv.wrap(reader).prefixLength() + rv.table() + rv.copyDestination(scratch)
                            + rv.copyGateway(scratch) + rv.outputIndex() + rv.metric() + rv.nextHopCount() + rv.typeRaw();
                    default -> sink += nv.wrap(reader).stateRaw() + nv.index() + nv.copyAddress(scratch)
                            + nv.copyMacAddress(scratch);
                }
            }
        }
        return sink;
    }
}
