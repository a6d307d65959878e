package io.jnetlink.junit;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.diag.InetSocket;
import io.jnetlink.diag.NotListeningException;
import io.jnetlink.diag.Sockets;

import java.time.Duration;

/**
 * Test helpers for servers started inside a test's namespace: wait until one listens, without
 * connecting to it and without sleeps ({@code Sockets.awaitListening}, which asks
 * {@code sock_diag} like {@code ss -tln sport = :PORT} does).
 *
 * <pre>{@code
 * @NetnsTest
 * void serverAnswers(NetNamespace ns) throws Exception {
 *     Process server = ns.start(new ProcessBuilder("python3", "-m", "http.server", "8000"));
 *     Ports.awaitListening(ns, 8000);            // fails the test after 10 s
 *     …
 * }
 * }</pre>
 */
public final class Ports {
    /** How long {@link #awaitListening(NetNamespace, int)} waits. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private Ports() {
    }

    /**
     * Waits up to {@link #DEFAULT_TIMEOUT} until a TCP socket listens on {@code port} in {@code ns}.
     *
     * @param ns   the namespace the server runs in
     * @param port the TCP port, 1..65535
     * @return the listening socket
     * @throws AssertionError if nothing listens in time (a test failure, with port and namespace)
     */
    public static InetSocket awaitListening(NetNamespace ns, int port) {
        return awaitListening(ns, port, DEFAULT_TIMEOUT);
    }

    /**
     * Waits up to {@code timeout} until a TCP socket listens on {@code port} in {@code ns}.
     *
     * @param ns      the namespace the server runs in
     * @param port    the TCP port, 1..65535
     * @param timeout how long to wait, positive
     * @return the listening socket
     * @throws IllegalArgumentException if an argument is out of range
     * @throws AssertionError           if nothing listens in time
     */
    public static InetSocket awaitListening(NetNamespace ns, int port, Duration timeout) {
        if (ns == null) {
            throw new IllegalArgumentException("ns must not be null");
        }
        try {
            return Sockets.awaitListening(port).in(ns).within(timeout);
        } catch (NotListeningException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
