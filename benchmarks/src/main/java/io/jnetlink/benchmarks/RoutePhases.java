package io.jnetlink.benchmarks;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkBatch;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;
import io.jnetlink.route.Routes;

/**
 * W3: {@code ip route add 172.(16+i/65536).(i/256%256).(i%256)/32 via 10.0.0.2} for i = 0..N-1
 * (W3add), then {@code ip -4 route show} counting the main table's routes, N+1 (W3dump).
 */
final class RoutePhases implements PhaseRunner {
    static final String GATEWAY = "10.0.0.2";

    /** Route {@code i}'s destination. */
    static String destination(int i) {
        return "172." + (16 + i / 65536) + "." + (i / 256 % 256) + "." + (i % 256) + "/32";
    }

    @Override
    public void prepare(Connections c, int n) {
        Links.create().bridge(AddressPhases.BRIDGE).up().apply(c.route());
        Addresses.add("10.0.0.1/8").dev(AddressPhases.BRIDGE).apply(c.route());
    }

    @Override
    public void run(Connections c, int n, boolean batch, Phases phases) {
        NetlinkConnection route = c.route();
        route.replyTimeoutMillis(60_000);
        phases.starting("W3add");
        long t0 = System.nanoTime();
        if (batch) {
            NetlinkBatch pipeline = NetlinkBatch.on(route);
            for (int i = 0; i < n; i++) {
                pipeline.add(Routes.add(destination(i)).via(GATEWAY));
            }
            pipeline.apply();
        } else {
            for (int i = 0; i < n; i++) {
                Routes.add(destination(i)).via(GATEWAY).apply(route);
            }
        }
        phases.finished("W3add", System.nanoTime() - t0);

        phases.starting("W3dump");
        t0 = System.nanoTime();
        long count = countMainIpv4(route);
        phases.finished("W3dump", System.nanoTime() - t0);
        PhaseRunner.checkCount("main-table IPv4 routes dumped by W3dump (N+1)", n + 1L, count);
    }

    /** {@code ip -4 route show} (main table), counted through the reused view. */
    static long countMainIpv4(NetlinkConnection c) {
        long[] count = {0};
        Routes.show().ipv4().forEach(c, v -> count[0]++);
        return count[0];
    }
}
