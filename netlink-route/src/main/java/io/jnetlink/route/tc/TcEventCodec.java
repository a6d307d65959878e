package io.jnetlink.route.tc;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.TcAttrs;
import io.jnetlink.route.wire.TcMsg;

import java.util.List;

/**
 * Reads qdisc, class and filter notifications and dump replies of one device for a {@link TcEvents}
 * subscription. Identity: a qdisc by (device, handle, parent); a class by (device, class id); a
 * filter by (device, parent, priority, protocol, handle, chain, kind). Statistics change without
 * notifications, so they do not count as a change.
 */
final class TcEventCodec implements StateCodec<TcObject> {
    private final int ifindex;
    private final QdiscView qdiscs = new QdiscView();
    private final TrafficClassView classes = new TrafficClassView();
    private final FilterView filters = new FilterView();
    /** Whether the device's ingress slot holds clsact: only then are egress-hook filters real (an ingress qdisc answers that dump too). */
    private boolean clsact;

    TcEventCodec(int ifindex) {
        this.ifindex = ifindex;
    }

    private record QdiscKey(int ifindex, int handle, int parent) {
    }

    private record ClassKey(int ifindex, int handle) {
    }

    private record FilterKey(int ifindex, int parent, int priority, int protocol, int handle, long chain, String kind) {
    }

    @Override
    public StateUpdate<TcObject> decode(MessageReader m) {
        switch (m.type()) {
            case TcMsg.RTM_NEWQDISC, TcMsg.RTM_DELQDISC -> {
                qdiscs.wrap(m);
                if (qdiscs.ifindex() != ifindex) {
                    return null;
                }
                if (qdiscs.parent() == TcHandle.INGRESS) {
                    clsact = m.type() == TcMsg.RTM_NEWQDISC && qdiscs.kindEquals("clsact");
                }
                return new StateUpdate<>(qdiscs.toQdisc(), m.type() == TcMsg.RTM_DELQDISC);
            }
            case TcMsg.RTM_NEWTCLASS, TcMsg.RTM_DELTCLASS -> {
                classes.wrap(m);
                return classes.ifindex() != ifindex ? null
                        : new StateUpdate<>(classes.toTrafficClass(), m.type() == TcMsg.RTM_DELTCLASS);
            }
            case TcMsg.RTM_NEWTFILTER, TcMsg.RTM_DELTFILTER -> {
                filters.wrap(m);
                return filters.ifindex() != ifindex || (filters.parent() == TcHandle.EGRESS_HOOK && !clsact) ? null
                        : new StateUpdate<>(filters.toFilter(), m.type() == TcMsg.RTM_DELTFILTER);
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    public Object key(TcObject value) {
        if (value instanceof Qdisc q) {
            return new QdiscKey(q.ifindex(), q.handle(), q.parent());
        }
        if (value instanceof TrafficClass c) {
            return new ClassKey(c.ifindex(), c.handle());
        }
        Filter f = (Filter) value;
        return new FilterKey(f.ifindex(), f.parent(), f.priority(), f.protocol(), f.handle(), f.chain(), f.kind());
    }

    @Override
    public boolean sameState(TcObject known, TcObject update) {
        return withoutCounters(known).equals(withoutCounters(update));
    }

    /** The object without what traffic changes: statistics, and htb's count of packets sent directly. */
    static TcObject withoutCounters(TcObject o) {
        if (o instanceof Qdisc q) {
            QdiscOptions opts = q.options() instanceof HtbQdiscOptions h
                    ? new HtbQdiscOptions(h.defaultClass(), h.rateToQuantum(), h.directQueueLength(), h.version(), h.debug(), 0)
                    : q.options();
            return new Qdisc(q.ifindex(), q.handle(), q.parent(), opts, TcStats.NONE, structural(q.otherAttributes()));
        }
        if (o instanceof TrafficClass c) {
            return new TrafficClass(c.ifindex(), c.handle(), c.parent(), c.options(), TcStats.NONE,
                    structural(c.otherAttributes()));
        }
        return o;
    }

    private static List<RawAttribute> structural(List<RawAttribute> attributes) {
        return attributes.stream().filter(a -> a.type() != TcAttrs.TCA_STATS && a.type() != TcAttrs.TCA_XSTATS
                && a.type() != TcAttrs.TCA_RATE).toList();
    }

    static TcEvent event(ChangeType type, TcObject value) {
        if (value instanceof Qdisc q) {
            return new QdiscEvent(type, q);
        }
        if (value instanceof TrafficClass c) {
            return new TrafficClassEvent(type, c);
        }
        return new FilterEvent(type, (Filter) value);
    }
}
