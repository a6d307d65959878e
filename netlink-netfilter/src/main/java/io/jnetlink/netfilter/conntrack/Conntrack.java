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

/**
 * The connection tracking table over ctnetlink ({@code NFNL_SUBSYS_CTNETLINK}), like the
 * {@code conntrack} tool: {@code conntrack -L} ({@link #list()}), {@code conntrack -D} ({@link #delete}),
 * {@code conntrack -F} ({@link #flush()}).
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
     * {@code conntrack -F}: deletes every entry (optionally only IPv4 or IPv6, or with a mark).
     *
     * @return a new request; {@code apply()} sends it
     */
    public static FlushRequest flush() {
        return new FlushRequest();
    }

    /** A tuple the kernel can look up: one family, a protocol number, ports in range (-1: none). */
    private static ConntrackTuple checkTuple(ConntrackTuple tuple) {
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

        @Override
        public List<ConntrackEntry> apply(NetlinkConnection c) {
            return c.dumpToList("IPCTNL_MSG_CT_GET (dump)", w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_GET, 0, family, 0);
                w.endMessage(start);
            }, m -> NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_NEW ? ConntrackCodec.decode(m) : null);
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

    /** Get-by-tuple request. */
    public static final class GetRequest extends NetlinkRequest<GetRequest, Optional<ConntrackEntry>> {
        private final ConntrackTuple tuple;

        GetRequest(ConntrackTuple tuple) {
            this.tuple = tuple;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Optional<ConntrackEntry> apply(NetlinkConnection c) {
            int family = tuple.source().getAddress().length == 16 ? 10 : 2;
            List<ConntrackEntry> found = new ArrayList<>(1);
            try {
                c.request("IPCTNL_MSG_CT_GET " + tuple, w -> {
                    int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_GET, 0, family, 0);
                    ConntrackCodec.encodeTuple(w, CtnlAttrs.CTA_TUPLE_ORIG, tuple);
                    w.endMessage(start);
                }, m -> {
                    if (NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_NEW) {
                        found.add(ConntrackCodec.decode(m));
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

        DeleteRequest(ConntrackTuple tuple) {
            this.tuple = tuple;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Void apply(NetlinkConnection c) {
            int family = tuple.source().getAddress().length == 16 ? 10 : 2;
            c.request("IPCTNL_MSG_CT_DELETE " + tuple, w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_DELETE, 0, family, 0);
                ConntrackCodec.encodeTuple(w, CtnlAttrs.CTA_TUPLE_ORIG, tuple);
                w.endMessage(start);
            });
            return null;
        }
    }

    /** Flush request. */
    public static final class FlushRequest extends NetlinkRequest<FlushRequest, Void> {
        private int family;
        private long mark = -1;
        private long markMask = 0xFFFFFFFFL;

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
            if (mark < 0 || mark > 0xFFFFFFFFL || mask < 0 || mask > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("mark and mask must be 0..0xffffffff: " + mark + "/" + mask);
            }
            this.mark = mark;
            this.markMask = mask;
            return this;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Void apply(NetlinkConnection c) {
            c.request("IPCTNL_MSG_CT_DELETE (flush)", w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_DELETE, 0, family, 0);
                if (mark >= 0) {
                    w.putAttrU32Be(CtnlAttrs.CTA_MARK, (int) mark);
                    w.putAttrU32Be(CtnlAttrs.CTA_MARK_MASK, (int) markMask);
                }
                w.endMessage(start);
            });
            return null;
        }
    }

    private static int checkFamily(int f) {
        if (f != 2 && f != 10) {
            throw new IllegalArgumentException("address family must be AF_INET (2) or AF_INET6 (10): " + f);
        }
        return f;
    }
}
