package io.jnetlink.route.tc;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.tc.TcRequest.Op;

import java.util.List;
import java.util.function.Consumer;

/**
 * Queueing disciplines, as {@code tc qdisc} manages them.
 *
 * <pre>{@code
 * Qdiscs.add("veth0").root().handle("1:").options(HtbQdiscOptions.defaultClass(0x10)).in(ns).apply();
 *                                                       // tc qdisc add dev veth0 root handle 1: htb default 10
 * Qdiscs.add("veth0").ingress().in(ns).apply();         // tc qdisc add dev veth0 ingress
 * List<Qdisc> all = Qdiscs.list(ns);                    // tc -s qdisc show
 * Qdiscs.delete("veth0").root().in(ns).apply();         // tc qdisc del dev veth0 root
 * }</pre>
 */
public final class Qdiscs {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private Qdiscs() {
    }

    /**
     * {@code tc qdisc add dev D …}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static QdiscRequest add(String dev) {
        return new QdiscRequest(Op.ADD, TcDevice.named(dev));
    }

    /**
     * {@code tc qdisc add dev D …} by device index.
     *
     * @param ifindex the device index
     * @return the request; {@code apply()} sends it
     */
    public static QdiscRequest add(int ifindex) {
        return new QdiscRequest(Op.ADD, TcDevice.indexed(ifindex));
    }

    /**
     * {@code tc qdisc change dev D …}: changes the options of an existing qdisc.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static QdiscRequest change(String dev) {
        return new QdiscRequest(Op.CHANGE, TcDevice.named(dev));
    }

    /**
     * {@code tc qdisc replace dev D …}: adds, or replaces the qdisc at that parent.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static QdiscRequest replace(String dev) {
        return new QdiscRequest(Op.REPLACE, TcDevice.named(dev));
    }

    /**
     * {@code tc qdisc del dev D (root | parent P | ingress | handle H)}.
     *
     * @param dev the device name
     * @return the request; {@code apply()} sends it
     */
    public static QdiscRequest delete(String dev) {
        return new QdiscRequest(Op.DELETE, TcDevice.named(dev));
    }

    /**
     * {@code tc -s qdisc show}: a query to narrow by device, then {@code apply()}.
     *
     * @return the query
     */
    public static QdiscQuery show() {
        return new QdiscQuery();
    }

    /**
     * {@code tc -s qdisc show} in the calling thread's namespace.
     *
     * @return the qdiscs with their statistics
     */
    public static List<Qdisc> list() {
        return show().apply();
    }

    /**
     * {@code tc -n NS -s qdisc show}.
     *
     * @param namespace the network namespace
     * @return the qdiscs with their statistics
     */
    public static List<Qdisc> list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }

    /**
     * Streams every qdisc of {@code namespace} through one reused {@link QdiscView} (valid only during each call).
     *
     * @param namespace the network namespace
     * @param consumer called with each qdisc
     */
    public static void forEach(NetNamespace namespace, Consumer<QdiscView> consumer) {
        show().in(namespace).forEach(consumer);
    }
}
