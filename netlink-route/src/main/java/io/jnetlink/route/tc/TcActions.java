package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.ActAttrs;
import io.jnetlink.route.wire.RateSpec;

import java.util.ArrayList;
import java.util.List;

/** Writes and reads a filter's action list: a nest holding one nest per action, typed 1, 2, … in order. */
final class TcActions {
    private TcActions() {
    }

    static List<TcAction> check(List<TcAction> actions) {
        List<TcAction> copy = List.copyOf(actions);
        if (copy.size() > ActAttrs.TCA_ACT_MAX_PRIO) {
            throw new IllegalArgumentException("at most " + ActAttrs.TCA_ACT_MAX_PRIO + " actions: " + copy.size());
        }
        return copy;
    }

    static void write(MessageWriter w, int type, List<TcAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        int list = w.beginNested(type, false);
        int prio = 1;
        for (TcAction a : actions) {
            int one = w.beginNested(prio++, false);
            w.putAttrString(ActAttrs.TCA_ACT_KIND, a.kind());
            a.writeOptions(w);
            w.endNested(one);
        }
        w.endNested(list);
    }

    /** Reads the action list nest the reader is positioned on. */
    static List<TcAction> read(AttributeReader list) {
        List<TcAction> out = new ArrayList<>();
        AttributeReader one = list.nested(new AttributeReader());
        AttributeReader inner = new AttributeReader();
        while (one.next()) {
            if (out.size() == ActAttrs.TCA_ACT_MAX_PRIO) {
                throw new NetlinkDecodeException("more than " + ActAttrs.TCA_ACT_MAX_PRIO + " actions", one.offset());
            }
            out.add(readOne(one.nested(inner), one.offset()));
        }
        return List.copyOf(out);
    }

    private static TcAction readOne(AttributeReader a, int at) {
        String kind = null;
        RawAttribute options = null;
        while (a.next()) {
            if (a.type() == ActAttrs.TCA_ACT_KIND) {
                kind = a.string();
            } else if (a.type() == ActAttrs.TCA_ACT_OPTIONS) {
                options = RawAttribute.copyOf(a);
                String k = kind;
                if (k != null) {
                    TcAction decoded = decode(k, a);
                    if (decoded != null) {
                        return decoded;
                    }
                }
            }
        }
        if (!TcChecks.isKind(kind)) {
            throw new NetlinkDecodeException("action without a valid TCA_ACT_KIND", at);
        }
        return new RawAction(kind, options == null ? List.of() : List.of(options));
    }

    /** The modelled action of {@code kind} from its {@code TCA_ACT_OPTIONS}, or null. */
    private static TcAction decode(String kind, AttributeReader optionsAttr) {
        AttributeReader o = optionsAttr.nested(new AttributeReader());
        switch (kind) {
            case "gact" -> {
                if (o.find(ActAttrs.TCA_GACT_PARMS)) {
                    TcStruct.require(o, ActAttrs.GEN_LENGTH, "TCA_GACT_PARMS");
                    return new GactAction(TcStruct.i32(o, ActAttrs.GEN_ACTION_OFFSET));
                }
                return null;
            }
            case "mirred" -> {
                if (o.find(ActAttrs.TCA_MIRRED_PARMS)) {
                    TcStruct.require(o, ActAttrs.MIRRED_LENGTH, "TCA_MIRRED_PARMS");
                    return new MirredAction(TcStruct.i32(o, ActAttrs.MIRRED_EACTION_OFFSET),
                            TcStruct.i32(o, ActAttrs.MIRRED_IFINDEX_OFFSET), TcStruct.i32(o, ActAttrs.GEN_ACTION_OFFSET));
                }
                return null;
            }
            case "police" -> {
                return police(o);
            }
            default -> {
                return null;
            }
        }
    }

    private static TcAction police(AttributeReader o) {
        long rate = -1;
        long rate64 = 0;
        long burstTicks = 0;
        int exceed = 0;
        int conform = 0;
        while (o.next()) {
            switch (o.type()) {
                case ActAttrs.TCA_POLICE_TBF -> {
                    TcStruct.require(o, ActAttrs.POLICE_LENGTH, "TCA_POLICE_TBF");
                    exceed = TcStruct.i32(o, ActAttrs.POLICE_ACTION_OFFSET);
                    burstTicks = TcStruct.u32(o, ActAttrs.POLICE_BURST_OFFSET);
                    rate = TcStruct.u32(o, ActAttrs.POLICE_RATE_OFFSET + RateSpec.RATE_OFFSET);
                }
                case ActAttrs.TCA_POLICE_RATE64 -> rate64 = TcStruct.u64Attr(o, "TCA_POLICE_RATE64");
                case ActAttrs.TCA_POLICE_RESULT -> conform = (int) TcStruct.u32Attr(o, "TCA_POLICE_RESULT");
                default -> {
                }
            }
        }
        if (rate < 0) {
            return null;
        }
        long r = rate64 > 0 ? rate64 : rate;
        return new PoliceAction(r, Psched.xmitsize(r, burstTicks), exceed, conform);
    }
}
