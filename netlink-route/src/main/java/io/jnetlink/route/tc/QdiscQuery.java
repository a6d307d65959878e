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
 * {@code tc -s qdisc show [dev D]}: an {@code RTM_GETQDISC} dump, made by {@link Qdiscs#show()};
 * every device unless narrowed.
 */
public final class QdiscQuery extends NetlinkRequest<QdiscQuery, List<Qdisc>> {
    private TcDevice device;

    QdiscQuery() {
    }

    /**
     * {@code dev D}: only this device's qdiscs.
     *
     * @param name the device name
     * @return this request
     */
    public QdiscQuery dev(String name) {
        this.device = TcDevice.named(name);
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public List<Qdisc> apply(NetlinkConnection connection) {
        List<Qdisc> out = new ArrayList<>();
        forEach(connection, v -> out.add(v.toQdisc()));
        return out;
    }

    /**
     * Streams the qdiscs through one reused view in the target namespace.
     *
     * @param consumer called with each qdisc; the view is valid only during the call
     */
    public void forEach(Consumer<QdiscView> consumer) {
        forEach(targetNamespace().connection(Netlink.NETLINK_ROUTE), consumer);
    }

    /**
     * Streams the qdiscs through one reused view.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection
     * @param consumer called with each qdisc; the view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<QdiscView> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        int ifindex = device == null ? 0 : device.resolve(connection);
        QdiscView view = new QdiscView();
        connection.dump("RTM_GETQDISC", TcDumps.of(TcMsg.RTM_GETQDISC, ifindex, 0), m -> {
            if (m.type() == TcMsg.RTM_NEWQDISC) {
                view.wrap(m);
                if (ifindex == 0 || view.ifindex() == ifindex) {
                    consumer.accept(view);
                }
            }
            return true;
        });
    }
}
