package io.jnetlink.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * -Djnetlink.trace=true in a child JVM (the property is read once per JVM): with java.util.logging
 * at ALL, every datagram sent and received is logged decoded (FINE = DEBUG) and in hex
 * (FINER = TRACE); without the property nothing is.
 */
class MessageTraceIT {

    @Test
    void shouldTraceEveryDatagramDecodedAndInHexWhenThePropertyIsSet(@TempDir Path dir) throws Exception {
        Result r = runProbe(dir, true);
        assertEquals("links=1", r.stdout.trim(), r.stderr);
        List<String> missing = new ArrayList<>();
        for (String expected : List.of(
                "FINE NETLINK_ROUTE send 32 bytes\n  RTM_GETLINK len=32 flags=0x301<REQUEST,DUMP> seq=",
                "FINE NETLINK_ROUTE recv ",
                "  RTM_NEWLINK len=",                     // the reply about lo
                " attrs=[3=7, ",                          // IFLA_IFNAME "lo\0": nla_len 4 + 3
                "  NLMSG_DONE len=20 flags=0x2<MULTI> seq=",
                "FINER NETLINK_ROUTE send 32 bytes\n00000000  20 00 00 00 12 00 01 03")) {
            if (!r.stderr.contains(expected)) {
                missing.add(expected);
            }
        }
        assertEquals(List.of(), missing, "missing from the trace:\n" + r.stderr);
    }

    @Test
    void shouldLogNothingWhenThePropertyIsNotSet(@TempDir Path dir) throws Exception {
        Result r = runProbe(dir, false);
        assertEquals("links=1", r.stdout.trim(), r.stderr);
        assertFalse(r.stderr.contains("NETLINK_ROUTE"), r.stderr);
    }

    private record Result(String stdout, String stderr) {
    }

    /**
     * A plain class path for the probe JVM. When failsafe runs this test on the module path the
     * library and JNR are on {@code jdk.module.path} and the test classes are patched into the
     * module io.jnetlink.core, so the class path alone holds neither.
     */
    private static String probeClassPath() throws Exception {
        String self = TraceProbe.class.getName().replace('.', '/') + ".class";
        String url = TraceProbe.class.getResource("/" + self).toURI().getPath();
        List<String> parts = new ArrayList<>(List.of(url.substring(0, url.length() - self.length())));
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                parts.add(value);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    private static Result runProbe(Path dir, boolean trace) throws Exception {
        Path config = dir.resolve("logging.properties");
        Files.writeString(config, String.join("\n",
                "handlers = java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level = ALL",
                "java.util.logging.SimpleFormatter.format = %4$s %5$s%n",
                MessageTrace.LOGGER_NAME + ".level = ALL", ""));
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-cp", probeClassPath(),
                "-Djava.util.logging.config.file=" + config));
        if (trace) {
            command.add("-D" + MessageTrace.PROPERTY + "=true");
        }
        command.add(TraceProbe.class.getName());
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("stderr").toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not end");
        String stderr = Files.readString(dir.resolve("stderr"));
        assertEquals(0, p.exitValue(), "probe failed: " + stdout + stderr);
        return new Result(stdout, stderr);
    }
}
