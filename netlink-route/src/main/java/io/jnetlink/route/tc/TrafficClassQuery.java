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
 * {@code tc -s class show dev D}: an {@code RTM_GETTCLASS} dump of one device (the kernel dumps
 * classes per device), made by {@link TrafficClasses#show(String)}.
 */
public final class TrafficClassQuery extends NetlinkRequest<TrafficClassQuery, List<TrafficClass>> {
    private final TcDevice device;

    TrafficClassQuery(TcDevice device) {
        this.device = device;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public List<TrafficClass> apply(NetlinkConnection connection) {
        List<TrafficClass> out = new ArrayList<>();
        forEach(connection, v -> out.add(v.toTrafficClass()));
        return out;
    }

    /**
     * Streams the classes through one reused view in the target namespace.
     *
     * @param consumer called with each class; the view is valid only during the call
     */
    public void forEach(Consumer<TrafficClassView> consumer) {
        forEach(targetNamespace().connection(Netlink.NETLINK_ROUTE), consumer);
    }

    /**
     * Streams the classes through one reused view.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection
     * @param consumer called with each class; the view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<TrafficClassView> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        int ifindex = device.resolve(connection);
        TrafficClassView view = new TrafficClassView();
        connection.dump("RTM_GETTCLASS", TcDumps.of(TcMsg.RTM_GETTCLASS, ifindex, 0), m -> {
            if (m.type() == TcMsg.RTM_NEWTCLASS) {
                consumer.accept(view.wrap(m));
            }
            return true;
        });
    }
}
