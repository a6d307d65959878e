package io.jnetlink.generic;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.generic.wire.Ctrl;

/** nlctrl's answers for a {@link FakeKernel}: a {@code CTRL_CMD_NEWFAMILY} naming a family and its id. */
public final class FamilyReplies {
    private FamilyReplies() {
    }

    /** Writes a NEWFAMILY reply for {@code name} with {@code id}, one op (1, do+dump) and one group, then the ACK. */
    public static void family(FakeKernel.Request request, FakeKernel.Replies reply, String name, int id, String group, int groupId) {
        reply.message(Ctrl.GENL_ID_CTRL, 0, request.sequence(), w -> writeFamily(w, name, id, group, groupId));
        reply.ack(request);
    }

    static void writeFamily(MessageWriter w, String name, int id, String group, int groupId) {
        int at = w.reserve(4);
        w.putU8At(at, Ctrl.CTRL_CMD_NEWFAMILY).putU8At(at + 1, 2);
        w.putAttrU16(Ctrl.CTRL_ATTR_FAMILY_ID, id);
        w.putAttrString(Ctrl.CTRL_ATTR_FAMILY_NAME, name);
        w.putAttrU32(Ctrl.CTRL_ATTR_VERSION, 1);
        w.putAttrU32(Ctrl.CTRL_ATTR_HDRSIZE, 0);
        w.putAttrU32(Ctrl.CTRL_ATTR_MAXATTR, 7);
        int ops = w.beginNested(Ctrl.CTRL_ATTR_OPS);
        int op = w.beginNested(1);
        w.putAttrU32(Ctrl.CTRL_ATTR_OP_ID, 1);
        w.putAttrU32(Ctrl.CTRL_ATTR_OP_FLAGS, Ctrl.GENL_CMD_CAP_DO | Ctrl.GENL_CMD_CAP_DUMP);
        w.endNested(op);
        w.endNested(ops);
        int groups = w.beginNested(Ctrl.CTRL_ATTR_MCAST_GROUPS);
        int g = w.beginNested(1);
        w.putAttrString(Ctrl.CTRL_ATTR_MCAST_GRP_NAME, group);
        w.putAttrU32(Ctrl.CTRL_ATTR_MCAST_GRP_ID, groupId);
        w.endNested(g);
        w.endNested(groups);
    }
}
