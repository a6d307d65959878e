package io.jnetlink.route.wire;

import io.jnetlink.core.message.MessageWriter;

/**
 * Writes a {@code struct ifaddrmsg} ({@link IfAddrMsg}): every field named, in wire order, in one call that reserves
 * the header. Static, like {@link FibRuleHdrEncoder} (no object per encode, nothing shared between threads).
 */
public final class IfAddrMsgEncoder {
    private IfAddrMsgEncoder() {
    }

    /**
     * Reserves the header at the writer's position and writes it; returns its offset.
     *
     * @param w         the writer, inside a message just begun
     * @param family    {@code ifa_family}: {@code AF_INET}, {@code AF_INET6}, or 0 in a dump of all
     * @param prefixLen {@code ifa_prefixlen}
     * @param flags     {@code ifa_flags}: the low 8 {@code IFA_F_*} bits (the rest travel in {@code IFA_FLAGS})
     * @param scope     {@code ifa_scope} ({@code RT_SCOPE_*})
     * @param index     {@code ifa_index}: the interface, 0 in a dump of all
     * @return the header's offset
     */
    public static int write(MessageWriter w, int family, int prefixLen, int flags, int scope, int index) {
        int h = w.reserve(IfAddrMsg.LENGTH);
        w.putU8At(h + IfAddrMsg.FAMILY_OFFSET, family);
        w.putU8At(h + IfAddrMsg.PREFIXLEN_OFFSET, prefixLen);
        w.putU8At(h + IfAddrMsg.FLAGS_OFFSET, flags);
        w.putU8At(h + IfAddrMsg.SCOPE_OFFSET, scope);
        w.putU32At(h + IfAddrMsg.INDEX_OFFSET, index);
        return h;
    }
}
