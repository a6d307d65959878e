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

    /** Writes {@code ip link del DEV} as {@code apply} would. */
    public static void encode(LinkDeleteRequest request, MessageWriter w) {
        request.encode(w);
    }
}
