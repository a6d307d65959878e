package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteSocketIT {
    private static final int RTM_NEWLINK = 16;
    private static final int RTM_GETLINK = 18;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_INFO_KIND = 1;

    @Test
    void shouldDumpOnlyLoopbackInAFreshNamespace() {
        try (NetNamespace ns = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns)) {
            AttributeReader attrs = new AttributeReader();
            List<String> names = new ArrayList<>();
            c.dump("RTM_GETLINK", w -> {
                int m = w.beginMessage(RTM_GETLINK, 0);
                w.reserve(16);
                w.endMessage(m);
            }, msg -> {
                if (msg.attributes(attrs, 16) != null && attrs.find(IFLA_IFNAME)) {
                    names.add(attrs.string());
                }
                return true;
            });
            assertEquals(List.of("lo"), names);
        }
    }

    @Test
    void shouldCarryErrnoAndKernelMessageOfARefusal() {
        try (NetNamespace ns = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns)) {
            NetlinkException e = assertThrows(NetlinkException.class, () -> c.request("RTM_NEWLINK x", w -> {
                int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
                w.reserve(16);
                w.putAttrString(IFLA_IFNAME, "x");
                int info = w.beginNested(IFLA_LINKINFO);
                w.putAttrString(IFLA_INFO_KIND, "no-such-kind");
                w.endNested(info);
                w.endMessage(m);
            }));
            assertEquals(Errno.EOPNOTSUPP, e.errno());
            assertTrue(e.isKernelError());
            assertEquals("Unknown device type", e.kernelMessage().orElse(""));
            assertTrue(e.getMessage().startsWith("RTM_NEWLINK x: EOPNOTSUPP"), e.getMessage());
        }
    }

    private static List<String> linkNames(NetlinkConnection c) {
        AttributeReader attrs = new AttributeReader();
        return c.dumpToList("RTM_GETLINK", w -> {
            int m = w.beginMessage(RTM_GETLINK, 0);
            w.reserve(16);
            w.endMessage(m);
        }, msg -> msg.attributes(attrs, 16).find(IFLA_IFNAME) ? attrs.string() : null);
    }

    private static void veth(MessageWriter w, String name, String kind) {
        int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
        w.reserve(16);
        w.putAttrString(IFLA_IFNAME, name);
        int info = w.beginNested(IFLA_LINKINFO);
        w.putAttrString(IFLA_INFO_KIND, kind);
        w.endNested(info);
        w.endMessage(m);
    }

    @Test
    void shouldReportBatchFailuresByIndexFromTheRealKernel() {
        try (NetNamespace ns = NetNamespace.create();
             NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns)) {
            MessageWriter batch = new MessageWriter();
            for (int i = 0; i < 300; i++) {
                veth(batch, "v" + i, i == 7 ? "no-such-kind" : "veth");
            }
            veth(batch, "v0", "veth"); // index 300: EEXIST
            NetlinkBatchException e = assertThrows(NetlinkBatchException.class, () -> c.batch("RTM_NEWLINK", batch));
            assertEquals(List.of(7, 300), e.failures().stream().map(NetlinkBatchException.Failure::index).toList());
            assertEquals(Errno.EOPNOTSUPP, e.failures().get(0).error().errno());
            assertEquals(Errno.EEXIST, e.failures().get(1).error().errno());
            List<String> names = linkNames(c);
            // 299 veths made, each with its peer, plus lo
            assertEquals(1 + 2 * 299, names.size());
            assertTrue(names.contains("v299") && !names.contains("v7"));
        }
    }

    @Test
    void shouldServeManyThreadsOnOneConnection() throws Exception {
        try (NetNamespace ns = NetNamespace.create()) {
            NetlinkConnection c = ns.connection(Netlink.NETLINK_ROUTE);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        int failures = 0;
                        for (int i = 0; i < 50; i++) {
                            assertEquals(List.of("lo"), linkNames(c).subList(0, 1));
                            NetlinkException e = assertThrows(NetlinkException.class, () -> c.request("RTM_NEWLINK",
                                    w -> veth(w, "t" + thread, "no-such-kind")));
                            failures += e.errno() == Errno.EOPNOTSUPP ? 1 : 0;
                        }
                        return failures;
                    }));
                }
                for (Future<Integer> r : results) {
                    assertEquals(50, r.get());
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
