package io.jnetlink.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadArgsTest {
    @Test
    void shouldParsePositionalArgumentsAlone() {
        WorkloadArgs a = WorkloadArgs.parse("W3", "10000");
        assertEquals(Workload.W3, a.workload());
        assertEquals(10000, a.n());
        assertFalse(a.batch());
        assertEquals(0, a.warmup());
        assertFalse(a.heap());
    }

    @Test
    void shouldAcceptOptionsBeforeBetweenAndAfterPositionals() {
        WorkloadArgs before = WorkloadArgs.parse("--batch", "--warmup", "3", "W1", "5");
        WorkloadArgs between = WorkloadArgs.parse("W1", "--warmup", "3", "5", "--batch");
        WorkloadArgs after = WorkloadArgs.parse("w1", "5", "--batch", "--warmup", "3");
        for (WorkloadArgs a : new WorkloadArgs[] {before, between, after}) {
            assertEquals(Workload.W1, a.workload());
            assertEquals(5, a.n());
            assertTrue(a.batch());
            assertEquals(3, a.warmup());
        }
    }

    @Test
    void shouldNameThePeerAndFormatOneLinePerPhase() {
        assertEquals("jnetlink W2 5000 1.234568", WorkloadArgs.parse("W2", "5000").line("W2", 1_234_567_890L));
        assertEquals("jnetlink-batch W3add 7 0.000001", WorkloadArgs.parse("--batch", "W3", "7").line("W3add", 1_000L));
    }

    @Test
    void shouldListThePhasesOfEachWorkload() {
        assertArrayEquals(new String[] {"W1add", "W1del"}, Workload.W1.phases());
        assertArrayEquals(new String[] {"W3add", "W3dump"}, Workload.W3.phases());
        assertArrayEquals(new String[] {"W5"}, Workload.W5.phases());
    }

    @Test
    void shouldRejectBadArgumentsNamingThem() {
        assertMessage("WORKLOAD and N are required", "W1");
        assertMessage("WORKLOAD and N are required");
        assertMessage("WORKLOAD must be one of W1 W2 W3 W4 W5 W6 SS: 'W9'", "W9", "10");
        assertMessage("N must be a decimal integer: 'ten'", "W1", "ten");
        assertMessage("N must be a decimal integer: '-5'", "W1", "-5");
        assertMessage("N must be 1..16777216: 0", "W1", "0");
        assertMessage("N is too large: 99999999999", "W1", "99999999999");
        assertMessage("--warmup needs a count K", "W1", "5", "--warmup");
        assertMessage("--warmup K must be a decimal integer: 'x'", "--warmup", "x", "W1", "5");
        assertMessage("--warmup given twice", "--warmup", "1", "--warmup", "2", "W1", "5");
        assertMessage("--batch given twice", "--batch", "--batch", "W1", "5");
        assertMessage("unknown option: --fast", "--fast", "W1", "5");
        assertMessage("unexpected argument: 7 (WORKLOAD and N already given)", "W1", "5", "7");
    }

    @Test
    void shouldExitWithStatus2AndUsageOnBadArgumentsBeforeTouchingTheKernel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Workloads.run(new String[] {"W1", "nope"}, new PrintStream(out), new PrintStream(err));
        assertEquals(2, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(WorkloadArgs.USAGE), err::toString);
    }

    private static void assertMessage(String message, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkloadArgs.parse(args));
        assertEquals(message, e.getMessage());
    }
}
