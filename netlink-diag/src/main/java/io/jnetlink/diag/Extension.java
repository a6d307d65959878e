package io.jnetlink.diag;

import io.jnetlink.diag.wire.InetDiagMsg;

/**
 * Extra information an inet socket dump can ask for ({@code idiag_ext}); each costs bytes per
 * socket, so a dump carries none unless asked.
 */
public enum Extension {
    /** {@code INET_DIAG_INFO}: {@code struct tcp_info} ({@code ss -i}). */
    TCP_INFO(InetDiagMsg.INET_DIAG_INFO),
    /** {@code INET_DIAG_CONG}: the congestion control algorithm ({@code ss -i}: {@code cubic}). */
    CONGESTION(InetDiagMsg.INET_DIAG_CONG),
    /** {@code INET_DIAG_SKMEMINFO}: the socket's memory ({@code ss -m}: {@code skmem:(…)}). */
    MEMORY(InetDiagMsg.INET_DIAG_SKMEMINFO),
    /** {@code INET_DIAG_TOS}: the IPv4 TOS byte. */
    TOS(InetDiagMsg.INET_DIAG_TOS),
    /** {@code INET_DIAG_TCLASS}: the IPv6 traffic class (and {@code INET_DIAG_CLASS_ID}). */
    TCLASS(InetDiagMsg.INET_DIAG_TCLASS);

    private final int attribute;

    Extension(int attribute) {
        this.attribute = attribute;
    }

    /** {@return the bit in {@code idiag_ext}: {@code 1 << (INET_DIAG_x - 1)}} */
    int bit() {
        return 1 << (attribute - 1);
    }
}
