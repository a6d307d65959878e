package io.jnetlink.route.tc;

import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.TcMsg;

/** The dump requests of qdiscs, classes and filters: a {@code tcmsg} with only the device (and parent) set. */
final class TcDumps {
    private TcDumps() {
    }

    static RequestEncoder of(int type, int ifindex, int parent) {
        return w -> write(w, type, ifindex, parent);
    }

    static void write(MessageWriter w, int type, int ifindex, int parent) {
        int msg = w.beginMessage(type, 0);
        int h = w.reserve(TcMsg.LENGTH);
        w.putU32At(h + TcMsg.IFINDEX_OFFSET, ifindex);
        w.putU32At(h + TcMsg.PARENT_OFFSET, parent);
        w.endMessage(msg);
    }
}
