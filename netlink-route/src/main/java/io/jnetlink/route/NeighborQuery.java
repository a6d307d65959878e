package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsgEncoder;
import io.jnetlink.route.wire.NdMsg;
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
 * {@code ip neigh show [dev NAME] [-4|-6] [nud all]}: an {@code RTM_GETNEIGH} dump of the ARP and
 * NDP tables, made by {@link Neighbors#show()}. Like {@code ip neigh}, entries in state NOARP or
 * NONE are left out unless {@link #all()} is asked for.
 */
public final class NeighborQuery extends NetlinkRequest<NeighborQuery, List<Neighbor>> {
    private String dev;
    private int family;
    private boolean all;

    NeighborQuery() {
    }

    /**
     * {@code dev NAME}: only this interface's entries (filtered by the kernel with {@code NDA_IFINDEX}).
     *
     * @param name the interface name
     * @return this request
     */
    public NeighborQuery dev(String name) {
        this.dev = InterfaceNames.check(name, "dev");
        return this;
    }

    /**
     * {@code -4}: ARP entries only.
     *
     * @return this request
     */
    public NeighborQuery ipv4() {
        this.family = IpAddresses.AF_INET;
        return this;
    }

    /**
     * {@code -6}: NDP entries only.
     *
     * @return this request
     */
    public NeighborQuery ipv6() {
        this.family = IpAddresses.AF_INET6;
        return this;
    }

    /**
     * {@code nud all}: NOARP and NONE entries too.
     *
     * @return this request
     */
    public NeighborQuery all() {
        this.all = true;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public List<Neighbor> apply(NetlinkConnection connection) {
        List<Neighbor> out = new ArrayList<>();
        run(connection, view -> out.add(view.toNeighbor()), out::clear);
        return out;
    }

    /**
     * Streams every matching entry through one reused view (valid only during the call).
     *
     * @param consumer called with each item; a view is valid only during the call
     */
    public void forEach(Consumer<NeighborView> consumer) {
        forEach(targetNamespace().connection(protocol()), consumer);
    }

    /**
     * Streams every matching entry on {@code connection} through one reused view.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection, e.g. of a namespace
     * @param consumer called with each item; a view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<NeighborView> consumer) {
        run(connection, consumer, () -> {
        });
    }

    private void run(NetlinkConnection connection, Consumer<NeighborView> consumer, Runnable restart) {
        int index = dev == null ? 0 : LinkIndexes.resolve(connection, dev);
        NeighborView view = new NeighborView();
        int fam = family;
        boolean everything = all;
        connection.dump(Rtnl.typeName(Rtnl.RTM_GETNEIGH), w -> encodeDump(w, fam, index), new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() != Rtnl.RTM_NEWNEIGH) {
                    return true;
                }
                view.wrap(m);
                int f = view.family();
                if ((f == IpAddresses.AF_INET || f == IpAddresses.AF_INET6) && (fam == 0 || f == fam)
                        && (index == 0 || view.index() == index) && (everything || shown(view.stateRaw()))) {
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

    /** ip neigh's default filter: state & (0xff & ~NUD_NOARP), so NONE and NOARP are hidden. */
    static boolean shown(int state) {
        return (state & (0xFF & ~NdMsg.NUD_NOARP)) != 0;
    }

    /** The dump request: a zeroed {@code ndmsg} with the family, and {@code NDA_IFINDEX} to filter by device. */
    static void encodeDump(MessageWriter w, int family, int index) {
        int msg = w.beginMessage(Rtnl.RTM_GETNEIGH, 0);
        NdMsgEncoder.writeDump(w, family);
        if (index != 0) {
            w.putAttrU32(NdMsg.NDA_IFINDEX, index);
        }
        w.endMessage(msg);
    }
}
