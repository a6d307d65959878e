package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.internal.BridgeNexthopMessages;
import io.jnetlink.route.wire.BrPortMsg;

import java.util.ArrayList;
import java.util.List;

/**
 * The bridge multicast database, as {@code bridge mdb} manages it.
 *
 * <pre>{@code
 * Mdb.add("239.1.1.1").dev("br0").port("veth0").permanent().in(ns).apply();
 *                                   // bridge mdb add dev br0 port veth0 grp 239.1.1.1 permanent
 * List<MdbEntry> groups = Mdb.list(ns);                 // bridge mdb show
 * }</pre>
 */
public final class Mdb {
    static {
        BridgeNexthopMessages.register();
    }

    private Mdb() {
    }

    /**
     * {@code bridge mdb add dev BRIDGE port PORT grp GROUP}.
     *
     * @param group a multicast IP address, or a MAC address for a layer-2 group
     * @return the request; {@code dev} and {@code port} are required
     */
    public static MdbRequest add(String group) {
        return new MdbRequest(false, group);
    }

    /**
     * {@code bridge mdb del dev BRIDGE port PORT grp GROUP}.
     *
     * @param group the group address
     * @return the request; {@code dev} and {@code port} are required
     */
    public static MdbRequest delete(String group) {
        return new MdbRequest(true, group);
    }

    /**
     * {@code ip netns exec NS bridge mdb show}: every group membership of every bridge.
     *
     * @param namespace the network namespace
     * @return the entries
     */
    public static List<MdbEntry> list(NetNamespace namespace) {
        return list(namespace.connection(Netlink.NETLINK_ROUTE));
    }

    /**
     * {@code bridge mdb show} over an explicit connection.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection
     * @return the entries
     */
    public static List<MdbEntry> list(NetlinkConnection connection) {
        List<MdbEntry> out = new ArrayList<>();
        MdbView view = new MdbView();
        connection.dump("RTM_GETMDB bridge mdb show", w -> {
            int msg = w.beginMessage(BrPortMsg.RTM_GETMDB, 0);
            int h = w.reserve(BrPortMsg.LENGTH);
            w.putU8At(h + BrPortMsg.FAMILY_OFFSET, NdMsg.AF_BRIDGE);
            w.endMessage(msg);
        }, new io.jnetlink.core.MessageHandler() {
            @Override
            public boolean onMessage(io.jnetlink.core.message.MessageReader m) {
                if (m.type() == BrPortMsg.RTM_GETMDB || m.type() == BrPortMsg.RTM_NEWMDB) {
                    view.wrap(m).forEachEntry(out::add);
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
