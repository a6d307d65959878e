package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.TcAttrs;
import io.jnetlink.route.wire.TcMsg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What qdisc, class and filter requests share: the device, the {@code tcmsg} header, the kind and
 * options, raw attributes, and {@code apply} (resolve the device, send, wait for the ACK).
 *
 * @param <SELF> the concrete request
 */
public abstract class TcRequest<SELF extends TcRequest<SELF>> extends NetlinkRequest<SELF, Void> {
    /** What the request does. */
    enum Op {
        ADD(Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL), CHANGE(0), REPLACE(Netlink.NLM_F_CREATE | Netlink.NLM_F_REPLACE),
        DELETE(0);

        final int flags;

        Op(int flags) {
            this.flags = flags;
        }
    }

    final Op op;
    private final TcDevice device;
    int handle;
    int parent;
    String kind;
    private final List<RawAttribute> extra = new ArrayList<>();

    TcRequest(Op op, TcDevice device, int parent) {
        this.op = op;
        this.device = device;
        this.parent = parent;
    }

    /**
     * Adds an attribute as is, after the others (an escape hatch for what this API does not model).
     *
     * @param attribute the attribute
     * @return this request
     */
    @SuppressWarnings("unchecked")
    public SELF attribute(RawAttribute attribute) {
        extra.add(Objects.requireNonNull(attribute, "attribute"));
        return (SELF) this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        check();
        int ifindex = device.resolve(connection);
        connection.request(describe(), w -> encode(w, ifindex));
        return null;
    }

    /** The {@code RTM_*} type this request sends. */
    abstract int messageType();

    /** {@code tcm_info}: 0 but for filters. */
    int info() {
        return 0;
    }

    /** Rejects a request that lacks what its operation needs, before anything is sent. */
    void check() {
    }

    /** Writes {@code TCA_OPTIONS} (not for deletes). */
    abstract void writeOptions(MessageWriter w);

    /** Writes the message for the device with index {@code ifindex}, as {@code tc} does. */
    void encode(MessageWriter w, int ifindex) {
        int msg = w.beginMessage(messageType(), op.flags);
        int h = w.reserve(TcMsg.LENGTH);
        w.putU32At(h + TcMsg.IFINDEX_OFFSET, ifindex);
        w.putU32At(h + TcMsg.HANDLE_OFFSET, handle);
        w.putU32At(h + TcMsg.PARENT_OFFSET, parent);
        w.putU32At(h + TcMsg.INFO_OFFSET, info());
        if (kind != null) {
            w.putAttrString(TcAttrs.TCA_KIND, kind);
        }
        if (op != Op.DELETE) {
            writeOptions(w);
        }
        for (RawAttribute a : extra) {
            a.writeTo(w);
        }
        w.endMessage(msg);
    }

    String describe() {
        return TcMsg.typeName(messageType()) + " " + device
                + " handle " + TcHandle.format(handle) + " parent " + TcHandle.format(parent);
    }
}
