package io.jnetlink.benchmarks;

import io.jnetlink.core.NetNamespace;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the real {@code Workloads} main in a child JVM inside a namespace this test made, with
 * the precondition made by {@code ip}, and checks exit status and the output lines.
 */
class WorkloadsIT {
    private static final int N = 20;
    private static final Pattern LINE = Pattern.compile("jnetlink(-batch)? (W1add|W1del|W2|W3add|W3dump|W4|W5|SSss|SSdump|SSlist) 20 \\d+\\.\\d{6}");

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    @Test
    void w1ShouldCreateAndDeleteVethPairsPrintingTwoPhases() throws Exception {
        assertPhases(run(null, "W1", "20"), "jnetlink", "W1add", "W1del");
    }

    @Test
    void w1BatchWithWarmupShouldPrintTheBatchPeer() throws Exception {
        assertPhases(run(null, "--batch", "W1", "20", "--warmup", "1"), "jnetlink-batch", "W1add", "W1del");
    }

    @Test
    void w2ShouldAddAddressesToTheBridge() throws Exception {
        assertPhases(run("ip link add br0 type bridge && ip link set br0 up", "--warmup", "1", "W2", "20"), "jnetlink", "W2");
    }

    @Test
    void w3ShouldAddRoutesThenDumpThem() throws Exception {
        String pre = "ip link add br0 type bridge && ip link set br0 up && ip addr add 10.0.0.1/8 dev br0";
        assertPhases(run(pre, "W3", "20", "--batch"), "jnetlink-batch", "W3add", "W3dump");
    }

    @Test
    void w4ShouldCountTheLinksIpMade() throws Exception {
        StringBuilder pre = new StringBuilder("true");
        for (int i = 0; i < N; i++) {
            pre.append(" && ip link add a").append(i).append(" type veth peer name b").append(i);
        }
        assertPhases(run(pre.toString(), "W4", "20", "--warmup", "1"), "jnetlink", "W4");
    }

    @Test
    void w5ShouldCommitTheNatRulesAndListThem() throws Exception {
        assertPhases(run(null, "W5", "20"), "jnetlink", "W5");
    }

    @Test
    void ssShouldTimeSsThenTheLibrarysDumpOfTheSameSockets() throws Exception {
        assertPhases(run(null, "SS", "20", "--warmup", "1"), "jnetlink", "SSss", "SSdump", "SSlist");
    }

    @Test
    void shouldExitNonZeroAndPrintNoLineWhenTheCountIsWrong() throws Exception {
        // W4 with N=20 but no veth pairs made: 1 link counted, not 41
        Result r = run(null, "W4", "20");
        assertEquals(1, r.code(), r::err);
        assertEquals(List.of(), r.lines());
        assertTrue(r.err().contains("expected 41 but counted 1"), r::err);
    }

    @Test
    void shouldExitNonZeroWhenThePreconditionIsMissing() throws Exception {
        Result r = run(null, "W2", "20"); // no br0
        assertEquals(1, r.code(), r::err);
        assertEquals(List.of(), r.lines());
    }

    private static void assertPhases(Result r, String peer, String... phases) {
        assertEquals(0, r.code(), () -> "exit status; stderr:\n" + r.err());
        List<String> lines = r.lines();
        assertEquals(phases.length, lines.size(), r::out);
        for (int i = 0; i < phases.length; i++) {
            String line = lines.get(i);
            assertTrue(LINE.matcher(line).matches(), "bad line: " + line);
            assertTrue(line.startsWith(peer + " " + phases[i] + " " + N + " "), line);
            assertTrue(Double.parseDouble(line.split(" ")[3]) > 0, line);
        }
    }

    /** In a fresh anonymous namespace: runs {@code precondition} with sh, then the runner with {@code args}. */
    private static Result run(String precondition, String... args) throws Exception {
        try (NetNamespace ns = NetNamespace.create()) {
            if (precondition != null) {
                Result pre = exec(ns, List.of("sh", "-c", precondition));
                assertEquals(0, pre.code(), () -> "precondition failed: " + pre.err());
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), Workloads.class.getName()));
            command.addAll(List.of(args));
            return exec(ns, command);
        }
    }

    private static Result exec(NetNamespace ns, List<String> command) throws IOException, InterruptedException {
        Process p = ns.start(new ProcessBuilder(command));
        p.getOutputStream().close();
        byte[][] streams = new byte[2][];
        Thread errReader = new Thread(() -> {
            try {
                streams[1] = p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                streams[1] = e.toString().getBytes(StandardCharsets.UTF_8);
            }
        });
        errReader.start();
        streams[0] = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        errReader.join();
        return new Result(p.exitValue(), new String(streams[0], StandardCharsets.UTF_8).strip(),
                new String(streams[1], StandardCharsets.UTF_8));
    }
}
