package io.jnetlink.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java ARGS…} on this test JVM's class path in a fresh network and mount namespace of
 * its own with a private {@code /run/netns} (the test JVM is root in its user namespace), so a
 * program that makes namespaces named red and blue never meets another test's.
 */
final class FreshNamespaceJava {
    /** What the program printed (stdout and stderr) and how it ended. */
    record Result(int exitCode, String output) {
    }

    private FreshNamespaceJava() {
    }

    static Result run(int timeoutSeconds, String... javaArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("unshare", "-nm", "sh", "-c",
                "mount -t tmpfs tmpfs /run/netns && cp=\"$1\" && shift && exec \"$0\" -cp \"$cp\" \"$@\"", java,
                System.getProperty("java.class.path")));
        command.addAll(List.of(javaArgs));
        Path log = Files.createTempFile("fresh-namespace", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Result(-1, Files.readString(log, StandardCharsets.UTF_8)
                        + "\n(killed after " + timeoutSeconds + " s)");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
