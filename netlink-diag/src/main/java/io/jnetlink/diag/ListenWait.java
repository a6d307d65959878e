package io.jnetlink.diag;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.Netlink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until a TCP socket listens on a port inside a namespace, without connecting to it; made
 * by {@link Sockets#awaitListening(int)}, ended by {@link #within(Duration)}.
 *
 * <p>How: the kernel announces no socket's creation or {@code listen()} on netlink (the
 * {@code sock_diag} multicast groups {@code SKNLGRP_INET*_TCP_DESTROY} report destruction only),
 * so this asks {@code sock_diag} directly: a dump of LISTEN sockets filtered in the kernel by
 * {@code sport = :PORT} ({@code ss -Htln sport = :PORT}), which costs one netlink round trip of
 * tens of microseconds and sends back only the matching socket. Between questions it sleeps,
 * 1 ms first, doubling up to {@value #MAX_PAUSE_MILLIS} ms, never past the deadline: a port
 * that comes up at once is seen within about a millisecond, a slow one costs at most a few
 * dozen cheap queries per second. No connection is ever made, so a server that counts or logs
 * connections (or accepts only one) is not disturbed.
 *
 * <pre>{@code
 * InetSocket listener = Sockets.awaitListening(8080).in(ns).within(Duration.ofSeconds(10));
 * }</pre>
 */
public final class ListenWait extends NetlinkRequest<ListenWait, InetSocket> {
    /** The longest pause between two queries. */
    public static final long MAX_PAUSE_MILLIS = 20;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private final int port;
    private Duration timeout = DEFAULT_TIMEOUT;

    ListenWait(int port) {
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be between 1 and 65535: " + port);
        }
        this.port = port;
    }

    /**
     * Waits at most {@code timeout} and returns the listening socket.
     *
     * @param timeout how long to wait, positive
     * @return the listening socket (IPv4 or IPv6)
     * @throws IllegalArgumentException if {@code timeout} is null, zero or negative
     * @throws NotListeningException    if nothing listens on the port by then
     */
    public InetSocket within(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        return apply();
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_SOCK_DIAG;
    }

    /**
     * Waits on {@code connection} (the default timeout is 10 s unless {@link #within} set one).
     *
     * @param connection an open {@code NETLINK_SOCK_DIAG} connection of the namespace
     * @return the listening socket
     * @throws NotListeningException if nothing listens on the port in time
     */
    @Override
    public InetSocket apply(NetlinkConnection connection) {
        InetSocketQuery query = Sockets.tcp().listening().filter(SocketFilter.sport(port));
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 1;
        List<InetSocket> found = new ArrayList<>(1);
        while (true) {
            found.clear();
            query.forEach(connection, v -> {
                if (found.isEmpty()) {
                    found.add(v.toInetSocket());
                }
            });
            if (!found.isEmpty()) {
                return found.get(0);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new NotListeningException(port, timeout, targetNamespace().toString());
            }
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new NotListeningException(port, timeout, targetNamespace() + " (interrupted)");
            }
            LockSupport.parkNanos(Math.min(left, pauseMillis * 1_000_000));
            pauseMillis = Math.min(pauseMillis * 2, MAX_PAUSE_MILLIS);
        }
    }
}
