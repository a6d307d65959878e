package io.jnetlink.diag.wire;

import io.jnetlink.core.message.MessageFamily;
import io.jnetlink.core.message.Netlink;

/**
 * Names {@code NETLINK_SOCK_DIAG} message types for traces ({@code -Djnetlink.trace=true}).
 * The fixed header is not given: it depends on the address family and the direction
 * ({@code inet_diag_req_v2} 56 bytes, {@code inet_diag_msg} 72, {@code unix_diag_req} 24,
 * {@code unix_diag_msg} 16), which the type alone does not say.
 */
public final class SockDiagMessages implements MessageFamily {
    /** The one instance, registered by {@code Sockets}. */
    public static final SockDiagMessages INSTANCE = new SockDiagMessages();

    private SockDiagMessages() {
    }

    @Override
    public int protocol() {
        return Netlink.NETLINK_SOCK_DIAG;
    }

    @Override
    public String typeName(int type) {
        return switch (type) {
            case SockDiag.SOCK_DIAG_BY_FAMILY -> "SOCK_DIAG_BY_FAMILY";
            case SockDiag.SOCK_DESTROY -> "SOCK_DESTROY";
            default -> null;
        };
    }

    @Override
    public int fixedHeaderLength(int type) {
        return -1;
    }
}
