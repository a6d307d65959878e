package io.jnetlink.route;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.NetNamespace;

import java.util.List;
import java.util.function.Consumer;

/**
 * The neighbour tables (ARP for IPv4, NDP for IPv6), as {@code ip neigh} manages them.
 *
 * <pre>{@code
 * List<Neighbor> arp = Neighbors.list(red);                               // ip -n red neigh
 * Neighbors.add("192.168.15.9").lladdr("02:00:00:00:00:09").dev("veth-red").in(red).apply();
 *                                      // ip -n red neigh add 192.168.15.9 lladdr 02:00:00:00:00:09 dev veth-red nud permanent
 * }</pre>
 */
public final class Neighbors {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private Neighbors() {
    }

    /**
     * {@code ip neigh add ADDR}: a new entry, permanent unless {@code .state(…)} says otherwise.
     *
     * @param address the neighbour's IP address
     * @return the request; {@code apply()} sends it
     */
    public static NeighborRequest add(String address) {
        return new NeighborRequest(NeighborRequest.Kind.ADD, address);
    }

    /**
     * {@code ip neigh replace ADDR}: adds the entry or overwrites it.
     *
     * @param address the neighbour's IP address
     * @return the request; {@code apply()} sends it
     */
    public static NeighborRequest replace(String address) {
        return new NeighborRequest(NeighborRequest.Kind.REPLACE, address);
    }

    /**
     * {@code ip neigh del ADDR dev NAME}.
     *
     * @param address the neighbour's IP address
     * @return the request; {@code apply()} sends it
     */
    public static NeighborRequest delete(String address) {
        return new NeighborRequest(NeighborRequest.Kind.DELETE, address);
    }

    /**
     * {@code ip neigh show …}: a query to narrow (dev, family, nud all), then {@code apply()} or {@code forEach}.
     *
     * @return the request; {@code apply()} sends it
     */
    public static NeighborQuery show() {
        return new NeighborQuery();
    }

    /**
     * {@code ip neigh show}: the ARP and NDP entries of the calling thread's namespace.
     *
     * @return the neighbours
     */
    public static List<Neighbor> list() {
        return show().apply();
    }

    /**
     * {@code ip -n NS neigh show}.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return the neighbours
     */
    public static List<Neighbor> list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }

    /**
     * Streams the entries of {@code namespace} through one reused {@link NeighborView} (valid only during each call).
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @param consumer called with each item; a view is valid only during the call
     */
    public static void forEach(NetNamespace namespace, Consumer<NeighborView> consumer) {
        show().in(namespace).forEach(consumer);
    }
}
