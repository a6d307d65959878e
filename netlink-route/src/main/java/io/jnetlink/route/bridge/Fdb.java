package io.jnetlink.route.bridge;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.internal.BridgeNexthopMessages;

import java.util.List;
import java.util.function.Consumer;

/**
 * The bridge forwarding database, as {@code bridge fdb} manages it: MAC entries of bridge ports
 * and of vxlan devices.
 *
 * <pre>{@code
 * Fdb.add("02:00:00:00:00:99").dev("veth0").master().staticEntry().in(ns).apply();
 *                                   // bridge fdb add 02:00:00:00:00:99 dev veth0 master static
 * Fdb.append("00:00:00:00:00:00").dev("vxlan0").dst("10.0.0.2").apply();
 *                                   // bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 10.0.0.2
 * List<FdbEntry> all = Fdb.list(ns);                    // bridge fdb show
 * }</pre>
 */
public final class Fdb {
    static {
        BridgeNexthopMessages.register();
    }

    private Fdb() {
    }

    /**
     * {@code bridge fdb add LLADDR dev DEV …}: fails with EEXIST if the entry exists.
     *
     * @param mac the MAC address, {@code "aa:bb:cc:dd:ee:ff"}
     * @return the request; {@code dev} is required, {@code apply()} sends it
     */
    public static FdbRequest add(String mac) {
        return new FdbRequest(FdbRequest.Kind.ADD, mac);
    }

    /**
     * {@code bridge fdb append LLADDR dev DEV dst IP}: adds one more destination to a vxlan
     * entry (e.g. the all-zero MAC used for flooding to several VTEPs).
     *
     * @param mac the MAC address
     * @return the request
     */
    public static FdbRequest append(String mac) {
        return new FdbRequest(FdbRequest.Kind.APPEND, mac);
    }

    /**
     * {@code bridge fdb replace LLADDR dev DEV …}: adds the entry or changes it.
     *
     * @param mac the MAC address
     * @return the request
     */
    public static FdbRequest replace(String mac) {
        return new FdbRequest(FdbRequest.Kind.REPLACE, mac);
    }

    /**
     * {@code bridge fdb del LLADDR dev DEV [master|self] [dst IP]}.
     *
     * @param mac the MAC address
     * @return the request
     */
    public static FdbRequest delete(String mac) {
        return new FdbRequest(FdbRequest.Kind.DELETE, mac);
    }

    /**
     * {@code bridge fdb show [br BR] [brport DEV]}: a query to narrow, then {@code apply()} or {@code forEach}.
     *
     * @return the query
     */
    public static FdbQuery show() {
        return new FdbQuery();
    }

    /**
     * {@code ip netns exec NS bridge fdb show}: every entry of {@code namespace}.
     *
     * @param namespace the network namespace
     * @return the entries
     */
    public static List<FdbEntry> list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }

    /**
     * Streams every entry of {@code namespace} through one reused {@link FdbView}: no allocation
     * per entry, for tables of tens of thousands of MACs.
     *
     * @param namespace the network namespace
     * @param consumer called with each entry; the view is valid only during the call
     */
    public static void forEach(NetNamespace namespace, Consumer<FdbView> consumer) {
        show().in(namespace).forEach(consumer);
    }
}
