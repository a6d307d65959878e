package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #13: a connection holds its request writer, recvmmsg slots and receive buffer only while an
 * exchange runs (they come from pools shared by every connection), so many idle connections, one
 * cached per namespace, cost no buffers; and the pools never hand one buffer to two exchanges.
 */
class BufferOwnershipIT {
    private static final int CONNECTIONS = 200;
    /** Per open connection: its socket's 128-byte scratch and a few tiny option buffers; 48 KiB before. */
    private static final long MAX_DIRECT_BYTES_PER_CONNECTION = 2048;
    private static final int RTM_NEWLINK = 16;
    private static final int RTM_GETLINK = 18;
    private static final int IFINFOMSG_LENGTH = 16;
    private static final int IFI_INDEX_OFFSET = 4;
    private static final int IFI_FLAGS_OFFSET = 8;
    private static final int IFI_CHANGE_OFFSET = 12;
    private static final int IFLA_IFNAME = 3;
    private static final int IFF_UP = 1;
    private static final int LOOPBACK_INDEX = 1;

    @Test
    void idleConnectionsHoldNoBufferAfterGetsDumpsAndBatches() {
        List<NetlinkConnection> open = new ArrayList<>();
        try {
            useConnections(open, 4); // fills the pools and loads the classes
            long direct0 = directBytes();
            useConnections(open, CONNECTIONS);
            long perConnection = (directBytes() - direct0) / CONNECTIONS;
            assertTrue(perConnection < MAX_DIRECT_BYTES_PER_CONNECTION,
                    "direct memory per idle connection: " + perConnection + " bytes");
            for (NetlinkConnection c : open) {
                assertFalse(c.socket().holdsReceiveBuffer(), "an idle connection kept its receive buffer");
            }
        } finally {
            open.forEach(NetlinkConnection::close);
        }
    }

    @Test
    void concurrentExchangesOnSeparateConnectionsNeverShareABuffer() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit((Callable<Integer>) () -> {
                    int seen = 0;
                    try (NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE)) {
                        for (int i = 0; i < 300; i++) {
                            assertEquals(List.of("lo"), loopbackName(c));
                            seen++;
                        }
                    }
                    return seen;
                }));
            }
            for (Future<Integer> r : results) {
                assertEquals(300, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Opens {@code n} connections and runs a GET, a dump and a two-request batch on each; leaves them open. */
    private static void useConnections(List<NetlinkConnection> open, int n) {
        for (int i = 0; i < n; i++) {
            NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE);
            open.add(c);
            assertEquals(List.of("lo"), loopbackName(c));
            List<Integer> indexes = c.dumpToList("RTM_GETLINK dump", w -> {
                int m = w.beginMessage(RTM_GETLINK, 0);
                w.reserve(IFINFOMSG_LENGTH);
                w.endMessage(m);
            }, r -> r.payloadU32(IFI_INDEX_OFFSET));
            assertTrue(indexes.contains(LOOPBACK_INDEX), indexes.toString());
            MessageWriter batch = new MessageWriter(256);
            for (int k = 0; k < 2; k++) {
                int m = batch.beginMessage(RTM_NEWLINK, 0);
                int h = batch.reserve(IFINFOMSG_LENGTH);
                batch.putU32At(h + IFI_INDEX_OFFSET, LOOPBACK_INDEX);
                batch.putU32At(h + IFI_FLAGS_OFFSET, IFF_UP);
                batch.putU32At(h + IFI_CHANGE_OFFSET, IFF_UP);
                batch.endMessage(m);
            }
            c.batch("ip link set lo up (twice)", batch);
        }
    }

    /** {@code ip link show dev lo}: the name in the kernel's answer to RTM_GETLINK for index 1. */
    private static List<String> loopbackName(NetlinkConnection c) {
        List<String> names = new ArrayList<>();
        AttributeReader attrs = new AttributeReader();
        c.request("RTM_GETLINK lo", w -> {
            int m = w.beginMessage(RTM_GETLINK, 0);
            int h = w.reserve(IFINFOMSG_LENGTH);
            w.putU32At(h + IFI_INDEX_OFFSET, LOOPBACK_INDEX);
            w.endMessage(m);
        }, (MessageReader r) -> {
            if (r.type() == RTM_NEWLINK && r.attributes(attrs, IFINFOMSG_LENGTH) != null && attrs.find(IFLA_IFNAME)) {
                names.add(attrs.string());
            }
            return true;
        });
        return names;
    }

    private static long directBytes() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                return pool.getMemoryUsed();
            }
        }
        throw new IllegalStateException("no direct buffer pool bean");
    }
}
