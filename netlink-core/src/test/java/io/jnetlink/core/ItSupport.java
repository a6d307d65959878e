package io.jnetlink.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small helpers for the integration tests: run commands, read namespace links, count fds. */
final class ItSupport {
    private static final AtomicInteger NAMES = new AtomicInteger();

    private ItSupport() {
    }

    /** A namespace name unique to this JVM and test. */
    static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet();
    }

    /** Runs a process to its end; returns stdout, asserting exit 0 (stderr in the failure message). */
    static String run(Process p) throws IOException, InterruptedException {
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "process did not end");
        String stdout = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit status; stdout=" + stdout + " stderr=" + new String(err, StandardCharsets.UTF_8));
        return stdout;
    }

    static String run(String... command) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command).start());
    }

    /** {@code net:[INODE]} the calling thread is in. */
    static String threadNamespace() throws IOException {
        return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
    }

    static String link(String path) throws IOException {
        return Files.readSymbolicLink(Path.of(path)).toString();
    }

    /** The calling thread's kernel thread id (from {@code /proc/thread-self -> PID/task/TID}). */
    static String tid() throws IOException {
        return Path.of(Files.readSymbolicLink(Path.of("/proc/thread-self")).toString()).getFileName().toString();
    }

    /** Open fds of this process. */
    static int openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        }
    }

    /** Live threads of this process, as the kernel counts them. */
    static int liveThreads() throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return (int) tasks.count();
        }
    }

    /** Names of the interfaces in the JSON of {@code ip -j link}. */
    static List<String> interfaceNames(String ipJson) {
        return java.util.regex.Pattern.compile("\"ifname\":\"([^\"]+)\"").matcher(ipJson).results()
                .map(m -> m.group(1)).toList();
    }
}
