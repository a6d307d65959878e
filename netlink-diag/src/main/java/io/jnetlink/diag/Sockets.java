package io.jnetlink.diag;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.diag.wire.SockDiag;
import io.jnetlink.diag.wire.SockDiagMessages;

import java.util.List;

/**
 * The sockets of a namespace, as {@code ss} shows them ({@code NETLINK_SOCK_DIAG}).
 *
 * <pre>{@code
 * List<InetSocket> tcp = Sockets.tcp().in(ns).apply();                                  // ss -tan
 * List<InetSocket> l = Sockets.tcp().listening().in(ns).apply();                        // ss -tln
 * Sockets.tcp().listening().filter(SocketFilter.sport(80)).in(ns).apply();             // ss -tan state listening sport = :80
 * List<InetSocket> udp = Sockets.udp().in(ns).apply();                                  // ss -uan
 * List<UnixSocket> unix = Sockets.unix().in(ns).apply();                                // ss -xan
 * Sockets.tcp().with(Extension.TCP_INFO).in(ns).forEach(v -> v.tcpInfo().rttMicros()); // ss -tani, streamed
 * int killed = Sockets.tcp().filter(SocketFilter.dport(80)).in(ns).destroy();          // ss -K -tan dport = :80
 * Sockets.awaitListening(8080).in(ns).within(Duration.ofSeconds(5));                    // wait for a server
 * }</pre>
 *
 * <p>{@code ss -p} (the owning process) is not a netlink answer: {@code ss} finds it by scanning
 * {@code /proc/*}{@code /fd} for the socket's inode, which {@link InetSocket#inode()} gives.
 */
public final class Sockets {
    static {
        MessageFamilies.register(SockDiagMessages.INSTANCE);
    }

    private Sockets() {
    }

    /**
     * {@code ss -ta}: TCP sockets, IPv4 and IPv6, all states.
     *
     * @return the query; {@code apply()} runs it
     */
    public static InetSocketQuery tcp() {
        return new InetSocketQuery(SockDiag.IPPROTO_TCP, "tcp");
    }

    /**
     * {@code ss -ua}: UDP sockets.
     *
     * @return the query; {@code apply()} runs it
     */
    public static InetSocketQuery udp() {
        return new InetSocketQuery(SockDiag.IPPROTO_UDP, "udp");
    }

    /**
     * UDP-lite sockets ({@code IPPROTO_UDPLITE}; {@code ss} has no option for them).
     *
     * @return the query; {@code apply()} runs it
     */
    public static InetSocketQuery udpLite() {
        return new InetSocketQuery(SockDiag.IPPROTO_UDPLITE, "udplite");
    }

    /**
     * {@code ss -wa}: raw sockets. Needs {@code CONFIG_INET_RAW_DIAG}; without it the kernel answers
     * {@code ENOENT}, raised as a {@link io.jnetlink.core.NetlinkException} that says so ({@code ss}
     * then silently falls back to {@code /proc/net/raw}).
     *
     * @return the query; {@code apply()} runs it
     */
    public static InetSocketQuery raw() {
        return new InetSocketQuery(SockDiag.IPPROTO_RAW, "raw");
    }

    /**
     * {@code ss -xa}: UNIX sockets.
     *
     * @return the query; {@code apply()} runs it
     */
    public static UnixSocketQuery unix() {
        return new UnixSocketQuery();
    }

    /**
     * {@code ss -tan} of {@code namespace}.
     *
     * @param namespace the network namespace
     * @return its TCP sockets
     */
    public static List<InetSocket> tcp(NetNamespace namespace) {
        return tcp().in(namespace).apply();
    }

    /**
     * {@code ss -K} of exactly one socket (a record from a dump).
     *
     * @param socket the socket to close
     * @return the request; {@code apply()} sends it
     * @throws IllegalArgumentException if {@code socket} is null
     */
    public static SocketDestroyRequest destroy(InetSocket socket) {
        return new SocketDestroyRequest(socket);
    }

    /**
     * Waits until a TCP socket listens on {@code port}, without connecting to it; see {@link ListenWait}.
     *
     * @param port 1..65535
     * @return the wait; {@code .in(ns).within(Duration)} runs it
     * @throws IllegalArgumentException if the port is out of range
     */
    public static ListenWait awaitListening(int port) {
        return new ListenWait(port);
    }
}
