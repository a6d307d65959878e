package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.TcMsg;

import java.util.Objects;

/**
 * {@code tc class add|change|replace|del dev D parent P classid C [KIND OPTIONS]}: one
 * {@code RTM_NEWTCLASS} or {@code RTM_DELTCLASS}, made by {@link TrafficClasses}.
 */
public final class TrafficClassRequest extends TcRequest<TrafficClassRequest> {
    private ClassOptions options;

    TrafficClassRequest(Op op, TcDevice device) {
        super(op, device, TcMsg.TC_H_UNSPEC);
    }

    /**
     * {@code parent MAJ:[MIN]}: the qdisc ({@code "1:"}) or class ({@code "1:1"}) it hangs under.
     *
     * @param parent the parent
     * @return this request
     */
    public TrafficClassRequest parent(String parent) {
        this.parent = TcHandle.parse(parent, "parent");
        return this;
    }

    /**
     * {@code classid MAJ:MIN}, e.g. {@code "1:10"}.
     *
     * @param classId the class id; its minor must not be 0
     * @return this request
     */
    public TrafficClassRequest classId(String classId) {
        int h = TcHandle.parse(classId, "classid");
        if ((h & 0xFFFF) == 0) {
            throw new IllegalArgumentException("classid needs a minor part (e.g. 1:10): " + classId);
        }
        this.handle = h;
        return this;
    }

    /**
     * The kind and options, e.g. {@code HtbClassOptions.rate("10mbit").withCeil("20mbit")}.
     *
     * @param options the kind and options
     * @return this request
     */
    public TrafficClassRequest options(ClassOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.kind = options.kind();
        if (options instanceof HtbClassOptions h && h.rate() <= 0) {
            throw new IllegalArgumentException("htb class rate must be positive: " + h.rate());
        }
        return this;
    }

    @Override
    void check() {
        if (handle == 0) {
            throw new IllegalArgumentException("classid must be given");
        }
        if (op != Op.DELETE && (options == null || parent == 0)) {
            throw new IllegalArgumentException("parent and options must be given to " + op.name().toLowerCase() + " a class");
        }
    }

    @Override
    int messageType() {
        return op == Op.DELETE ? TcMsg.RTM_DELTCLASS : TcMsg.RTM_NEWTCLASS;
    }

    @Override
    void writeOptions(MessageWriter w) {
        options.writeOptions(w);
    }
}
