package io.jnetlink.consumer;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.diag.InetSocket;
import io.jnetlink.diag.Sockets;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** A TCP service inside the lab's namespace, and the wait until it listens (sock_diag, no connect). */
public final class Service {
    /** The port the service listens on, at the lab's address. */
    public static final int PORT = 8080;

    private Service() {
    }

    /**
     * Opens the service's listening socket inside {@code namespace}.
     *
     * @param namespace the lab's namespace
     * @return the server socket (the caller closes it)
     * @throws Exception if the socket cannot be opened there
     */
    public static ServerSocket start(NetNamespace namespace) throws Exception {
        return namespace.call(() -> new ServerSocket(PORT, 50, InetAddress.getByName("10.77.0.1")));
    }

    /**
     * {@code ss -tln sport = :8080}, asked until it answers: waits up to 5 s for the service.
     *
     * @param namespace the lab's namespace
     * @return the listening socket
     */
    public static InetSocket awaitListening(NetNamespace namespace) {
        return Sockets.awaitListening(PORT).in(namespace).within(Duration.ofSeconds(5));
    }
}
