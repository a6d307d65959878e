package io.jnetlink.netfilter.conntrack;

import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The connection tracking table over ctnetlink ({@code NFNL_SUBSYS_CTNETLINK}), like the
 * {@code conntrack} tool: {@code conntrack -L} ({@link #list()}, {@link #show()} with a
 * {@link ConntrackFilter}), {@code -G} ({@link #get}), {@code -I} ({@link #create}), {@code -U}
 * ({@link #update}), {@code -D} ({@link #delete(ConntrackTuple)}, {@link #delete(ConntrackFilter)}),
 * {@code -F} ({@link #flush()}), {@code -C} ({@link #count()}), {@code -S} ({@link #stats()}).
 */
public final class Conntrack {
    private Conntrack() {
    }

    /**
     * {@code conntrack -L}: a request for every entry of every family; {@code .in(ns)} picks the
     * namespace, {@code apply()} runs it (as {@code Routes.show()} does).
     *
     * @return a new request; {@code apply()} sends it
     */
    public static ListRequest show() {
        return new ListRequest();
    }

    /**
     * {@return {@code conntrack -L} of the current namespace, at once (as {@code Routes.list()})}
     */
    public static List<ConntrackEntry> list() {
        return show().apply();
    }

    /**
     * {@code conntrack -L} in {@code namespace}, at once.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return the conntrack entries
     */
    public static List<ConntrackEntry> list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }

    /**
     * {@code conntrack -C}: how many connections are tracked, and the table's limit.
     *
     * @return a new request; {@code apply()} returns the count
     */
    public static CountRequest count() {
        return new CountRequest();
    }

    /**
     * {@code conntrack -G}: the entry whose original tuple is {@code original}, if the kernel
     * tracks one (one {@code IPCTNL_MSG_CT_GET} by tuple, no dump).
     *
     * @param original the original-direction tuple of the connection
     * @return a new request; {@code apply()} returns the entry, or empty when there is none
     */
    public static GetRequest get(ConntrackTuple original) {
        return new GetRequest(checkTuple(Objects.requireNonNull(original, "tuple")));
    }

    /**
     * {@code conntrack -D} of the entry whose original tuple is {@code original}.
     *
     * @param original the original-direction tuple of the connection
     * @return a new request; {@code apply()} sends it
     */
    public static DeleteRequest delete(ConntrackTuple original) {
        return new DeleteRequest(checkTuple(Objects.requireNonNull(original, "tuple")));
    }

    /**
     * {@code conntrack -I}: creates an entry ({@code IPCTNL_MSG_CT_NEW} with {@code NLM_F_CREATE|NLM_F_EXCL});
     * {@link ConntrackRequest#timeout} is required, the reply tuple defaults to the original reversed.
     *
     * @param original the original-direction tuple of the connection
     * @return a new request; {@code apply()} sends it ({@code EEXIST} when the entry exists)
     */
    public static ConntrackRequest create(ConntrackTuple original) {
        return new ConntrackRequest(true, original);
    }

    /**
     * {@code conntrack -U}: changes the entry whose original tuple is {@code original} (mark, status,
     * timeout, TCP state, labels); {@code ENOENT} when there is none.
     *
     * @param original the original-direction tuple of the connection
     * @return a new request; {@code apply()} sends it
     */
    public static ConntrackRequest update(ConntrackTuple original) {
        return new ConntrackRequest(false, original);
    }

    /**
     * {@code conntrack -D --mark 7/0xff --zone 3 --status ASSURED}: deletes every entry that passes
     * {@code filter}, in one request; the kernel walks its table once.
     *
     * @param filter which entries
     * @return a new request; {@code apply()} sends it
     */
    public static FlushRequest delete(ConntrackFilter filter) {
        return new FlushRequest().where(filter);
    }

    /**
     * {@code conntrack -S}: the per-CPU statistics ({@code IPCTNL_MSG_CT_GET_STATS_CPU}).
     *
     * @return a new request; {@code apply()} returns one record per possible CPU
     */
    public static StatsRequest stats() {
        return new StatsRequest();
    }

    /**
     * {@code conntrack -F}: deletes every entry (optionally only IPv4 or IPv6, or with a mark).
     *
     * @return a new request; {@code apply()} sends it
     */
    public static FlushRequest flush() {
        return new FlushRequest();
    }

    /** A tuple the kernel can look up: one family, a protocol number, ports in range (-1: none). */
    static ConntrackTuple checkTuple(ConntrackTuple tuple) {
        if (tuple.source().getAddress().length != tuple.destination().getAddress().length) {
            throw new IllegalArgumentException("tuple mixes IPv4 and IPv6: " + tuple);
        }
        if (tuple.protocol() < 0 || tuple.protocol() > 255) {
            throw new IllegalArgumentException("tuple protocol must be 0..255: " + tuple.protocol());
        }
        if (tuple.sourcePort() < -1 || tuple.sourcePort() > 65535) {
            throw new IllegalArgumentException("tuple source port must be 0..65535 (or -1 for none): " + tuple.sourcePort());
        }
        if (tuple.destinationPort() < -1 || tuple.destinationPort() > 65535) {
            throw new IllegalArgumentException("tuple destination port must be 0..65535 (or -1 for none): "
                    + tuple.destinationPort());
        }
        return tuple;
    }

    /** Dump request. */
    public static final class ListRequest extends NetlinkRequest<ListRequest, List<ConntrackEntry>> {
        private int family;
        private ConntrackFilter filter = ConntrackFilter.all();

        ListRequest() {
        }

        /**
         * Only entries of {@code AF_INET} (2) or {@code AF_INET6} (10): {@code conntrack -L -f ipv4|ipv6}.
         *
         * @param addressFamily {@code AF_INET} (2) or {@code AF_INET6} (10)
         * @return this request
         */
        public ListRequest family(int addressFamily) {
            this.family = checkFamily(addressFamily);
            return this;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        /**
         * Only entries that pass {@code filter}, chosen by the kernel ({@code conntrack -L --mark 7 --zone 3}).
         *
         * @param filter which entries
         * @return this request
         */
        public ListRequest where(ConntrackFilter filter) {
            this.filter = Objects.requireNonNull(filter, "filter").checked();
            return this;
        }

        @Override
        public List<ConntrackEntry> apply(NetlinkConnection c) {
            int nfFamily = filter.family(family); // checked before anything is sent
            ConntrackView view = new ConntrackView();
            return c.dumpToList("IPCTNL_MSG_CT_GET (dump) " + filter, w -> encodeFiltered(w, CtnlAttrs.IPCTNL_MSG_CT_GET,
                    nfFamily, filter), m -> NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_NEW
                    ? view.wrap(m).toConntrackEntry() : null);
        }

        /**
         * Streams the dump through one reused view, allocating nothing per entry ({@code conntrack -L}
         * of a big table); the view is valid only inside {@code consumer}.
         *
         * @param consumer receives each entry's view
         */
        public void forEach(Consumer<ConntrackView> consumer) {
            forEach(targetNamespace().connection(protocol()), consumer);
        }

        /**
         * Streams the dump on {@code connection} through one reused view.
         *
         * @param connection an open {@code NETLINK_NETFILTER} connection
         * @param consumer receives each entry's view, valid only during the call
         */
        public void forEach(NetlinkConnection connection, Consumer<ConntrackView> consumer) {
            Objects.requireNonNull(consumer, "consumer");
            int nfFamily = filter.family(family);
            ConntrackView view = new ConntrackView();
            connection.dump("IPCTNL_MSG_CT_GET (dump) " + filter, w -> encodeFiltered(w, CtnlAttrs.IPCTNL_MSG_CT_GET,
                    nfFamily, filter), m -> {
                        if (NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_NEW) {
                            consumer.accept(view.wrap(m));
                        }
                        return true;
                    });
        }
    }

    /** NftTable-size request ({@code IPCTNL_MSG_CT_GET_STATS}). */
    public static final class CountRequest extends NetlinkRequest<CountRequest, ConntrackCount> {
        CountRequest() {
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public ConntrackCount apply(NetlinkConnection c) {
            long[] count = {-1, -1};
            AttributeReader a = new AttributeReader();
            c.request("IPCTNL_MSG_CT_GET_STATS", w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_GET_STATS, 0, 0, 0);
                w.endMessage(start);
            }, m -> {
                if (NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_GET_STATS) {
                    for (m.attributes(a, NfGenMsg.NFGENMSG_LENGTH); a.next(); ) {
                        if (a.type() == CtnlAttrs.CTA_STATS_GLOBAL_ENTRIES) {
                            count[0] = Integer.toUnsignedLong(a.u32Be());
                        } else if (a.type() == CtnlAttrs.CTA_STATS_GLOBAL_MAX_ENTRIES) {
                            count[1] = Integer.toUnsignedLong(a.u32Be());
                        }
                    }
                }
                return true;
            });
            if (count[0] < 0) {
                throw new NetlinkDecodeException("conntrack statistics reply without CTA_STATS_GLOBAL_ENTRIES", 0);
            }
            return new ConntrackCount(count[0], Math.max(count[1], 0));
        }
    }

    /** Per-CPU statistics request ({@code conntrack -S}). */
    public static final class StatsRequest extends NetlinkRequest<StatsRequest, List<ConntrackCpuStats>> {
        StatsRequest() {
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public List<ConntrackCpuStats> apply(NetlinkConnection c) {
            AttributeReader a = new AttributeReader();
            return c.dumpToList("IPCTNL_MSG_CT_GET_STATS_CPU (dump)", w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_GET_STATS_CPU, 0, 0, 0);
                w.endMessage(start);
            }, m -> NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_GET_STATS_CPU ? ConntrackCpuStats.decode(m, a) : null);
        }
    }

    /** Get-by-tuple request. */
    public static final class GetRequest extends NetlinkRequest<GetRequest, Optional<ConntrackEntry>> {
        private final ConntrackTuple tuple;
        private int zone = -1;

        GetRequest(ConntrackTuple tuple) {
            this.tuple = tuple;
        }

        /**
         * The entry's conntrack zone ({@code conntrack -w Z}); the default zone 0 otherwise.
         *
         * @param zone 0..65535
         * @return this request
         */
        public GetRequest zone(int zone) {
            this.zone = checkZone(zone);
            return this;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Optional<ConntrackEntry> apply(NetlinkConnection c) {
            int family = tuple.family();
            List<ConntrackEntry> found = new ArrayList<>(1);
            try {
                c.request("IPCTNL_MSG_CT_GET " + tuple, w -> {
                    int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_GET, 0, family, 0);
                    encodeTupleInZone(w, tuple, zone);
                    w.endMessage(start);
                }, m -> {
                    if (NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_NEW) {
                        found.add(new ConntrackView().wrap(m).toConntrackEntry());
                    }
                    return true;
                });
            } catch (NetlinkException e) {
                if (e.errno() == Errno.ENOENT) {
                    return Optional.empty(); // the kernel tracks no such connection
                }
                throw e;
            }
            return found.stream().findFirst();
        }
    }

    /** Delete request. */
    public static final class DeleteRequest extends NetlinkRequest<DeleteRequest, Void> {
        private final ConntrackTuple tuple;
        private int zone = -1;

        DeleteRequest(ConntrackTuple tuple) {
            this.tuple = tuple;
        }

        /**
         * The entry's conntrack zone ({@code conntrack -w Z}); the default zone 0 otherwise.
         *
         * @param zone 0..65535
         * @return this request
         */
        public DeleteRequest zone(int zone) {
            this.zone = checkZone(zone);
            return this;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Void apply(NetlinkConnection c) {
            int family = tuple.family();
            c.request("IPCTNL_MSG_CT_DELETE " + tuple, w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_DELETE, 0, family, 0);
                encodeTupleInZone(w, tuple, zone);
                w.endMessage(start);
            });
            return null;
        }
    }

    /** Flush request. */
    public static final class FlushRequest extends NetlinkRequest<FlushRequest, Void> {
        private int family;
        private ConntrackFilter filter = ConntrackFilter.all();

        FlushRequest() {
        }

        /**
         * Only {@code AF_INET} (2) or {@code AF_INET6} (10) entries: {@code conntrack -F -f ipv4}.
         *
         * @param addressFamily {@code AF_INET} (2) or {@code AF_INET6} (10)
         * @return this request
         */
        public FlushRequest family(int addressFamily) {
            this.family = checkFamily(addressFamily);
            return this;
        }

        /**
         * Only entries whose mark matches: {@code conntrack -D --mark MARK/MASK}.
         *
         * @param mark the connection mark
         * @param mask the mask applied before comparing
         * @return this request
         */
        public FlushRequest mark(long mark, long mask) {
            this.filter = filter.mark(mark, mask);
            return this;
        }

        /**
         * Only entries that pass {@code filter} ({@code conntrack -D --zone 3 --status ASSURED}).
         *
         * @param filter which entries
         * @return this request
         */
        public FlushRequest where(ConntrackFilter filter) {
            this.filter = Objects.requireNonNull(filter, "filter").checked();
            return this;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Void apply(NetlinkConnection c) {
            int nfFamily = filter.family(family);
            c.request("IPCTNL_MSG_CT_DELETE (flush) " + filter,
                    w -> encodeFiltered(w, CtnlAttrs.IPCTNL_MSG_CT_DELETE, nfFamily, filter));
            return null;
        }
    }

    /** A dump or flush message: nfgenmsg with {@code family} ({@link ConntrackFilter#family}) and the filter attributes. */
    static void encodeFiltered(io.jnetlink.core.message.MessageWriter w, int msg, int family, ConntrackFilter filter) {
        int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, msg, 0, family, 0);
        filter.encode(w);
        w.endMessage(start);
    }

    private static void encodeTupleInZone(io.jnetlink.core.message.MessageWriter w, ConntrackTuple tuple, int zone) {
        tuple.encode(w, CtnlAttrs.CTA_TUPLE_ORIG);
        if (zone >= 0) {
            w.putAttrU16Be(CtnlAttrs.CTA_ZONE, zone);
        }
    }

    private static int checkZone(int zone) {
        if (zone < 0 || zone > 65535) {
            throw new IllegalArgumentException("zone must be 0..65535: " + zone);
        }
        return zone;
    }

    private static int checkFamily(int f) {
        if (f != 2 && f != 10) {
            throw new IllegalArgumentException("address family must be AF_INET (2) or AF_INET6 (10): " + f);
        }
        return f;
    }
}
