package io.jnetlink.diag;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.SubscriptionHandler;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.diag.wire.SockDiag;

import java.util.function.Consumer;

/**
 * Destroyed sockets as they happen: the {@code sock_diag} multicast groups
 * {@code SKNLGRP_INET_TCP_DESTROY}, {@code SKNLGRP_INET_UDP_DESTROY} and their IPv6 twins
 * ({@code <linux/sock_diag.h>}). Joining them needs {@code CAP_NET_ADMIN} in the namespace. There
 * is no {@code ss} option for this; it is what {@code ss -E} ({@code --events}) prints.
 *
 * <pre>{@code
 * try (NetlinkSubscription s = SocketEvents.subscribe().in(ns).start(e -> System.out.println(e))) { … }
 * }</pre>
 *
 * Events arrive in order on the subscription's own thread; a consumer that throws ends it.
 */
public final class SocketEvents {
    private NetNamespace namespace;
    private boolean tcp = true;
    private boolean udp = true;

    private SocketEvents() {
    }

    /**
     * {@code ss -E}: TCP and UDP, IPv4 and IPv6.
     *
     * @return a new subscription builder
     */
    public static SocketEvents subscribe() {
        return new SocketEvents();
    }

    /**
     * Listens in {@code namespace} (default: the calling thread's).
     *
     * @param namespace the namespace
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public SocketEvents in(NetNamespace namespace) {
        if (namespace == null) {
            throw new IllegalArgumentException("namespace must not be null");
        }
        this.namespace = namespace;
        return this;
    }

    /**
     * TCP sockets only.
     *
     * @return this builder
     */
    public SocketEvents tcpOnly() {
        tcp = true;
        udp = false;
        return this;
    }

    /**
     * UDP sockets only.
     *
     * @return this builder
     */
    public SocketEvents udpOnly() {
        tcp = false;
        udp = true;
        return this;
    }

    /**
     * Joins the groups and delivers each event to {@code consumer} on the subscription's thread.
     *
     * @param consumer receives {@link SocketEvent.Destroyed} and {@link SocketEvent.Overrun}
     * @return the running subscription; close it to stop
     * @throws IllegalArgumentException if {@code consumer} is null
     * @throws io.jnetlink.core.NetlinkException {@code EPERM} without {@code CAP_NET_ADMIN}
     */
    public NetlinkSubscription start(Consumer<? super SocketEvent> consumer) {
        if (consumer == null) {
            throw new IllegalArgumentException("consumer must not be null");
        }
        NetlinkSubscription.Builder b = NetlinkSubscription.builder(Netlink.NETLINK_SOCK_DIAG)
                .groups(groups()).threadName("jnetlink-socket-events");
        if (namespace != null) {
            b.in(namespace);
        }
        InetSocketView view = new InetSocketView();
        return b.start(new SubscriptionHandler() {
            @Override
            public void onMessage(MessageReader message) {
                if (message.type() == SockDiag.SOCK_DIAG_BY_FAMILY) {
                    consumer.accept(new SocketEvent.Destroyed(view.wrap(message, 0).toInetSocket()));
                }
            }

            @Override
            public void onOverrun() {
                consumer.accept(new SocketEvent.Overrun());
            }
        });
    }

    private int[] groups() {
        if (tcp && udp) {
            return new int[] {SockDiag.SKNLGRP_INET_TCP_DESTROY, SockDiag.SKNLGRP_INET6_TCP_DESTROY,
                    SockDiag.SKNLGRP_INET_UDP_DESTROY, SockDiag.SKNLGRP_INET6_UDP_DESTROY};
        }
        return tcp ? new int[] {SockDiag.SKNLGRP_INET_TCP_DESTROY, SockDiag.SKNLGRP_INET6_TCP_DESTROY}
                : new int[] {SockDiag.SKNLGRP_INET_UDP_DESTROY, SockDiag.SKNLGRP_INET6_UDP_DESTROY};
    }
}
