package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.TcMsg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code tc filter show dev D [parent P | ingress | egress]}: {@code RTM_GETTFILTER} dumps of one
 * device, made by {@link Filters#show(String)}. Unless narrowed it lists the filters of the root
 * qdisc and of the hooks the device has (ingress for an ingress qdisc, ingress and egress for
 * clsact): the kernel dumps one block at a time, and filters attached to classes need
 * {@link #parent(String)}.
 */
public final class FilterQuery extends NetlinkRequest<FilterQuery, List<Filter>> {
    private final TcDevice device;
    /** The parents to dump, or null for the default: the root qdisc and the hooks the device has. */
    private int[] parents;

    FilterQuery(TcDevice device) {
        this.device = device;
    }

    /**
     * {@code parent MAJ:[MIN]}: only the filters attached there.
     *
     * @param parent e.g. {@code "1:"} or {@code "1:10"}
     * @return this request
     */
    public FilterQuery parent(String parent) {
        this.parents = new int[] {TcHandle.parse(parent, "parent")};
        return this;
    }

    /**
     * {@code ingress}: only the ingress hook's filters.
     *
     * @return this request
     */
    public FilterQuery ingress() {
        this.parents = new int[] {TcHandle.INGRESS_HOOK};
        return this;
    }

    /**
     * {@code egress}: only the clsact egress hook's filters.
     *
     * @return this request
     */
    public FilterQuery egress() {
        this.parents = new int[] {TcHandle.EGRESS_HOOK};
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public List<Filter> apply(NetlinkConnection connection) {
        List<Filter> out = new ArrayList<>();
        forEach(connection, v -> out.add(v.toFilter()));
        return out;
    }

    /**
     * Streams the filters through one reused view in the target namespace.
     *
     * @param consumer called with each filter; the view is valid only during the call
     */
    public void forEach(Consumer<FilterView> consumer) {
        forEach(targetNamespace().connection(Netlink.NETLINK_ROUTE), consumer);
    }

    /**
     * Streams the filters through one reused view.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection
     * @param consumer called with each filter; the view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<FilterView> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        int ifindex = device.resolve(connection);
        FilterView view = new FilterView();
        for (int parent : parents != null ? parents : defaultParents(connection, ifindex)) {
            connection.dump("RTM_GETTFILTER", TcDumps.of(TcMsg.RTM_GETTFILTER, ifindex, parent), m -> {
                if (m.type() == TcMsg.RTM_NEWTFILTER) {
                    consumer.accept(view.wrap(m));
                }
                return true;
            });
        }
    }

    /** The root, and the hooks of the device's ingress or clsact qdisc (an ingress qdisc would answer for egress too). */
    private static int[] defaultParents(NetlinkConnection connection, int ifindex) {
        String[] hooks = {null};
        QdiscView q = new QdiscView();
        connection.dump("RTM_GETQDISC", TcDumps.of(TcMsg.RTM_GETQDISC, ifindex, 0), m -> {
            if (m.type() == TcMsg.RTM_NEWQDISC && q.wrap(m).ifindex() == ifindex && q.parent() == TcHandle.INGRESS) {
                hooks[0] = q.kind();
            }
            return true;
        });
        if ("clsact".equals(hooks[0])) {
            return new int[] {0, TcHandle.INGRESS_HOOK, TcHandle.EGRESS_HOOK};
        }
        return "ingress".equals(hooks[0]) ? new int[] {0, TcHandle.INGRESS_HOOK} : new int[] {0};
    }
}
