package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.NdMsgEncoder;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.internal.DeviceIndexes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code bridge fdb show [br BRIDGE] [brport DEV]}: an {@code RTM_GETNEIGH} dump of family
 * {@code AF_BRIDGE}, filtered by the kernel ({@code NDA_MASTER}, {@code NDA_IFINDEX}); made by
 * {@link Fdb#show()}. {@link #forEach} streams through one reused {@link FdbView}.
 */
public final class FdbQuery extends NetlinkRequest<FdbQuery, List<FdbEntry>> {
    private Dev bridge;
    private Dev port;

    FdbQuery() {
    }

    /**
     * {@code br BRIDGE}: only the entries of this bridge's ports.
     *
     * @param name the bridge's name
     * @return this query
     */
    public FdbQuery br(String name) {
        this.bridge = Dev.named(name, "br");
        return this;
    }

    /**
     * {@code brport DEV} / {@code dev DEV}: only this device's entries.
     *
     * @param name the interface name
     * @return this query
     */
    public FdbQuery dev(String name) {
        this.port = Dev.named(name, "dev");
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public List<FdbEntry> apply(NetlinkConnection connection) {
        List<FdbEntry> out = new ArrayList<>();
        run(connection, v -> out.add(v.toFdbEntry()), out::clear);
        return out;
    }

    /**
     * Streams every matching entry through one reused view, in the target namespace.
     *
     * @param consumer called with each entry; the view is valid only during the call
     */
    public void forEach(Consumer<FdbView> consumer) {
        forEach(targetNamespace().connection(protocol()), consumer);
    }

    /**
     * Streams every matching entry on {@code connection} through one reused view.
     *
     * @param connection an open {@code NETLINK_ROUTE} connection
     * @param consumer called with each entry; the view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<FdbView> consumer) {
        run(connection, consumer, () -> {
        });
    }

    private void run(NetlinkConnection connection, Consumer<FdbView> consumer, Runnable restart) {
        int br = bridge == null ? 0 : DeviceIndexes.index(connection, bridge.name);
        int dev = port == null ? 0 : DeviceIndexes.index(connection, port.name);
        FdbView view = new FdbView();
        connection.dump("RTM_GETNEIGH bridge fdb show", w -> encodeDump(w, br, dev), new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == Rtnl.RTM_NEWNEIGH && m.payloadLength() >= NdMsg.LENGTH
                        && m.payloadU8(NdMsg.FAMILY_OFFSET) == NdMsg.AF_BRIDGE) {
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

    /** The dump request: a zeroed {@code ndmsg} of family {@code AF_BRIDGE}, filters as attributes (strict checking). */
    static void encodeDump(MessageWriter w, int bridgeIndex, int devIndex) {
        int msg = w.beginMessage(Rtnl.RTM_GETNEIGH, 0);
        NdMsgEncoder.writeDump(w, NdMsg.AF_BRIDGE);
        if (devIndex != 0) {
            w.putAttrU32(NdMsg.NDA_IFINDEX, devIndex);
        }
        if (bridgeIndex != 0) {
            w.putAttrU32(NdMsg.NDA_MASTER, bridgeIndex);
        }
        w.endMessage(msg);
    }
}
