package io.jnetlink.route;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.NetNamespace;

import java.util.List;
import java.util.function.Consumer;

/**
 * Routes, as {@code ip route} manages them: add, replace, append, delete, list and get, IPv4 and
 * IPv6, any table.
 *
 * <pre>{@code
 * Routes.add("192.168.1.0/24").via("192.168.15.5").in(blue).apply();  // ip -n blue route add 192.168.1.0/24 via 192.168.15.5
 * Routes.add("default").via("192.168.15.5").in(blue).apply();         // ip -n blue route add default via 192.168.15.5
 * List<Route> main = Routes.list(blue);                               // ip -n blue route show (+ ip -6 route show)
 * Route used = Routes.get("192.168.1.3").in(blue).apply();            // ip -n blue route get 192.168.1.3
 * }</pre>
 */
public final class Routes {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private Routes() {
    }

    /**
     * {@code ip route add DEST}: {@code DEST} is {@code "default"} or a prefix such as
     * {@code 192.168.1.0/24} (a bare address is a host route).
     *
     *
     * @param destination the destination prefix ({@code "10.0.0.0/24"}, {@code "default"}) or address
     * @return the request; {@code apply()} sends it
     * @throws IllegalArgumentException for a bad prefix, or host bits set beyond the prefix length
     */
    public static RouteRequest add(String destination) {
        return new RouteRequest(RouteRequest.Kind.ADD, destination);
    }

    /**
     * {@code ip route replace DEST}: adds the route or replaces the one there.
     *
     * @param destination the destination prefix ({@code "10.0.0.0/24"}, {@code "default"}) or address
     * @return the request; {@code apply()} sends it
     */
    public static RouteRequest replace(String destination) {
        return new RouteRequest(RouteRequest.Kind.REPLACE, destination);
    }

    /**
     * {@code ip route append DEST}: adds another route of the same prefix ({@code NLM_F_APPEND}).
     *
     * @param destination the destination prefix ({@code "10.0.0.0/24"}, {@code "default"}) or address
     * @return the request; {@code apply()} sends it
     */
    public static RouteRequest append(String destination) {
        return new RouteRequest(RouteRequest.Kind.APPEND, destination);
    }

    /**
     * {@code ip route del DEST}: deletes the route (narrow with via, dev, table, metric …).
     *
     * @param destination the destination prefix ({@code "10.0.0.0/24"}, {@code "default"}) or address
     * @return the request; {@code apply()} sends it
     */
    public static RouteRequest delete(String destination) {
        return new RouteRequest(RouteRequest.Kind.DELETE, destination);
    }

    /**
     * {@code ip route get ADDR}: the route the kernel would use for {@code destination}.
     *
     * @param destination the destination prefix ({@code "10.0.0.0/24"}, {@code "default"}) or address
     * @return the request; {@code apply()} sends it
     */
    public static RouteGetRequest get(String destination) {
        return new RouteGetRequest(destination);
    }

    /**
     * {@code ip route show …}: a query to narrow (table, family, dev), then {@code apply()} or {@code forEach}.
     *
     * @return the request; {@code apply()} sends it
     */
    public static RouteQuery show() {
        return new RouteQuery();
    }

    /**
     * {@code ip route show} and {@code ip -6 route show}: the main table of the calling thread's namespace.
     *
     * @return the routes
     */
    public static List<Route> list() {
        return show().apply();
    }

    /**
     * {@code ip -n NS route show}: the main table of {@code namespace}, IPv4 and IPv6.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return the routes
     */
    public static List<Route> list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }

    /**
     * Streams the main table of {@code namespace} through one reused {@link RouteView}: no
     * allocation per message. The view is valid only during each call.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @param consumer called with each item; a view is valid only during the call
     */
    public static void forEach(NetNamespace namespace, Consumer<RouteView> consumer) {
        show().in(namespace).forEach(consumer);
    }
}
