package io.jnetlink.core.event;

import io.jnetlink.core.NetNamespace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts library-owned threads so that they are born in the process's own network namespace,
 * whatever namespace the caller's thread is in: a thread inherits its creator's namespace, and
 * a subscription started from inside {@code NetNamespace.call} must not run user handlers in
 * that namespace. From a thread in another namespace, the thread is created by a launcher (the
 * thread of a {@link NetNamespace} handle of {@code /proc/self/ns/net}, which entered the process
 * namespace once and never leaves).
 */
final class ProcessThreads {
    private static final Path THREAD_NS = Path.of("/proc/thread-self/ns/net");
    private static final Path PROCESS_NS = Path.of("/proc/self/ns/net");
    private static NetNamespace launcher;

    private ProcessThreads() {
    }

    /** Creates and starts a daemon thread named {@code name} running {@code body}, in the process namespace. */
    static Thread start(String name, Runnable body) {
        if (inProcessNamespace()) {
            return startHere(name, body);
        }
        return launcher().run(() -> startHere(name, body));
    }

    /** Whether the calling thread is in the process's (thread group leader's) network namespace. */
    static boolean inProcessNamespace() {
        try {
            return Files.readSymbolicLink(THREAD_NS).equals(Files.readSymbolicLink(PROCESS_NS));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + THREAD_NS + " or " + PROCESS_NS, e);
        }
    }

    private static Thread startHere(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static synchronized NetNamespace launcher() {
        if (launcher == null || !launcher.isOpen()) {
            launcher = NetNamespace.open(PROCESS_NS);
        }
        return launcher;
    }
}
