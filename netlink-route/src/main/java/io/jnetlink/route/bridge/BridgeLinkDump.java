package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageReader;

import java.util.function.Consumer;

/** The {@code AF_BRIDGE} link dump that {@code bridge link show} and {@code bridge vlan show} send. */
final class BridgeLinkDump {
    private BridgeLinkDump() {
    }

    /** Dumps with {@code IFLA_EXT_MASK = extMask}, handing each bridge link message to {@code consumer}. */
    static void run(NetlinkConnection connection, int extMask, Consumer<BridgePortView> consumer, Runnable restart) {
        BridgePortView view = new BridgePortView();
        connection.dump("RTM_GETLINK family AF_BRIDGE", w -> {
            int msg = w.beginMessage(Rtnl.RTM_GETLINK, 0);
            IfInfoMsgEncoder.writeBridge(w, 0);
            if (extMask != 0) {
                w.putAttrU32(IfLink.IFLA_EXT_MASK, extMask);
            }
            w.endMessage(msg);
        }, new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == Rtnl.RTM_NEWLINK) {
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
}
