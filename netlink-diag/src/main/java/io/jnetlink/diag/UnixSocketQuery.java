package io.jnetlink.diag;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.diag.wire.SockDiag;
import io.jnetlink.diag.wire.UnixDiag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ss -xa [state S…]}: a {@code SOCK_DIAG_BY_FAMILY} dump of the UNIX sockets of a
 * namespace with their names (abstract ones included), peers, pending connections and queue
 * lengths; made by {@link Sockets#unix()}. Every state unless narrowed. The kernel has no bytecode
 * filter for UNIX sockets.
 *
 * <pre>{@code
 * List<UnixSocket> all = Sockets.unix().in(ns).apply();                          // ss -xa
 * List<UnixSocket> listeners = Sockets.unix().states(TcpState.LISTEN).in(ns).apply(); // ss -xl
 * }</pre>
 */
public final class UnixSocketQuery extends NetlinkRequest<UnixSocketQuery, List<UnixSocket>> {
    private static final int SHOW = UnixDiag.UDIAG_SHOW_NAME | UnixDiag.UDIAG_SHOW_VFS | UnixDiag.UDIAG_SHOW_PEER
            | UnixDiag.UDIAG_SHOW_ICONS | UnixDiag.UDIAG_SHOW_RQLEN | UnixDiag.UDIAG_SHOW_UID;
    private int states = TcpState.ALL_STATES_MASK;
    private int show = SHOW;

    UnixSocketQuery() {
    }

    /**
     * {@code state S …}: only sockets in these states (UNIX sockets use LISTEN, ESTABLISHED, CLOSE…).
     *
     * @param wanted one or more states
     * @return this request
     * @throws IllegalArgumentException if none is given, or one is null or UNKNOWN
     */
    public UnixSocketQuery states(TcpState... wanted) {
        this.states = InetSocketQuery.stateMask(wanted);
        return this;
    }

    /**
     * {@code ss -xm}: each socket's memory ({@code UDIAG_SHOW_MEMINFO}).
     *
     * @return this request
     */
    public UnixSocketQuery withMemory() {
        this.show |= UnixDiag.UDIAG_SHOW_MEMINFO;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_SOCK_DIAG;
    }

    @Override
    public List<UnixSocket> apply(NetlinkConnection connection) {
        List<UnixSocket> out = new ArrayList<>();
        run(connection, view -> out.add(view.toUnixSocket()), out::clear);
        return out;
    }

    /**
     * Streams every matching socket through one reused view (valid only during the call).
     *
     * @param consumer called with each socket
     */
    public void forEach(Consumer<UnixSocketView> consumer) {
        forEach(targetNamespace().connection(protocol()), consumer);
    }

    /**
     * Streams every matching socket on {@code connection} through one reused view.
     *
     * @param connection an open {@code NETLINK_SOCK_DIAG} connection
     * @param consumer called with each socket; the view is valid only during the call
     */
    public void forEach(NetlinkConnection connection, Consumer<UnixSocketView> consumer) {
        run(connection, consumer, () -> {
        });
    }

    private void run(NetlinkConnection connection, Consumer<UnixSocketView> consumer, Runnable restart) {
        UnixSocketView view = new UnixSocketView();
        int st = states;
        int sh = show;
        connection.dump("SOCK_DIAG_BY_FAMILY unix", w -> encodeDump(w, st, sh), new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == SockDiag.SOCK_DIAG_BY_FAMILY) {
                    consumer.accept(view.wrap(m));
                }
                return true;
            }

            @Override
            public void onRestart() {
                restart.run();
            }
        });
    }

    /** {@code struct unix_diag_req}: family AF_UNIX, the states, what to show; cookie and inode 0 (all sockets). */
    static void encodeDump(MessageWriter w, int states, int show) {
        int msg = w.beginMessage(SockDiag.SOCK_DIAG_BY_FAMILY, 0);
        int h = w.reserve(UnixDiag.REQ_LENGTH);
        w.putU8At(h + UnixDiag.REQ_FAMILY_OFFSET, SockDiag.AF_UNIX);
        w.putU32At(h + UnixDiag.REQ_STATES_OFFSET, states);
        w.putU32At(h + UnixDiag.REQ_SHOW_OFFSET, show);
        w.endMessage(msg);
    }
}
