package io.jnetlink.route.tc;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.tc.TcRequest.Op;

import java.util.List;
import java.util.function.Consumer;

/**
 * Classes of classful qdiscs, as {@code tc class} manages them.
 *
 * <pre>{@code
 * TrafficClasses.add("veth0").parent("1:").classId("1:10").options(HtbClassOptions.rate("10mbit")).in(ns).apply();
 *                                                  // tc class add dev veth0 parent 1: classid 1:10 htb rate 10mbit
 * List<TrafficClass> classes = TrafficClasses.list(ns, "veth0");   // tc -s class show dev veth0
 * }</pre>
 */
public final class TrafficClasses {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private TrafficClasses() {
    }

    /**
     * {@code tc class add dev D …}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static TrafficClassRequest add(String dev) {
        return new TrafficClassRequest(Op.ADD, TcDevice.named(dev));
    }

    /**
     * {@code tc class add dev D …} by device index.
     *
     * @param ifindex the device index
     * @return the request; {@code apply()} sends it
     */
    public static TrafficClassRequest add(int ifindex) {
        return new TrafficClassRequest(Op.ADD, TcDevice.indexed(ifindex));
    }

    /**
     * {@code tc class change dev D …}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static TrafficClassRequest change(String dev) {
        return new TrafficClassRequest(Op.CHANGE, TcDevice.named(dev));
    }

    /**
     * {@code tc class replace dev D …}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static TrafficClassRequest replace(String dev) {
        return new TrafficClassRequest(Op.REPLACE, TcDevice.named(dev));
    }

    /**
     * {@code tc class del dev D classid C}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static TrafficClassRequest delete(String dev) {
        return new TrafficClassRequest(Op.DELETE, TcDevice.named(dev));
    }

    /**
     * {@code tc -s class show dev D}.
     *
     * @param dev the device name
     * @return the query; {@code apply()} runs it
     */
    public static TrafficClassQuery show(String dev) {
        return new TrafficClassQuery(TcDevice.named(dev));
    }

    /**
     * {@code tc -n NS -s class show dev D}.
     *
     * @param namespace the network namespace
     * @param dev the device name
     * @return the classes with their statistics
     */
    public static List<TrafficClass> list(NetNamespace namespace, String dev) {
        return show(dev).in(namespace).apply();
    }

    /**
     * Streams the classes of {@code dev} through one reused {@link TrafficClassView}.
     *
     * @param namespace the network namespace
     * @param dev the device name
     * @param consumer called with each class; the view is valid only during the call
     */
    public static void forEach(NetNamespace namespace, String dev, Consumer<TrafficClassView> consumer) {
        show(dev).in(namespace).forEach(consumer);
    }
}
