package io.jnetlink.route.nexthop;

import io.jnetlink.core.Errno;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.internal.BridgeNexthopMessages;
import io.jnetlink.route.wire.NhMsg;
import io.jnetlink.route.wire.NhaAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Nexthop objects, as {@code ip nexthop} manages them, and routes that use them.
 *
 * <pre>{@code
 * Nexthops.add(1).via("10.0.0.1").dev("veth0").in(ns).apply();     // ip nexthop add id 1 via 10.0.0.1 dev veth0
 * Nexthops.add(2).via("10.0.0.2").dev("veth0").in(ns).apply();
 * Nexthops.add(5).member(1, 1).member(2, 5).in(ns).apply();         // ip nexthop add id 5 group 1/2,5
 * Nexthops.route("10.9.0.0/16").nhid(5).in(ns).apply();             // ip route add 10.9.0.0/16 nhid 5
 * List<Nexthop> all = Nexthops.list(ns);                            // ip nexthop show
 * }</pre>
 */
public final class Nexthops {
    /** The dump request: a zeroed {@code nhmsg}. */
    static final RequestEncoder DUMP = w -> {
        int msg = w.beginMessage(NhMsg.RTM_GETNEXTHOP, 0);
        w.reserve(NhMsg.LENGTH);
        w.endMessage(msg);
    };

    static {
        BridgeNexthopMessages.register();
    }

    private Nexthops() {
    }

    /**
     * {@code ip nexthop add id ID …}: fails with EEXIST if the id is taken.
     *
     * @param id the nexthop id, 1..4294967295
     * @return the request: give dev (with via), blackhole or a group, then {@code apply()}
     */
    public static NexthopRequest add(long id) {
        return new NexthopRequest(false, id);
    }

    /**
     * {@code ip nexthop replace id ID …}.
     *
     * @param id the nexthop id
     * @return the request
     */
    public static NexthopRequest replace(long id) {
        return new NexthopRequest(true, id);
    }

    /**
     * {@code ip nexthop del id ID}.
     *
     * @param id the nexthop id
     * @return the request
     */
    public static NexthopDeleteRequest delete(long id) {
        return new NexthopDeleteRequest(id);
    }

    /**
     * {@code ip route add PREFIX nhid ID} (or {@code … encap … dev DEV}).
     *
     * @param prefix the destination, {@code "10.9.0.0/16"}
     * @return the request; give {@code nhid} or {@code encap}
     */
    public static NexthopRouteRequest route(String prefix) {
        return new NexthopRouteRequest(NexthopRouteRequest.Kind.ADD, prefix);
    }

    /**
     * {@code ip route replace PREFIX nhid ID}.
     *
     * @param prefix the destination
     * @return the request
     */
    public static NexthopRouteRequest replaceRoute(String prefix) {
        return new NexthopRouteRequest(NexthopRouteRequest.Kind.REPLACE, prefix);
    }

    /**
     * {@code ip route del PREFIX [nhid ID]}.
     *
     * @param prefix the destination
     * @return the request
     */
    public static NexthopRouteRequest deleteRoute(String prefix) {
        return new NexthopRouteRequest(NexthopRouteRequest.Kind.DELETE, prefix);
    }

    /**
     * {@code ip -n NS nexthop show}.
     *
     * @param namespace the network namespace
     * @return every nexthop object
     */
    public static List<Nexthop> list(NetNamespace namespace) {
        return list(namespace.connection(Netlink.NETLINK_ROUTE));
    }

    /**
     * {@code ip nexthop show} over an explicit connection.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection
     * @return every nexthop object
     */
    public static List<Nexthop> list(NetlinkConnection connection) {
        List<Nexthop> out = new ArrayList<>();
        dump(connection, v -> out.add(v.toNexthop()), out::clear);
        return out;
    }

    /**
     * Streams every nexthop of {@code namespace} through one reused {@link NexthopView}, for tens
     * of thousands of objects without allocating per object.
     *
     * @param namespace the network namespace
     * @param consumer called with each nexthop; the view is valid only during the call
     */
    public static void forEach(NetNamespace namespace, Consumer<NexthopView> consumer) {
        dump(namespace.connection(Netlink.NETLINK_ROUTE), consumer, () -> {
        });
    }

    /**
     * {@code ip nexthop get id ID}; empty when there is none.
     *
     * @param id the nexthop id
     * @param namespace the network namespace
     * @return the nexthop
     */
    public static Optional<Nexthop> get(long id, NetNamespace namespace) {
        checkId(id);
        NexthopView view = new NexthopView();
        Nexthop[] found = {null};
        try {
            namespace.connection(Netlink.NETLINK_ROUTE).request("RTM_GETNEXTHOP id " + id, w -> {
                int msg = w.beginMessage(NhMsg.RTM_GETNEXTHOP, 0);
                w.reserve(NhMsg.LENGTH);
                w.putAttrU32(NhaAttrs.NHA_ID, (int) id);
                w.endMessage(msg);
            }, m -> {
                if (m.type() == NhMsg.RTM_NEWNEXTHOP) {
                    found[0] = view.wrap(m).toNexthop();
                }
                return true;
            });
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENOENT) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.ofNullable(found[0]);
    }

    private static void dump(NetlinkConnection connection, Consumer<NexthopView> consumer, Runnable restart) {
        NexthopView view = new NexthopView();
        connection.dump("RTM_GETNEXTHOP ip nexthop show", DUMP, new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == NhMsg.RTM_NEWNEXTHOP) {
                    consumer.accept(view.wrap(m));
                }
                return true;
            }

            @Override
            public void onRestart() {
                restart.run();
            }
        });
    }

    static long checkId(long id) {
        if (id <= 0 || id > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("nexthop id must be between 1 and 4294967295: " + id);
        }
        return id;
    }
}
