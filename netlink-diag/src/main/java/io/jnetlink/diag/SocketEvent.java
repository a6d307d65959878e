package io.jnetlink.diag;

/**
 * What a {@link SocketEvents} subscription delivers. The kernel's {@code sock_diag} multicast
 * groups announce destroyed sockets only (there is no group for created or listening ones).
 */
public sealed interface SocketEvent permits SocketEvent.Destroyed, SocketEvent.Overrun {
    /**
     * A TCP or UDP socket was destroyed (its last reference dropped: closed and, for TCP, out of
     * TIME-WAIT handling or aborted).
     *
     * @param socket the socket as it was at destruction (protocol from {@code INET_DIAG_PROTOCOL})
     */
    record Destroyed(InetSocket socket) implements SocketEvent {
    }

    /**
     * The receive buffer overflowed ({@code ENOBUFS}): some notifications were lost.
     */
    record Overrun() implements SocketEvent {
    }
}
