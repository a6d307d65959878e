package io.jnetlink.route;

import io.jnetlink.core.message.MessageWriter;

/**
 * Reaches the package-private encoders of netlink-route from the benchmarks module, so requests
 * can be encoded into a caller's reused {@link MessageWriter} (for JMH encode benchmarks and for
 * pipelined {@code NetlinkConnection.batch} workloads). It lives in the library's package but in
 * the benchmarks jar (a split package, fine on the class path).
 *
 * <p>Stand-in for a public {@code encode(MessageWriter)} on the request classes, which the
 * benchmarks report asks netlink-route for; delete this class once that exists.
 */
public final class BenchmarkHooks {
    private BenchmarkHooks() {
    }

    /** Writes {@code ip link add NAME type veth peer name PEER} as {@code apply} would (veth names nothing to resolve). */
    public static void encode(LinkVethRequest request, MessageWriter w) {
        request.check();
        request.encode(w, 0, request.resolve(null));
    }

    private static final int[] NO_HOPS = {};

    /**
     * Writes {@code ip addr add CIDR dev DEV} as {@code apply} would, with the device's index
     * {@code ifindex} already known ({@code apply} looks it up by name on every call).
     */
    public static void encode(AddressRequest request, int ifindex, MessageWriter w) {
        request.check();
        request.encode(w, ifindex);
    }

    /**
     * Writes {@code ip route add CIDR via GW} as {@code apply} would; only for routes that name no
     * device (no {@code dev}, no {@code nexthop dev}), which {@code apply} would resolve first.
     */
    public static void encode(RouteRequest request, MessageWriter w) {
        request.check();
        request.encode(w, 0, NO_HOPS);
    }

    /** Writes {@code ip link del DEV} as {@code apply} would. */
    public static void encode(LinkDeleteRequest request, MessageWriter w) {
        request.encode(w);
    }
}
