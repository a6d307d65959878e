package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.FlowerAttrs;
import io.jnetlink.route.wire.TcAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The matchall classifier: {@code matchall [classid C] [skip_hw|skip_sw] action …}.
 *
 * @param classId         {@code classid} ({@code TCA_MATCHALL_CLASSID}), or -1
 * @param flags           {@code TCA_MATCHALL_FLAGS}, or -1 when not sent
 * @param actions         the actions ({@code TCA_MATCHALL_ACT})
 * @param otherAttributes other {@code TCA_MATCHALL_*} attributes as they came
 */
public record MatchallOptions(long classId, long flags, List<TcAction> actions, List<RawAttribute> otherAttributes)
        implements FilterOptions {
    /**
     * Checks and copies.
     *
     * @param classId class or -1
     * @param flags flags or -1
     * @param actions actions
     * @param otherAttributes other attributes
     */
    public MatchallOptions {
        actions = TcActions.check(Objects.requireNonNull(actions, "actions"));
        otherAttributes = List.copyOf(Objects.requireNonNull(otherAttributes, "otherAttributes"));
    }

    /**
     * {@code matchall action A [action B …]}.
     *
     * @param actions the actions, in order
     * @return the options
     */
    public static MatchallOptions of(TcAction... actions) {
        if (actions.length == 0) {
            throw new IllegalArgumentException("matchall needs at least one action (or use a classid)");
        }
        return new MatchallOptions(-1, -1, List.of(actions), List.of());
    }

    @Override
    public String kind() {
        return "matchall";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        if (classId >= 0) {
            w.putAttrU32(FlowerAttrs.TCA_MATCHALL_CLASSID, (int) classId);
        }
        TcActions.write(w, FlowerAttrs.TCA_MATCHALL_ACT, actions);
        if (flags >= 0) {
            w.putAttrU32(FlowerAttrs.TCA_MATCHALL_FLAGS, (int) flags);
        }
        for (RawAttribute a : otherAttributes) {
            a.writeTo(w);
        }
        w.endNested(opts);
    }

    /** Reads the nested {@code TCA_OPTIONS}. */
    static MatchallOptions decode(AttributeReader o) {
        long classId = -1;
        long flags = -1;
        List<TcAction> actions = List.of();
        List<RawAttribute> other = new ArrayList<>();
        while (o.next()) {
            switch (o.type()) {
                case FlowerAttrs.TCA_MATCHALL_CLASSID -> classId = TcStruct.u32Attr(o, "TCA_MATCHALL_CLASSID");
                case FlowerAttrs.TCA_MATCHALL_FLAGS -> flags = TcStruct.u32Attr(o, "TCA_MATCHALL_FLAGS");
                case FlowerAttrs.TCA_MATCHALL_ACT -> actions = TcActions.read(o);
                default -> other.add(RawAttribute.copyOf(o));
            }
        }
        return new MatchallOptions(classId, flags, actions, other);
    }
}
