package io.jnetlink.route.tc;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.tc.TcRequest.Op;

import java.util.List;
import java.util.function.Consumer;

/**
 * Filters (classifiers and their actions), as {@code tc filter} manages them.
 *
 * <pre>{@code
 * Filters.add("veth0").parent("1:").protocol("ip").priority(1)
 *        .options(U32Options.match().matchIpDestinationPort(5001).flowId("1:10")).in(ns).apply();
 *                     // tc filter add dev veth0 parent 1: protocol ip prio 1 u32 match ip dport 5001 0xffff flowid 1:10
 * List<Filter> filters = Filters.list(ns, "veth0");   // tc filter show dev veth0 (root, ingress, egress)
 * }</pre>
 */
public final class Filters {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private Filters() {
    }

    /**
     * {@code tc filter add dev D …}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static FilterRequest add(String dev) {
        return new FilterRequest(Op.ADD, TcDevice.named(dev));
    }

    /**
     * {@code tc filter add dev D …} by device index.
     *
     * @param ifindex the device index
     * @return the request; {@code apply()} sends it
     */
    public static FilterRequest add(int ifindex) {
        return new FilterRequest(Op.ADD, TcDevice.indexed(ifindex));
    }

    /**
     * {@code tc filter change dev D …}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static FilterRequest change(String dev) {
        return new FilterRequest(Op.CHANGE, TcDevice.named(dev));
    }

    /**
     * {@code tc filter replace dev D …}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static FilterRequest replace(String dev) {
        return new FilterRequest(Op.REPLACE, TcDevice.named(dev));
    }

    /**
     * {@code tc filter del dev D parent P [prio N] [protocol P] [KIND]}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static FilterRequest delete(String dev) {
        return new FilterRequest(Op.DELETE, TcDevice.named(dev));
    }

    /**
     * {@code tc filter show dev D}.
     *
     * @param dev the device name
     * @return the query; {@code apply()} runs it
     */
    public static FilterQuery show(String dev) {
        return new FilterQuery(TcDevice.named(dev));
    }

    /**
     * {@code tc -n NS filter show dev D}.
     *
     * @param namespace the network namespace
     * @param dev the device name
     * @return the filters
     */
    public static List<Filter> list(NetNamespace namespace, String dev) {
        return show(dev).in(namespace).apply();
    }

    /**
     * Streams the filters of {@code dev} through one reused {@link FilterView}.
     *
     * @param namespace the network namespace
     * @param dev the device name
     * @param consumer called with each filter; the view is valid only during the call
     */
    public static void forEach(NetNamespace namespace, String dev, Consumer<FilterView> consumer) {
        show(dev).in(namespace).forEach(consumer);
    }
}
