package io.jnetlink.diag;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.diag.wire.SockDiag;

/**
 * {@code ss -K} of one socket: {@code SOCK_DESTROY} naming it exactly (ports, addresses, device,
 * cookie), made by {@link Sockets#destroy(InetSocket)}. The kernel aborts it (a TCP peer gets a
 * reset, the owner {@code ECONNABORTED}).
 */
public final class SocketDestroyRequest extends NetlinkRequest<SocketDestroyRequest, Void> {
    private final InetSocket socket;

    SocketDestroyRequest(InetSocket socket) {
        if (socket == null) {
            throw new IllegalArgumentException("socket must not be null");
        }
        this.socket = socket;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_SOCK_DIAG;
    }

    /**
     * Sends the {@code SOCK_DESTROY} and waits for the kernel's answer.
     *
     * @param connection an open {@code NETLINK_SOCK_DIAG} connection of the socket's namespace
     * @return null
     * @throws io.jnetlink.core.NetlinkException {@code ENOENT} when the socket is gone,
     *         {@code EOPNOTSUPP} when its protocol cannot be destroyed or the kernel lacks
     *         {@code CONFIG_INET_DIAG_DESTROY}, {@code EPERM} without {@code CAP_NET_ADMIN}
     */
    @Override
    public Void apply(NetlinkConnection connection) {
        connection.request("SOCK_DESTROY " + describe(), w -> InetDiagRequests.destroy(w, socket));
        return null;
    }

    private String describe() {
        String proto = switch (socket.protocol()) {
            case SockDiag.IPPROTO_TCP -> "tcp";
            case SockDiag.IPPROTO_UDP -> "udp";
            case SockDiag.IPPROTO_UDPLITE -> "udplite";
            default -> "proto " + socket.protocol();
        };
        return proto + " " + socket.local() + " -> " + socket.remote();
    }
}
