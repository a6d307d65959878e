package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.TcMsg;

import java.util.Objects;

/**
 * {@code tc qdisc add|change|replace|del dev D [root | parent P | ingress | clsact] [handle H] [KIND OPTIONS]}:
 * one {@code RTM_NEWQDISC} or {@code RTM_DELQDISC}, made by {@link Qdiscs}. Root is the default parent.
 */
public final class QdiscRequest extends TcRequest<QdiscRequest> {
    private QdiscOptions options;

    QdiscRequest(Op op, TcDevice device) {
        super(op, device, TcMsg.TC_H_ROOT);
    }

    /**
     * {@code root}: the device's egress root (the default).
     *
     * @return this request
     */
    public QdiscRequest root() {
        parent = TcHandle.ROOT;
        return this;
    }

    /**
     * {@code parent MAJ:MIN}: attach under a class, e.g. {@code "1:10"}.
     *
     * @param parent the parent class
     * @return this request
     */
    public QdiscRequest parent(String parent) {
        this.parent = TcHandle.parse(parent, "parent");
        return this;
    }

    /**
     * {@code handle MAJ:}, e.g. {@code "1:"} (the kernel picks one when not given).
     *
     * @param handle the handle; its minor must be 0
     * @return this request
     */
    public QdiscRequest handle(String handle) {
        int h = TcHandle.parse(handle, "handle");
        if ((h & 0xFFFF) != 0) {
            throw new IllegalArgumentException("a qdisc handle has no minor part (e.g. 1:): " + handle);
        }
        this.handle = h;
        return this;
    }

    /**
     * {@code ingress}: the ingress qdisc (parent {@code ffff:fff1}, handle {@code ffff:}).
     *
     * @return this request
     */
    public QdiscRequest ingress() {
        return special(PlainQdiscOptions.INGRESS);
    }

    /**
     * {@code clsact}: the clsact qdisc (ingress and egress filter hooks).
     *
     * @return this request
     */
    public QdiscRequest clsact() {
        return special(PlainQdiscOptions.CLSACT);
    }

    /**
     * The kind and its options, e.g. {@code HtbQdiscOptions.defaultClass(0x10)}, {@code FifoOptions.packets(50)},
     * {@code NetemOptions.delay(Duration.ofMillis(20))}.
     *
     * @param options the kind and options
     * @return this request
     */
    public QdiscRequest options(QdiscOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.kind = options.kind();
        return this;
    }

    /** {@return the options set, or null} */
    QdiscOptions options() {
        return options;
    }

    private QdiscRequest special(PlainQdiscOptions kindOnly) {
        parent = TcHandle.INGRESS;
        handle = TcHandle.INGRESS_QDISC;
        return options(kindOnly);
    }

    @Override
    void check() {
        if (op != Op.DELETE && options == null) {
            throw new IllegalArgumentException("options must name the qdisc kind (e.g. HtbQdiscOptions.defaultClass(0x10))");
        }
    }

    @Override
    int messageType() {
        return op == Op.DELETE ? TcMsg.RTM_DELQDISC : TcMsg.RTM_NEWQDISC;
    }

    @Override
    void writeOptions(MessageWriter w) {
        options.writeOptions(w);
    }
}
