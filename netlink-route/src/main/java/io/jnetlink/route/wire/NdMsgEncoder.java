package io.jnetlink.route.wire;

import io.jnetlink.core.message.MessageWriter;

/**
 * Writes a {@code struct ndmsg} ({@link NdMsg}) of neighbour and bridge FDB messages: every field named, in wire
 * order, in one call that reserves the header. Static, like {@link FibRuleHdrEncoder} (no object per encode, nothing
 * shared between threads).
 */
public final class NdMsgEncoder {
    private NdMsgEncoder() {
    }

    /**
     * Reserves the header at the writer's position and writes it ({@code ndm_type} 0, as {@code ip neigh} and
     * {@code bridge fdb} send it); returns its offset.
     *
     * @param w      the writer, inside a message just begun
     * @param family {@code ndm_family}: {@code AF_INET}, {@code AF_INET6} or {@code AF_BRIDGE}
     * @param index  {@code ndm_ifindex}: the interface, 0 in a dump
     * @param state  {@code ndm_state} ({@code NUD_*} bits)
     * @param flags  {@code ndm_flags} ({@code NTF_*} bits)
     * @return the header's offset
     */
    public static int write(MessageWriter w, int family, int index, int state, int flags) {
        int h = w.reserve(NdMsg.LENGTH);
        w.putU8At(h + NdMsg.FAMILY_OFFSET, family);
        w.putU32At(h + NdMsg.IFINDEX_OFFSET, index);
        w.putU16At(h + NdMsg.STATE_OFFSET, state);
        w.putU8At(h + NdMsg.FLAGS_OFFSET, flags);
        return h;
    }

    /**
     * A dump request's header: all zero but the family, as strict checking requires (filters travel as attributes).
     *
     * @param w      the writer, inside a message just begun
     * @param family {@code AF_INET}, {@code AF_INET6}, {@code AF_BRIDGE} or 0 for all
     * @return the header's offset
     */
    public static int writeDump(MessageWriter w, int family) {
        return write(w, family, 0, 0, 0);
    }
}
