package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.ActAttrs;

/**
 * A generic action ({@code gact}): {@code action pass}, {@code action drop}… ({@code struct tc_gact}).
 *
 * @param verdict {@code TC_ACT_*}: {@code TC_ACT_OK} (pass), {@code TC_ACT_SHOT} (drop), …
 */
public record GactAction(int verdict) implements TcAction {
    /** {@code action pass} / {@code ok}. */
    public static final GactAction PASS = new GactAction(ActAttrs.TC_ACT_OK);
    /** {@code action drop} / {@code shot}. */
    public static final GactAction DROP = new GactAction(ActAttrs.TC_ACT_SHOT);
    /** {@code action pipe}. */
    public static final GactAction PIPE = new GactAction(ActAttrs.TC_ACT_PIPE);
    /** {@code action continue}. */
    public static final GactAction CONTINUE = new GactAction(ActAttrs.TC_ACT_UNSPEC);
    /** {@code action reclassify}. */
    public static final GactAction RECLASSIFY = new GactAction(ActAttrs.TC_ACT_RECLASSIFY);

    @Override
    public String kind() {
        return "gact";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int opts = w.beginNested(ActAttrs.TCA_ACT_OPTIONS);
        int at = TcStruct.beginStruct(w, ActAttrs.TCA_GACT_PARMS, ActAttrs.GEN_LENGTH);
        w.putU32At(at + ActAttrs.GEN_ACTION_OFFSET, verdict);
        TcStruct.endStruct(w, at);
        w.endNested(opts);
    }

    /** Like {@code tc}: {@code "gact action drop"}. */
    @Override
    public String toString() {
        return "gact action " + TcVerdicts.name(verdict);
    }
}
