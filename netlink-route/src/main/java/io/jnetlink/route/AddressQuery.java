package io.jnetlink.route;

import io.jnetlink.route.wire.IfAddrMsgEncoder;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ip addr show [dev NAME] [-4|-6]}: an {@code RTM_GETADDR} dump, made by
 * {@link Addresses#show()}. {@link #apply()} collects records; {@link #forEach} streams one
 * reused {@link AddressView} with no allocation per message.
 */
public final class AddressQuery extends NetlinkRequest<AddressQuery, List<Address>> {
    private String dev;
    private int family = 0;

    AddressQuery() {
    }

    /**
     * {@code dev NAME}: only the addresses of this interface.
     *
     * @param name the interface name
     * @return this request
     */
    public AddressQuery dev(String name) {
        this.dev = InterfaceNames.check(name, "dev");
        return this;
    }

    /**
     * {@code -4}: IPv4 addresses only.
     *
     * @return this request
     */
    public AddressQuery ipv4() {
        this.family = IpAddresses.AF_INET;
        return this;
    }

    /**
     * {@code -6}: IPv6 addresses only.
     *
     * @return this request
     */
    public AddressQuery ipv6() {
        this.family = IpAddresses.AF_INET6;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public List<Address> apply(NetlinkConnection connection) {
        List<Address> out = new ArrayList<>();
        run(connection, view -> out.add(view.toAddress()), out::clear);
        return out;
    }

    /**
     * Streams every matching address through one reused view (valid only during the call).
     *
     * @param consumer called with each item; a view is valid only during the call
     */
    public void forEach(Consumer<AddressView> consumer) {
        forEach(targetNamespace().connection(protocol()), consumer);
    }

    /**
     * Streams every matching address on {@code connection} through one reused view.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection, e.g. of a namespace
     * @param consumer called with each item; a view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<AddressView> consumer) {
        run(connection, consumer, () -> {
        });
    }

    private void run(NetlinkConnection connection, Consumer<AddressView> consumer, Runnable restart) {
        int index = dev == null ? 0 : LinkIndexes.resolve(connection, dev);
        AddressView view = new AddressView();
        int fam = family;
        connection.dump(Rtnl.typeName(Rtnl.RTM_GETADDR), w -> encodeDump(w, fam, index), new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() != Rtnl.RTM_NEWADDR) {
                    return true;
                }
                view.wrap(m);
                if ((index == 0 || view.index() == index) && (fam == 0 || view.family() == fam)) {
                    consumer.accept(view);
                }
                return true;
            }

            @Override
            public void onRestart() {
                restart.run();
            }
        });
    }

    /**
     * The dump request: an {@code ifaddrmsg} with only family and index set, as strict checking
     * ({@code NETLINK_GET_STRICT_CHK}) requires; the kernel filters by index, and so do we.
     */
    static void encodeDump(MessageWriter w, int family, int index) {
        int msg = w.beginMessage(Rtnl.RTM_GETADDR, 0);
        IfAddrMsgEncoder.write(w, family, 0, 0, 0, index);
        w.endMessage(msg);
    }
}
