package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.conntrack.ConntrackTuple;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The conntrack expectation table over ctnetlink ({@code NFNL_SUBSYS_CTNETLINK_EXP}), like
 * {@code conntrack … expect}: {@code -L expect} ({@link #list()}), {@code -G expect} ({@link #get}),
 * {@code -I expect} ({@link #create}), {@code -D expect} ({@link #delete}), {@code -F expect}
 * ({@link #flush()}); {@code -E expect} is {@link ExpectationEvents}.
 */
public final class Expectations {
    private Expectations() {
    }

    /**
     * {@code conntrack -L expect}: the dump request; {@code .in(ns)} picks the namespace.
     *
     * @return a new request; {@code apply()} runs it
     */
    public static ListRequest show() {
        return new ListRequest();
    }

    /** {@return {@code conntrack -L expect} of the current namespace, at once} */
    public static List<Expectation> list() {
        return show().apply();
    }

    /**
     * {@code conntrack -L expect} in {@code namespace}, at once.
     *
     * @param namespace the network namespace (like {@code ip -n NS})
     * @return the expectations
     */
    public static List<Expectation> list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }

    /**
     * {@code conntrack -I expect}: an expectation of {@code tuple} (masked by {@code mask}) on the
     * master connection whose original tuple is {@code master}.
     *
     * @param master the master connection's original tuple (the master needs a helper)
     * @param tuple the expected connection
     * @param mask which bits of {@code tuple} count (all-ones addresses, a 0 source port: any port)
     * @return a new request; {@code timeout(…)} is required
     */
    public static ExpectationRequest create(ConntrackTuple master, ConntrackTuple tuple, ConntrackTuple mask) {
        return new ExpectationRequest(master, tuple, mask);
    }

    /**
     * {@code conntrack -G expect}: the expectation of {@code tuple}.
     *
     * @param tuple the expected connection's tuple, as listed
     * @return a new request; {@code apply()} returns it, or empty when there is none
     */
    public static GetRequest get(ConntrackTuple tuple) {
        return new GetRequest(Objects.requireNonNull(tuple, "tuple"));
    }

    /**
     * {@code conntrack -D expect}: deletes the expectation of {@code tuple}.
     *
     * @param tuple the expected connection's tuple, as listed
     * @return a new request; {@code apply()} sends it ({@code ENOENT} when there is none)
     */
    public static DeleteRequest delete(ConntrackTuple tuple) {
        return new DeleteRequest(Objects.requireNonNull(tuple, "tuple"));
    }

    /**
     * {@code conntrack -F expect}: deletes every expectation.
     *
     * @return a new request; {@code apply()} sends it
     */
    public static DeleteRequest flush() {
        return new DeleteRequest(null);
    }

    /** Dump request ({@code IPCTNL_MSG_EXP_GET} with {@code NLM_F_DUMP}). */
    public static final class ListRequest extends NetlinkRequest<ListRequest, List<Expectation>> {
        ListRequest() {
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public List<Expectation> apply(NetlinkConnection c) {
            ExpectationView view = new ExpectationView();
            return c.dumpToList("IPCTNL_MSG_EXP_GET (dump)", w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP, CtnlAttrs.IPCTNL_MSG_EXP_GET, 0, 0, 0);
                w.endMessage(start);
            }, m -> NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_EXP_NEW ? view.wrap(m).toExpectation() : null);
        }
    }

    /** Get-by-tuple request ({@code IPCTNL_MSG_EXP_GET} with {@code CTA_EXPECT_TUPLE}). */
    public static final class GetRequest extends NetlinkRequest<GetRequest, Optional<Expectation>> {
        private final ConntrackTuple tuple;

        GetRequest(ConntrackTuple tuple) {
            this.tuple = tuple;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Optional<Expectation> apply(NetlinkConnection c) {
            List<Expectation> found = new ArrayList<>(1);
            ExpectationView view = new ExpectationView();
            try {
                c.request("IPCTNL_MSG_EXP_GET " + tuple, w -> {
                    int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP, CtnlAttrs.IPCTNL_MSG_EXP_GET, 0,
                            tuple.family(), 0);
                    tuple.encode(w, CtnlAttrs.CTA_EXPECT_TUPLE);
                    w.endMessage(start);
                }, m -> {
                    if (NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_EXP_NEW) {
                        found.add(view.wrap(m).toExpectation());
                    }
                    return true;
                });
            } catch (NetlinkException e) {
                if (e.errno() == Errno.ENOENT) {
                    return Optional.empty();
                }
                throw e;
            }
            return found.stream().findFirst();
        }
    }

    /** Delete request ({@code IPCTNL_MSG_EXP_DELETE}; without a tuple: every expectation). */
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
            c.request(tuple == null ? "IPCTNL_MSG_EXP_DELETE (flush)" : "IPCTNL_MSG_EXP_DELETE " + tuple, w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP, CtnlAttrs.IPCTNL_MSG_EXP_DELETE, 0,
                        tuple == null ? 0 : tuple.family(), 0);
                if (tuple != null) {
                    tuple.encode(w, CtnlAttrs.CTA_EXPECT_TUPLE);
                }
                w.endMessage(start);
            });
            return null;
        }
    }
}
