package io.jnetlink.examples;

import io.jnetlink.core.NetNamespace;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Proves connectivity with a real TCP connection between two namespaces the program made: a
 * listener in one, a client in the other; returns the peer address the server saw.
 */
final class Tcp {
    private Tcp() {
    }

    /**
     * Listens on {@code bindAddress:port} inside {@code server}, connects to {@code dialAddress:port}
     * from inside {@code client}, and returns the client address the server saw.
     */
    static String connect(NetNamespace client, NetNamespace server, String dialAddress, String bindAddress, int port)
            throws Exception {
        ServerSocket listener = server.call(() -> new ServerSocket(port, 8, InetAddress.getByName(bindAddress)));
        ExecutorService acceptor = Executors.newSingleThreadExecutor();
        try (listener) {
            listener.setSoTimeout(5000);
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
                try (Socket s = listener.accept()) {
                    return s.getInetAddress().getHostAddress();
                } catch (Exception e) {
                    return "no connection (" + e.getMessage() + ")";
                }
            }, acceptor);
            client.call(() -> {
                try (Socket c = new Socket()) {
                    c.connect(new InetSocketAddress(dialAddress, port), 5000);
                }
                return null;
            });
            return seen.get(10, TimeUnit.SECONDS);
        } finally {
            acceptor.shutdownNow();
        }
    }
}
