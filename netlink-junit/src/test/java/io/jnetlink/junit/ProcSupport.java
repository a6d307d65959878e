package io.jnetlink.junit;

import io.jnetlink.core.NetNamespace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the process holds, read from /proc, and iproute2 run as an oracle. */
final class ProcSupport {
    private ProcSupport() {
    }

    /** Open fds of this process. */
    static int openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        }
    }

    /**
     * Where this process still reaches namespace {@code id} ({@code net:[INODE]}): open fds pointing
     * at it and threads living in it. Empty once every handle on it is closed.
     */
    static List<String> holdersOf(String id) throws IOException {
        List<String> holders = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                if (id.equals(readLink(fd))) {
                    holders.add(fd.toString());
                }
            }
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                if (id.equals(readLink(task.resolve("ns/net")))) {
                    holders.add(task + "/ns/net (" + comm(task) + ")");
                }
            }
        }
        return holders;
    }

    /**
     * {@link #holdersOf} once it is empty, or what is left after {@code millis}. A closed handle's
     * thread has ended for Java when close() returns, but the kernel may list its task for a few
     * more milliseconds while the native thread exits.
     */
    static List<String> holdersAfterExit(String id, long millis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        List<String> holders = holdersOf(id);
        while (!holders.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            holders = holdersOf(id);
        }
        return holders;
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return ""; // gone meanwhile (a closing fd, an ending thread)
        }
    }

    /** Runs a command in {@code ns} to its end; returns stdout, asserting exit 0. */
    static String run(NetNamespace ns, String... command) throws IOException, InterruptedException {
        Process p = ns.start(new ProcessBuilder(command));
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "process did not end: " + String.join(" ", command));
        String stdout = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": stdout=" + stdout
                + " stderr=" + new String(err, StandardCharsets.UTF_8));
        return stdout;
    }
}
