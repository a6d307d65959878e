package io.jnetlink.route.wire;

import io.jnetlink.core.message.MessageWriter;

/**
 * Writes a {@code struct rtmsg} ({@link RtMsg}): every field named, in wire order, in one call that reserves the
 * header. Static, like {@link FibRuleHdrEncoder}: a per-encode flyweight object cost 24 B per {@code apply} on the
 * rule path, and a shared one would not be thread-safe.
 */
public final class RtMsgEncoder {
    private RtMsgEncoder() {
    }

    /**
     * Reserves the header at the writer's position and writes it; returns its offset.
     *
     * @param w        the writer, inside a message just begun
     * @param family   {@code rtm_family}: {@code AF_INET} or {@code AF_INET6}
     * @param dstLen   {@code rtm_dst_len}: the destination's prefix length
     * @param srcLen   {@code rtm_src_len}: the source's prefix length
     * @param tos      {@code rtm_tos}
     * @param table    {@code rtm_table} 0..255 ({@code RT_TABLE_UNSPEC} when the id travels in {@code RTA_TABLE})
     * @param protocol {@code rtm_protocol} ({@code RTPROT_*})
     * @param scope    {@code rtm_scope} ({@code RT_SCOPE_*})
     * @param type     {@code rtm_type} ({@code RTN_*})
     * @param flags    {@code rtm_flags} ({@code RTNH_F_*}, {@code RTM_F_*})
     * @return the header's offset
     */
    public static int write(MessageWriter w, int family, int dstLen, int srcLen, int tos, int table, int protocol,
                            int scope, int type, int flags) {
        int h = w.reserve(RtMsg.LENGTH);
        w.putU8At(h + RtMsg.FAMILY_OFFSET, family);
        w.putU8At(h + RtMsg.DST_LEN_OFFSET, dstLen);
        w.putU8At(h + RtMsg.SRC_LEN_OFFSET, srcLen);
        w.putU8At(h + RtMsg.TOS_OFFSET, tos);
        w.putU8At(h + RtMsg.TABLE_OFFSET, table);
        w.putU8At(h + RtMsg.PROTOCOL_OFFSET, protocol);
        w.putU8At(h + RtMsg.SCOPE_OFFSET, scope);
        w.putU8At(h + RtMsg.TYPE_OFFSET, type);
        w.putU32At(h + RtMsg.FLAGS_OFFSET, flags);
        return h;
    }

    /**
     * A dump request's header: all zero but family and table, as strict checking requires.
     *
     * @param w      the writer, inside a message just begun
     * @param family {@code AF_INET}, {@code AF_INET6} or 0 for all
     * @param table  {@code rtm_table} 0..255 (0: all, or the id is in {@code RTA_TABLE})
     * @return the header's offset
     */
    public static int writeDump(MessageWriter w, int family, int table) {
        return write(w, family, 0, 0, 0, table, 0, 0, 0, 0);
    }
}
