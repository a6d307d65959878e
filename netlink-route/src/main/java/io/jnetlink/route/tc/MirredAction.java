package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.ActAttrs;

/**
 * {@code action mirred egress|ingress redirect|mirror dev D} ({@code struct tc_mirred}).
 *
 * @param direction {@code TCA_EGRESS_REDIR}, {@code TCA_EGRESS_MIRROR}, {@code TCA_INGRESS_REDIR} or {@code TCA_INGRESS_MIRROR}
 * @param ifindex   the target device's index
 * @param verdict   the verdict after it ({@code TC_ACT_STOLEN} for a redirect, {@code TC_ACT_PIPE} for a mirror)
 */
public record MirredAction(int direction, int ifindex, int verdict) implements TcAction {
    /**
     * {@code action mirred egress redirect dev D}.
     *
     * @param ifindex the device's index ({@code Links.get(name).orElseThrow().index()})
     * @return the action
     */
    public static MirredAction redirectEgress(int ifindex) {
        return new MirredAction(ActAttrs.TCA_EGRESS_REDIR, positive(ifindex), ActAttrs.TC_ACT_STOLEN);
    }

    /**
     * {@code action mirred egress mirror dev D}.
     *
     * @param ifindex the device's index
     * @return the action
     */
    public static MirredAction mirrorEgress(int ifindex) {
        return new MirredAction(ActAttrs.TCA_EGRESS_MIRROR, positive(ifindex), ActAttrs.TC_ACT_PIPE);
    }

    /**
     * {@code action mirred ingress redirect dev D}.
     *
     * @param ifindex the device's index
     * @return the action
     */
    public static MirredAction redirectIngress(int ifindex) {
        return new MirredAction(ActAttrs.TCA_INGRESS_REDIR, positive(ifindex), ActAttrs.TC_ACT_STOLEN);
    }

    @Override
    public String kind() {
        return "mirred";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int opts = w.beginNested(ActAttrs.TCA_ACT_OPTIONS);
        int at = TcStruct.beginStruct(w, ActAttrs.TCA_MIRRED_PARMS, ActAttrs.MIRRED_LENGTH);
        w.putU32At(at + ActAttrs.GEN_ACTION_OFFSET, verdict);
        w.putU32At(at + ActAttrs.MIRRED_EACTION_OFFSET, direction);
        w.putU32At(at + ActAttrs.MIRRED_IFINDEX_OFFSET, ifindex);
        TcStruct.endStruct(w, at);
        w.endNested(opts);
    }

    private static int positive(int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("mirred device index must be positive: " + ifindex);
        }
        return ifindex;
    }
}
