package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtnlMessages;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;

import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code ip link} from Java: create, change, delete and list network interfaces.
 *
 * <pre>{@code
 * Links.create().veth("veth-red").peer("veth-blue").apply();   // ip link add veth-red type veth peer name veth-blue
 * Links.set("veth-red").netns(red).apply();                    // ip link set veth-red netns red
 * Links.set("veth-red").up().in(red).apply();                  // ip -n red link set veth-red up
 * List<Link> links = Links.list(red);                          // ip -n red link
 * Links.delete("veth-red").in(red).apply();                    // ip -n red link del veth-red
 * }</pre>
 *
 * Requests run in the calling thread's namespace unless {@code .in(ns)} says otherwise; the
 * read methods take the namespace as an argument.
 */
public final class Links {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    /** The dump request: {@code RTM_GETLINK} with a zeroed ifinfomsg, as strict checking wants it. */
    private static final RequestEncoder DUMP = w -> {
        int msg = w.beginMessage(Rtnl.RTM_GETLINK, 0);
        IfInfoMsgEncoder.writeEmpty(w);
        w.endMessage(msg);
    };

    private Links() {
    }

    /**
     * {@code ip link add …}: pick the kind, e.g. {@code Links.create().bridge("v-net-0").apply()}.
     *
     * @return a builder on which to pick the link kind
     */
    public static LinkCreator create() {
        return new LinkCreator();
    }

    /**
     * {@code ip link set DEV …}.
     *
     * @param name the interface name
     * @return the request; {@code apply()} sends it
     */
    public static LinkSetRequest set(String name) {
        return new LinkSetRequest(name);
    }

    /**
     * {@code ip link set dev} of the link with index {@code index}.
     *
     * @param index the interface index (ifindex)
     * @return the request; {@code apply()} sends it
     */
    public static LinkSetRequest set(int index) {
        return new LinkSetRequest(index);
    }

    /**
     * {@code ip link del DEV}.
     *
     * @param name the interface name
     * @return the request; {@code apply()} sends it
     */
    public static LinkDeleteRequest delete(String name) {
        return LinkDeleteRequest.byName(name);
    }

    /**
     * {@code ip link del} of the link with index {@code index}.
     *
     * @param index the interface index (ifindex)
     * @return the request; {@code apply()} sends it
     */
    public static LinkDeleteRequest delete(int index) {
        return LinkDeleteRequest.byIndex(index);
    }

    /**
     * {@code ip link delete group N}: every link of group {@code group}, in one request.
     *
     * @param group the link group number
     * @return the request; {@code apply()} sends it
     */
    public static LinkDeleteRequest deleteGroup(long group) {
        return LinkDeleteRequest.byGroup(group);
    }

    /**
     * {@code ip -d -s link show} in the calling thread's namespace.
     *
     * @return the links
     */
    public static List<Link> list() {
        return list(NetNamespace.current());
    }

    /**
     * {@code ip -n NS -d -s link show}.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return the links
     */
    public static List<Link> list(NetNamespace namespace) {
        return list(namespace.connection(Netlink.NETLINK_ROUTE));
    }

    /**
     * {@code ip -d -s link show} over an explicit connection.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection, e.g. of a namespace
     * @return the links
     */
    public static List<Link> list(NetlinkConnection connection) {
        LinkView view = new LinkView();
        return connection.dumpToList(Rtnl.typeName(Rtnl.RTM_GETLINK), DUMP,
                m -> m.type() == Rtnl.RTM_NEWLINK ? view.wrap(m).toLink() : null);
    }

    /**
     * {@code ip link show DEV} in the calling thread's namespace; empty when there is no such link.
     *
     * @param name the interface name
     * @return the link, or empty when there is no such link
     */
    public static Optional<Link> get(String name) {
        return get(name, NetNamespace.current());
    }

    /**
     * {@code ip -n NS link show DEV}; empty when there is no such link.
     *
     * @param name the interface name
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return the link, or empty when there is no such link
     */
    public static Optional<Link> get(String name, NetNamespace namespace) {
        return get(name, namespace.connection(Netlink.NETLINK_ROUTE));
    }

    /**
     * {@code ip link show DEV} over an explicit connection.
     *
     * @param name the interface name
     * @param connection an open {@code NETLINK_ROUTE} connection, e.g. of a namespace
     * @return the link, or empty when there is no such link
     */
    public static Optional<Link> get(String name, NetlinkConnection connection) {
        LinkChecks.name(name, "device name");
        return getOne(connection, Rtnl.typeName(Rtnl.RTM_GETLINK) + " " + name, 0, name);
    }

    /**
     * The link with index {@code index} in {@code namespace}; empty when there is none.
     *
     * @param index the interface index (ifindex)
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return the link, or empty when there is no such link
     */
    public static Optional<Link> get(int index, NetNamespace namespace) {
        if (index <= 0) {
            throw new IllegalArgumentException("device index must be positive: " + index);
        }
        return getOne(namespace.connection(Netlink.NETLINK_ROUTE),
                Rtnl.typeName(Rtnl.RTM_GETLINK) + " ifindex " + index, index, null);
    }

    /**
     * Streams every link of {@code namespace} through one reused {@link LinkView}, without
     * allocating per link: the hot path for large dumps. The view is valid only inside
     * {@code visitor}; an interrupted dump starts again and may show a link twice.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @param visitor called with each link; the view is valid only during the call
     */
    public static void forEach(NetNamespace namespace, Consumer<LinkView> visitor) {
        forEach(namespace.connection(Netlink.NETLINK_ROUTE), visitor);
    }

    /**
     * {@link #forEach(NetNamespace, Consumer)} over an explicit connection.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection, e.g. of a namespace
     * @param visitor called with each link; the view is valid only during the call
     */
    public static void forEach(NetlinkConnection connection, Consumer<LinkView> visitor) {
        LinkView view = new LinkView();
        connection.dump(Rtnl.typeName(Rtnl.RTM_GETLINK), DUMP, m -> {
            if (m.type() == Rtnl.RTM_NEWLINK) {
                visitor.accept(view.wrap(m));
            }
            return true;
        });
    }

    private static Optional<Link> getOne(NetlinkConnection connection, String operation, int index, String name) {
        LinkView view = new LinkView();
        Link[] found = {null};
        try {
            connection.request(operation, w -> {
                int msg = w.beginMessage(Rtnl.RTM_GETLINK, 0);
                IfInfoMsgEncoder.write(w, index, 0, 0);
                if (name != null) {
                    w.putAttrString(IfLink.IFLA_IFNAME, name);
                }
                w.endMessage(msg);
            }, (MessageReader m) -> {
                if (m.type() == Rtnl.RTM_NEWLINK && found[0] == null) {
                    found[0] = view.wrap(m).toLink();
                }
                return true;
            });
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENODEV) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.ofNullable(found[0]);
    }
}
