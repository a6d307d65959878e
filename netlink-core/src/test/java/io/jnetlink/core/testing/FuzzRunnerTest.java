package io.jnetlink.core.testing;

import io.jnetlink.core.NetlinkDecodeException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fuzz harness itself catches what it promises to: hangs, foreign exceptions, runaway allocation. */
class FuzzRunnerTest {
    @Test
    void acceptsADecodeException() {
        FuzzRunner.check(new byte[]{1, 2, 3}, b -> {
            throw new NetlinkDecodeException("bad", 0);
        });
    }

    @Test
    void failsOnAnyOtherException() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> FuzzRunner.check(new byte[4], b -> b.get(b.capacity()))); // IndexOutOfBoundsException
        assertTrue(e.getMessage().contains("IndexOutOfBoundsException"), e.getMessage());
    }

    @Test
    void failsOnAHang() {
        long start = System.nanoTime();
        AssertionError e = assertThrows(AssertionError.class, () -> FuzzRunner.check(new byte[4], b -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait(); // a decoder stuck on a zero length
            }
        }));
        assertTrue(e.getMessage().contains("did not return"), e.getMessage());
        assertTrue(System.nanoTime() - start < (FuzzRunner.TIMEOUT_MILLIS + 3000) * 1_000_000L);
        FuzzRunner.check(new byte[4], b -> { }); // a fresh worker took over
    }

    @Test
    void failsOnAllocationBeyondTheInput() {
        AssertionError e = assertThrows(AssertionError.class, () -> FuzzRunner.check(new byte[16], b -> {
            byte[] huge = new byte[64 << 20]; // what a trusted 2^26 length field would do
            huge[huge.length - 1] = b.get(0);
        }));
        assertTrue(e.getMessage().contains("allocated"), e.getMessage());
    }
}
