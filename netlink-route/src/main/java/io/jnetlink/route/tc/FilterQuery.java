package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.TcMsg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code tc filter show dev D [parent P | ingress | egress]}: {@code RTM_GETTFILTER} dumps of one
 * device, made by {@link Filters#show(String)}. Unless narrowed it lists the filters of the root
 * qdisc and of the ingress and egress hooks (the kernel dumps one block at a time; filters attached
 * to classes need {@link #parent(String)}).
 */
public final class FilterQuery extends NetlinkRequest<FilterQuery, List<Filter>> {
    private final TcDevice device;
    private int[] parents = {0, TcHandle.INGRESS_HOOK, TcHandle.EGRESS_HOOK};

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

    /** {@return the filters, each once (an ingress qdisc answers for both hooks)} */
    @Override
    public List<Filter> apply(NetlinkConnection connection) {
        LinkedHashSet<Filter> out = new LinkedHashSet<>();
        forEach(connection, v -> out.add(v.toFilter()));
        return new ArrayList<>(out);
    }

    /**
     * Streams the filters through one reused view in the target namespace (a filter may come twice
     * when an ingress qdisc answers for both hooks).
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
        for (int parent : parents) {
            connection.dump("RTM_GETTFILTER", TcDumps.of(TcMsg.RTM_GETTFILTER, ifindex, parent), m -> {
                if (m.type() == TcMsg.RTM_NEWTFILTER) {
                    consumer.accept(view.wrap(m));
                }
                return true;
            });
        }
    }
}
