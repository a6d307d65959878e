package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsgEncoder;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
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
 * {@code ip route show [table ID|all] [dev NAME]} (IPv4 and IPv6 unless narrowed): an
 * {@code RTM_GETROUTE} dump, made by {@link Routes#show()}. The main table by default.
 * {@link #apply()} collects records; {@link #forEach} streams one reused {@link RouteView}.
 *
 * <p>The dump request is a full zeroed {@code rtmsg} (strict checking needs it) with the table in
 * {@code rtm_table} and {@code RTA_TABLE} and the device in {@code RTA_OIF}, so kernels that
 * filter do; replies are filtered again here for kernels that do not. Cloned (cache) routes are
 * not listed.
 */
public final class RouteQuery extends NetlinkRequest<RouteQuery, List<Route>> {
    private long table = RtMsg.RT_TABLE_MAIN; // 0: all tables
    private int family;
    private String dev;

    RouteQuery() {
    }

    /**
     * {@code table ID}: one table, 1..2^32-1 (main is the default).
     *
     * @param id the routing table id
     * @return this request
     */
    public RouteQuery table(long id) {
        this.table = RouteTable.check(id, "table");
        return this;
    }

    /**
     * {@code table main|local|default|ID}.
     *
     * @param name a table name ({@code main}, {@code local}, {@code default}) or number
     * @return this request
     */
    public RouteQuery table(String name) {
        this.table = "all".equals(name) ? 0 : RouteTable.parse(name, "table");
        return this;
    }

    /**
     * {@code table all}: every table.
     *
     * @return this request
     */
    public RouteQuery allTables() {
        this.table = 0;
        return this;
    }

    /**
     * {@code -4}: IPv4 routes only.
     *
     * @return this request
     */
    public RouteQuery ipv4() {
        this.family = IpAddresses.AF_INET;
        return this;
    }

    /**
     * {@code -6}: IPv6 routes only.
     *
     * @return this request
     */
    public RouteQuery ipv6() {
        this.family = IpAddresses.AF_INET6;
        return this;
    }

    /**
     * {@code dev NAME}: routes out of this interface.
     *
     * @param name the interface name
     * @return this request
     */
    public RouteQuery dev(String name) {
        this.dev = InterfaceNames.check(name, "dev");
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public List<Route> apply(NetlinkConnection connection) {
        List<Route> out = new ArrayList<>();
        run(connection, view -> out.add(view.toRoute()), out::clear);
        return out;
    }

    /**
     * Streams every matching route through one reused view (valid only during the call).
     *
     * @param consumer called with each item; a view is valid only during the call
     */
    public void forEach(Consumer<RouteView> consumer) {
        forEach(targetNamespace().connection(protocol()), consumer);
    }

    /**
     * Streams every matching route on {@code connection} through one reused view.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection, e.g. of a namespace
     * @param consumer called with each item; a view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<RouteView> consumer) {
        run(connection, consumer, () -> {
        });
    }

    private void run(NetlinkConnection connection, Consumer<RouteView> consumer, Runnable restart) {
        int oif = dev == null ? 0 : LinkIndexes.resolve(connection, dev);
        RouteView view = new RouteView();
        int fam = family;
        long tid = table;
        try {
            dump(connection, consumer, restart, view, fam, tid, oif);
        } catch (io.jnetlink.core.NetlinkException e) {
            // a one-family dump of a table that does not exist: "FIB table does not exist"
            if (e.errno() != io.jnetlink.core.Errno.ENOENT || tid == 0 || fam == 0) {
                throw e;
            }
        }
    }

    private static void dump(NetlinkConnection connection, Consumer<RouteView> consumer, Runnable restart, RouteView view,
                             int fam, long tid, int oif) {
        connection.dump(Rtnl.typeName(Rtnl.RTM_GETROUTE), w -> encodeDump(w, fam, tid, oif), new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() != Rtnl.RTM_NEWROUTE) {
                    return true;
                }
                view.wrap(m);
                if (accepts(view, fam, tid, oif)) {
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

    static boolean accepts(RouteView view, int family, long table, int oif) {
        int f = view.family();
        if (f != IpAddresses.AF_INET && f != IpAddresses.AF_INET6) {
            return false; // multicast routing (RTNL_FAMILY_IPMR …) and MPLS are not ip route's
        }
        if ((family != 0 && f != family) || (view.flags() & RtMsg.RTM_F_CLONED) != 0) {
            return false;
        }
        if (table != 0 && Integer.toUnsignedLong(view.table()) != table) {
            return false;
        }
        if (oif != 0 && view.outputIndex() != oif) {
            if (view.nextHopCount() == 0) {
                return false;
            }
            for (NextHop h : view.nextHops()) {
                if (h.index() == oif) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** The dump request: a zeroed {@code rtmsg} with family and table, {@code RTA_TABLE}, {@code RTA_OIF}. */
    static void encodeDump(MessageWriter w, int family, long table, int oif) {
        int msg = w.beginMessage(Rtnl.RTM_GETROUTE, 0);
        RtMsgEncoder.writeDump(w, family, table > 0 && table < 256 ? (int) table : RtMsg.RT_TABLE_UNSPEC);
        if (table != 0) {
            w.putAttrU32(RtMsg.RTA_TABLE, (int) table);
        }
        if (oif != 0) {
            w.putAttrU32(RtMsg.RTA_OIF, oif);
        }
        w.endMessage(msg);
    }
}
