package io.jnetlink.diag;

import io.jnetlink.core.Errno;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.diag.wire.SockDiag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ss -t|-u|-w -a [-4|-6] [state S…] [FILTER]}: a {@code SOCK_DIAG_BY_FAMILY} dump of the
 * inet sockets of one protocol, made by {@link Sockets#tcp()}, {@link Sockets#udp()},
 * {@link Sockets#udpLite()} and {@link Sockets#raw()}. Both address families and every state
 * unless narrowed (like {@code ss -a}); the filter runs in the kernel
 * ({@code INET_DIAG_REQ_BYTECODE}). {@link #apply()} gives records, {@link #forEach} streams one
 * reused view without allocating per socket, {@link #destroy()} is {@code ss -K}.
 *
 * <pre>{@code
 * Sockets.tcp().states(TcpState.LISTEN).filter(SocketFilter.sport(80)).in(ns).apply(); // ss -tan state listening sport = :80
 * Sockets.tcp().with(Extension.TCP_INFO, Extension.MEMORY).in(ns).forEach(v -> …);  // ss -tanim
 * }</pre>
 */
public final class InetSocketQuery extends NetlinkRequest<InetSocketQuery, List<InetSocket>> {
    private static final int IPV4 = 1;
    private static final int IPV6 = 2;

    private final int protocol;
    private final String name;
    private int families = IPV4 | IPV6;
    private int states = TcpState.ALL_STATES_MASK;
    private int extensions;
    private SocketFilter filter;
    private byte[] bytecode;

    InetSocketQuery(int protocol, String name) {
        this.protocol = protocol;
        this.name = name;
    }

    /**
     * {@code -4}: IPv4 sockets only.
     *
     * @return this request
     */
    public InetSocketQuery ipv4() {
        families = IPV4;
        return this;
    }

    /**
     * {@code -6}: IPv6 sockets only.
     *
     * @return this request
     */
    public InetSocketQuery ipv6() {
        families = IPV6;
        return this;
    }

    /**
     * {@code state S [state S …]}: only sockets in these states ({@code ss state listening}).
     *
     * @param wanted one or more states, none {@link TcpState#UNKNOWN}
     * @return this request
     * @throws IllegalArgumentException if none is given, or one is null or UNKNOWN
     */
    public InetSocketQuery states(TcpState... wanted) {
        this.states = stateMask(wanted);
        return this;
    }

    /**
     * {@code ss -l} / {@code state listening}.
     *
     * @return this request
     */
    public InetSocketQuery listening() {
        return states(TcpState.LISTEN);
    }

    /**
     * The FILTER of {@code ss}, compiled to {@code inet_diag} bytecode and run by the kernel.
     *
     * @param filter the expression, e.g. {@code SocketFilter.sport(80)}
     * @return this request
     * @throws IllegalArgumentException if null or too long for the bytecode's jumps
     */
    public InetSocketQuery filter(SocketFilter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter must not be null");
        }
        this.bytecode = filter.bytecode();
        this.filter = filter;
        return this;
    }

    /**
     * {@code -i}, {@code -m}: extensions the kernel adds to each socket.
     *
     * @param wanted the extensions
     * @return this request
     * @throws IllegalArgumentException if one is null
     */
    public InetSocketQuery with(Extension... wanted) {
        if (wanted == null) {
            throw new IllegalArgumentException("extensions must not be null");
        }
        for (Extension e : wanted) {
            if (e == null) {
                throw new IllegalArgumentException("extensions must not contain null");
            }
            extensions |= e.bit();
        }
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_SOCK_DIAG;
    }

    @Override
    public List<InetSocket> apply(NetlinkConnection connection) {
        List<InetSocket> out = new ArrayList<>();
        run(connection, view -> out.add(view.toInetSocket()), out::clear);
        return out;
    }

    /**
     * Streams every matching socket through one reused view (valid only during the call).
     *
     * @param consumer called with each socket
     */
    public void forEach(Consumer<InetSocketView> consumer) {
        forEach(targetNamespace().connection(protocol()), consumer);
    }

    /**
     * Streams every matching socket on {@code connection} through {@code view}, reused for each.
     *
     * @param connection an open {@code NETLINK_SOCK_DIAG} connection, e.g. of a namespace
     * @param consumer called with each socket; the view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<InetSocketView> consumer) {
        run(connection, consumer, () -> {
        });
    }

    /**
     * {@code ss -K …}: closes every matching socket with {@code SOCK_DESTROY} (the kernel aborts
     * a TCP connection with a reset; the owner sees {@code ECONNABORTED}). Like {@code ss -K}, a
     * socket gone between the dump and its destroy ({@code ENOENT}) and one the kernel cannot
     * destroy ({@code EOPNOTSUPP}: TIME-WAIT and other mini sockets) are skipped; when no socket
     * could be destroyed for the latter reason, its error is raised, so a kernel without
     * {@code CONFIG_INET_DIAG_DESTROY} does not pass for "nothing matched".
     *
     * @return how many sockets were destroyed
     * @throws NetlinkException e.g. {@code EOPNOTSUPP} when nothing could be destroyed,
     *                          {@code EPERM} without {@code CAP_NET_ADMIN} in the socket's namespace
     */
    public int destroy() {
        return destroy(targetNamespace().connection(protocol()));
    }

    /**
     * {@link #destroy()} on {@code connection}.
     *
     * @param connection an open {@code NETLINK_SOCK_DIAG} connection
     * @return how many sockets were destroyed
     */
    public int destroy(NetlinkConnection connection) {
        int destroyed = 0;
        NetlinkException unsupported = null;
        for (InetSocket socket : apply(connection)) {
            try {
                Sockets.destroy(socket).apply(connection);
                destroyed++;
            } catch (NetlinkException e) {
                if (e.errno() == Errno.EOPNOTSUPP) {
                    unsupported = unsupported == null ? e : unsupported;
                } else if (e.errno() != Errno.ENOENT) {
                    throw e;
                }
            }
        }
        if (destroyed == 0 && unsupported != null) {
            throw unsupported;
        }
        return destroyed;
    }

    private void run(NetlinkConnection connection, Consumer<InetSocketView> consumer, Runnable restart) {
        InetSocketView view = new InetSocketView();
        MessageHandler handler = new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == SockDiag.SOCK_DIAG_BY_FAMILY) {
                    consumer.accept(view.wrap(m, protocol));
                }
                return true;
            }

            @Override
            public void onRestart() {
                restart.run();
            }
        };
        if ((families & IPV4) != 0) {
            dump(connection, SockDiag.AF_INET, handler);
        }
        if ((families & IPV6) != 0) {
            dump(connection, SockDiag.AF_INET6, handler);
        }
    }

    private void dump(NetlinkConnection connection, int family, MessageHandler handler) {
        int ext = extensions;
        int st = states;
        byte[] code = bytecode;
        String operation = "SOCK_DIAG_BY_FAMILY " + name + (family == SockDiag.AF_INET ? " inet" : " inet6")
                + (filter == null ? "" : " " + filter);
        try {
            connection.dump(operation, w -> InetDiagRequests.dump(w, family, protocol, ext, st, code), handler);
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENOENT) { // inet_diag has no handler for this protocol
                throw new NetlinkException(operation + ": this kernel has no sock_diag module for " + name
                        + " sockets (" + kernelOption() + " not set)", e.errno(), e.kernelMessage().orElse(null),
                        e.attributeOffset(), e.sequence(), e.source());
            }
            throw e;
        }
    }

    private String kernelOption() {
        return switch (protocol) {
            case SockDiag.IPPROTO_TCP -> "CONFIG_INET_TCP_DIAG";
            case SockDiag.IPPROTO_RAW -> "CONFIG_INET_RAW_DIAG";
            default -> "CONFIG_INET_UDP_DIAG";
        };
    }

    static int stateMask(TcpState... wanted) {
        if (wanted == null || wanted.length == 0) {
            throw new IllegalArgumentException("states must name at least one state");
        }
        int mask = 0;
        for (TcpState s : wanted) {
            if (s == null || s == TcpState.UNKNOWN) {
                throw new IllegalArgumentException("states must not contain " + s);
            }
            mask |= s.bit();
        }
        return mask;
    }
}
