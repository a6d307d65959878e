package io.jnetlink.benchmarks;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkBatch;
import io.jnetlink.route.Links;

/**
 * W1 ({@code ip link add a<i> type veth peer name b<i>} N times, then {@code ip link del a<i>})
 * and W4 ({@code ip link show} of 2N+1 links, counted through the zero-allocation view).
 */
final class LinkPhases {
    private LinkPhases() {
    }

    /** Veth pair {@code i}'s first end. */
    static String a(int i) {
        return "a" + i;
    }

    /** Veth pair {@code i}'s second end. */
    static String b(int i) {
        return "b" + i;
    }

    /** Counts every link with the view (no allocation per link). */
    static long countLinks(NetlinkConnection c) {
        long[] count = {0};
        Links.forEach(c, v -> count[0]++);
        return count[0];
    }

    /** Creates veth pairs a0/b0 … a(n-1)/b(n-1), pipelined (untimed set-up). */
    static void createVethPairs(NetlinkConnection c, int n) {
        NetlinkBatch batch = NetlinkBatch.on(c);
        for (int i = 0; i < n; i++) {
            batch.add(Links.create().veth(a(i)).peer(b(i)));
        }
        batch.apply();
    }

    /** W1: create N veth pairs, then delete each. */
    static final class W1 implements PhaseRunner {
        @Override
        public void prepare(Connections c, int n) {
        }

        @Override
        public void run(Connections c, int n, boolean batch, Phases phases) {
            NetlinkConnection route = c.route();
            long before = countLinks(route);

            phases.starting("W1add");
            long t0 = System.nanoTime();
            if (batch) {
                NetlinkBatch pipeline = NetlinkBatch.on(route);
                for (int i = 0; i < n; i++) {
                    pipeline.add(Links.create().veth(a(i)).peer(b(i)));
                }
                pipeline.apply();
            } else {
                for (int i = 0; i < n; i++) {
                    Links.create().veth(a(i)).peer(b(i)).apply(route);
                }
            }
            phases.finished("W1add", System.nanoTime() - t0);
            PhaseRunner.checkCount("links after W1add", before + 2L * n, countLinks(route));

            phases.starting("W1del");
            t0 = System.nanoTime();
            if (batch) {
                NetlinkBatch pipeline = NetlinkBatch.on(route);
                for (int i = 0; i < n; i++) {
                    pipeline.add(Links.delete(a(i)));
                }
                pipeline.apply();
            } else {
                for (int i = 0; i < n; i++) {
                    Links.delete(a(i)).apply(route);
                }
            }
            phases.finished("W1del", System.nanoTime() - t0);
            PhaseRunner.checkCount("links after W1del", before, countLinks(route));
        }
    }

    /** W4: dump all links and count them. */
    static final class W4 implements PhaseRunner {
        @Override
        public void prepare(Connections c, int n) {
            createVethPairs(c.route(), n);
        }

        @Override
        public void run(Connections c, int n, boolean batch, Phases phases) {
            NetlinkConnection route = c.route();
            route.replyTimeoutMillis(60_000);
            phases.starting("W4");
            long t0 = System.nanoTime();
            long count = countLinks(route);
            phases.finished("W4", System.nanoTime() - t0);
            PhaseRunner.checkCount("links dumped by W4 (2N+1)", 2L * n + 1, count);
        }
    }
}
