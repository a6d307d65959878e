package io.jnetlink.core.testing;

import io.jnetlink.core.NetlinkDecodeException;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs one fuzz case: the bytes are copied into a direct, native-order buffer of exactly their
 * length (the shape of a receive buffer, so any read past the end is an exception, not stale
 * data) and handed to a decoder on a long-lived worker thread. The case fails when
 *
 * <ul>
 *   <li>the decoder throws anything but {@link NetlinkDecodeException} (e.g. an
 *       {@code IndexOutOfBoundsException}, {@code IllegalArgumentException} or
 *       {@code OutOfMemoryError});</li>
 *   <li>it does not return within {@link #TIMEOUT_MILLIS} (a hang or an endless loop on a zero
 *       length) — the stuck worker is abandoned and a fresh one takes over;</li>
 *   <li>it allocates more than {@code 64 × input + 1 MiB} bytes (by default) (measured with the worker
 *       thread's allocation counter): no length field may make a decoder allocate beyond what
 *       the buffer holds.</li>
 * </ul>
 *
 * Counts cases and decode exceptions per JVM, for the figures in docs/reliability.md.
 */
public final class FuzzRunner {
    /** Generous: a case normally takes microseconds; this only has to survive a GC pause. */
    public static final long TIMEOUT_MILLIS = Long.getLong("jnetlink.fuzz.timeoutMillis", 5_000);

    private static final AtomicLong CASES = new AtomicLong();
    private static final AtomicLong REJECTED = new AtomicLong();
    private static final AtomicLong MAX_NANOS = new AtomicLong();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static ExecutorService worker = newWorker();

    private FuzzRunner() {
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Decodes {@code input} with {@code decoder}, failing on anything the class comment forbids. */
    public static void check(byte[] input, Consumer<ByteBuffer> decoder) {
        check(input, 64, decoder);
    }

    /**
     * As {@link #check(byte[], Consumer)} with another allocation allowance per input byte (for
     * test-side walkers that call every getter and so build many exceptions per attribute).
     */
    public static void check(byte[] input, int bytesPerInputByte, Consumer<ByteBuffer> decoder) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(Math.max(1, input.length)).order(ByteOrder.nativeOrder());
        buffer.put(0, input);
        ByteBuffer exact = input.length == 0 ? buffer.limit(0).slice().order(ByteOrder.nativeOrder()) : buffer;
        long limit = (long) bytesPerInputByte * input.length + (1 << 20);
        long[] outcome = run(input, exact, decoder);
        if (outcome[0] > limit) {
            // the first call of a code path links lambdas and record methods (bootstrap allocations):
            // measure the same, deterministic decode once more before calling it a failure
            outcome = run(input, exact, decoder);
        }
        CASES.incrementAndGet();
        REJECTED.addAndGet(outcome[2]);
        MAX_NANOS.accumulateAndGet(outcome[1], Math::max);
        if (outcome[0] > limit) {
            throw new AssertionError("decoder allocated " + outcome[0] + " bytes for an input of " + input.length
                    + " bytes (limit " + limit + ") on " + hex(input));
        }
    }

    private static long[] run(byte[] input, ByteBuffer exact, Consumer<ByteBuffer> decoder) {
        Future<long[]> result;
        synchronized (FuzzRunner.class) {
            result = worker.submit(() -> {
                long thread = Thread.currentThread().getId();
                long before = THREADS.getThreadAllocatedBytes(thread);
                long start = System.nanoTime();
                long rejected = 0;
                try {
                    decoder.accept(exact);
                } catch (NetlinkDecodeException expected) {
                    rejected = 1;
                }
                long nanos = System.nanoTime() - start;
                return new long[]{THREADS.getThreadAllocatedBytes(thread) - before, nanos, rejected};
            });
        }
        try {
            return result.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (FuzzRunner.class) {
                worker.shutdownNow();
                worker = newWorker();
            }
            throw new AssertionError("decoder did not return within " + TIMEOUT_MILLIS + " ms (hang or endless loop) on "
                    + hex(input));
        } catch (ExecutionException e) {
            throw new AssertionError("decoder threw " + e.getCause() + " (only NetlinkDecodeException may leave a decoder) on "
                    + hex(input), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Cases run in this JVM so far. */
    public static long cases() {
        return CASES.get();
    }

    /** A one-line summary: cases, how many ended in NetlinkDecodeException, slowest case. */
    public static String summary() {
        return "fuzz cases=" + CASES.get() + " decodeExceptions=" + REJECTED.get() + " slowestCaseMicros="
                + MAX_NANOS.get() / 1000;
    }

    static String hex(byte[] input) {
        String h = HexFormat.of().formatHex(input);
        return input.length + " bytes: " + (h.length() > 1200 ? h.substring(0, 1200) + "..." : h);
    }
}
