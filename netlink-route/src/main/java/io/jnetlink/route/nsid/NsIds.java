package io.jnetlink.route.nsid;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.NsidAttrs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Namespace ids ({@code ip netns set}, {@code ip netns list-id}): the numbers by which one network
 * namespace refers to another, e.g. in a veth's {@code link-netnsid} ({@code Link.linkNetnsId()}).
 *
 * <pre>{@code
 * NsIds.set(blue, 5).in(red).apply();          // ip -n red netns set blue 5
 * OptionalInt id = NsIds.get(blue, red);       // the id red gives blue
 * List<NsId> ids = NsIds.list(red);            // ip -n red netns list-id
 * }</pre>
 */
public final class NsIds {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private NsIds() {
    }

    /**
     * {@code ip netns set NAME ID}: gives {@code target} the id {@code nsid} in the namespace the
     * request runs in.
     *
     * @param target the namespace to name
     * @param nsid the id, 0..2147483647
     * @return the request; {@code .in(ns)} picks the namespace that holds the id
     */
    public static NsIdRequest set(NetNamespace target, int nsid) {
        if (target == null) {
            throw new IllegalArgumentException("target namespace must not be null");
        }
        return new NsIdRequest(target, 0, nsid);
    }

    /**
     * {@code ip netns set} for the namespace of process {@code pid} ({@code NETNSA_PID}).
     *
     * @param pid a process id in the namespace to name
     * @param nsid the id
     * @return the request
     */
    public static NsIdRequest setForPid(int pid, int nsid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
        return new NsIdRequest(null, pid, nsid);
    }

    /**
     * The id that {@code in} gives {@code target} ({@code RTM_GETNSID} with {@code NETNSA_FD}).
     *
     * @param target the namespace asked about
     * @param in the namespace whose id table is read
     * @return the id, or empty when none is assigned
     */
    public static OptionalInt get(NetNamespace target, NetNamespace in) {
        if (target == null) {
            throw new IllegalArgumentException("target namespace must not be null");
        }
        return get(target, in.connection(Netlink.NETLINK_ROUTE));
    }

    /**
     * The id that the connection's namespace gives {@code target}.
     *
     * @param target the namespace asked about
     * @param connection an open {@code NETLINK_ROUTE} connection of the namespace whose ids are read
     * @return the id, or empty when none is assigned
     */
    public static OptionalInt get(NetNamespace target, NetlinkConnection connection) {
        int[] id = {NsidAttrs.NSID_NOT_ASSIGNED};
        NsIdView view = new NsIdView();
        connection.request("RTM_GETNSID " + target, w -> {
            int msg = w.beginMessage(NsidAttrs.RTM_GETNSID, 0);
            w.reserve(NsidAttrs.HEADER_LENGTH);
            w.putAttrU32(NsidAttrs.NETNSA_FD, target.fd());
            w.endMessage(msg);
        }, m -> {
            if (m.type() == NsidAttrs.RTM_NEWNSID) {
                id[0] = view.wrap(m).nsid();
            }
            return true;
        });
        return id[0] < 0 ? OptionalInt.empty() : OptionalInt.of(id[0]);
    }

    /**
     * {@code ip -n NS netns list-id}: every id {@code namespace} has assigned, with the iproute2
     * name ({@code /run/netns}) of the namespace each one stands for when there is one.
     *
     * @param namespace the namespace whose ids are listed
     * @return the ids
     */
    public static List<NsId> list(NetNamespace namespace) {
        NetlinkConnection c = namespace.connection(Netlink.NETLINK_ROUTE);
        Map<Integer, String> names = new HashMap<>();
        for (String name : NetNamespace.list()) {
            try (NetNamespace other = NetNamespace.open(name)) {
                get(other, c).ifPresent(id -> names.putIfAbsent(id, name));
            } catch (RuntimeException vanished) {
                // deleted between list and open: it has no id to show
            }
        }
        List<NsId> out = new ArrayList<>();
        NsIdView view = new NsIdView();
        c.dump("RTM_GETNSID ip netns list-id", w -> {
            int msg = w.beginMessage(NsidAttrs.RTM_GETNSID, 0);
            w.reserve(NsidAttrs.HEADER_LENGTH);
            w.endMessage(msg);
        }, new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == NsidAttrs.RTM_NEWNSID) {
                    view.wrap(m);
                    out.add(view.toNsId(Optional.ofNullable(names.get(view.nsid()))));
                }
                return true;
            }

            @Override
            public void onRestart() {
                out.clear();
            }
        });
        return out;
    }
}
