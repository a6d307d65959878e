package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 (cold start): the first request of a program, {@code Links.list()}, opens a socket of
 * the calling thread's own namespace. A thread already inside a namespace opens the socket itself;
 * starting a namespace thread (and loading its classes) is for threads outside.
 */
class FirstSocketThreadIT {
    private static Set<Thread> namespaceThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t instanceof NamespaceThread)
                .collect(Collectors.toSet());
    }

    @Test
    void shouldOpenASocketOfTheCallersOwnNamespaceWithoutStartingAThread() {
        Set<Thread> before = namespaceThreads();
        NetNamespace here = NetNamespace.current();
        try (NetlinkSocket socket = here.openSocket(Netlink.NETLINK_ROUTE)) {
            Set<Thread> started = namespaceThreads();
            started.removeAll(before);
            assertTrue(started.isEmpty(), "namespace threads started: " + started);
            assertTrue(socket.fd() >= 0);
        }
    }

    @Test
    void shouldRefuseASocketOfAClosedHandle() {
        NetNamespace closed = NetNamespace.create();
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.openSocket(Netlink.NETLINK_ROUTE));
    }
}
