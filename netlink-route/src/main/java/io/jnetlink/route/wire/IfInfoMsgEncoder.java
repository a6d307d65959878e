package io.jnetlink.route.wire;

import io.jnetlink.core.message.MessageWriter;

/**
 * Writes a {@code struct ifinfomsg}: every field named, in wire order, in one call that reserves
 * the header. Static, like {@link FibRuleHdrEncoder}: a per-encode flyweight object cost 24 B per
 * {@code apply} on the rule path, and a shared one would not be thread-safe.
 */
public final class IfInfoMsgEncoder {
    private IfInfoMsgEncoder() {
    }

    /**
     * Reserves the header at the writer's position and writes it ({@code ifi_family} and
     * {@code ifi_type} 0, as {@code ip link} sends them); returns its offset.
     *
     * @param w      the writer, inside a message just begun
     * @param index  {@code ifi_index}, 0 when the device is named by {@code IFLA_IFNAME} or made new
     * @param flags  {@code ifi_flags} ({@code IFF_*})
     * @param change {@code ifi_change}: which bits of {@code flags} to change
     * @return the header's offset
     */
    public static int write(MessageWriter w, int index, int flags, int change) {
        int h = w.reserve(IfInfoMsg.LENGTH);
        w.putU32At(h + IfInfoMsg.INDEX_OFFSET, index);
        w.putU32At(h + IfInfoMsg.FLAGS_OFFSET, flags);
        w.putU32At(h + IfInfoMsg.CHANGE_OFFSET, change);
        return h;
    }

    /**
     * Reserves a bridge port's header ({@code ifi_family} {@code AF_BRIDGE}, as {@code bridge link}/{@code bridge
     * vlan} send it; the rest zero) at the writer's position; returns its offset.
     *
     * @param w     the writer, inside a message just begun
     * @param index {@code ifi_index}: the port, 0 in a dump
     * @return the header's offset
     */
    public static int writeBridge(MessageWriter w, int index) {
        int h = write(w, index, 0, 0);
        w.putU8At(h + IfInfoMsg.FAMILY_OFFSET, NdMsg.AF_BRIDGE);
        return h;
    }

    /**
     * A dump request's or an unnamed header: all zero, as strict checking requires.
     *
     * @param w the writer, inside a message just begun (or a veth peer's {@code VETH_INFO_PEER})
     * @return the header's offset
     */
    public static int writeEmpty(MessageWriter w) {
        return w.reserve(IfInfoMsg.LENGTH);
    }
}
