package io.jnetlink.diag;

import io.jnetlink.core.message.RawAttribute;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One TCP, UDP, UDP-lite or raw socket, as a line of {@code ss -tanie} shows it; made by
 * {@link InetSocketView#toInetSocket()}.
 *
 * @param family          {@code AF_INET} (2) or {@code AF_INET6} (10)
 * @param protocol        {@code IPPROTO_*} of the dump (6 TCP, 17 UDP, 136 UDP-lite, 255 raw)
 * @param stateRaw        {@code idiag_state} ({@code TCP_*})
 * @param timer           {@code idiag_timer}
 * @param retransmits     {@code idiag_retrans}
 * @param local           local address and port (ss: Local Address:Port); an IPv6 socket's v4-mapped
 *                        address ({@code ::ffff:10.0.0.1}) is an {@code Inet4Address} here, as Java makes it
 * @param remote          remote address and port, the wildcard and 0 when unconnected
 * @param interfaceIndex  {@code idiag_if}, 0 when not bound to a device
 * @param cookie          the socket cookie (ss -e: {@code sk:})
 * @param expiresMillis   {@code idiag_expires}
 * @param receiveQueue    ss's Recv-Q
 * @param sendQueue       ss's Send-Q
 * @param uid             the owner's uid (ss -e: {@code uid:})
 * @param inode           the socket's inode (ss -e: {@code ino:})
 * @param tcpInfo         {@code tcp_info} when asked ({@link Extension#TCP_INFO}) and TCP
 * @param memory          {@code skmem} when asked ({@link Extension#MEMORY})
 * @param congestion      the congestion algorithm when asked ({@link Extension#CONGESTION})
 * @param mark            {@code SO_MARK} when the kernel sent it (to {@code CAP_NET_ADMIN} only)
 * @param shutdown        {@code sk_shutdown} bits, -1 when absent
 * @param otherAttributes the attributes not modelled above, kept raw
 */
public record InetSocket(int family, int protocol, int stateRaw, int timer, int retransmits,
                         InetSocketAddress local, InetSocketAddress remote, int interfaceIndex, long cookie,
                         long expiresMillis, long receiveQueue, long sendQueue, long uid, long inode,
                         Optional<TcpInfo> tcpInfo, Optional<SocketMemory> memory, Optional<String> congestion,
                         OptionalLong mark, int shutdown, List<RawAttribute> otherAttributes) {
    /**
     * Copies the list.
     *
     * @param family          {@code AF_INET} (2) or {@code AF_INET6} (10)
     * @param protocol        {@code IPPROTO_*}
     * @param stateRaw        {@code idiag_state}
     * @param timer           {@code idiag_timer}
     * @param retransmits     {@code idiag_retrans}
     * @param local           local address and port
     * @param remote          remote address and port
     * @param interfaceIndex  {@code idiag_if}
     * @param cookie          the socket cookie
     * @param expiresMillis   {@code idiag_expires}
     * @param receiveQueue    Recv-Q
     * @param sendQueue       Send-Q
     * @param uid             the owner's uid
     * @param inode           the socket's inode
     * @param tcpInfo         {@code tcp_info}
     * @param memory          {@code skmem}
     * @param congestion      the congestion algorithm
     * @param mark            {@code SO_MARK}
     * @param shutdown        {@code sk_shutdown}, -1 when absent
     * @param otherAttributes the attributes not modelled, kept raw
     */
    public InetSocket {
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return {@link #stateRaw()} as a {@link TcpState}} */
    public TcpState state() {
        return TcpState.of(stateRaw);
    }

    /** {@return the local port} */
    public int localPort() {
        return local.getPort();
    }

    /** {@return the remote port, 0 when unconnected} */
    public int remotePort() {
        return remote.getPort();
    }
}
