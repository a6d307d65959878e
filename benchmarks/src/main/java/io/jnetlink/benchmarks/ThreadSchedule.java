package io.jnetlink.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The calling thread's scheduling counters from {@code /proc/thread-self}: nanoseconds spent
 * runnable but waiting for a CPU ({@code schedstat}, field 2) and voluntary / involuntary context
 * switches ({@code status}). Tells a phase's wall time spent waiting for the CPU (a loaded machine,
 * the JVM's own JIT and GC threads) from time spent asleep (a lock in the kernel, a poll).
 *
 * @param runqueueWaitNanos time runnable but not running
 * @param voluntary         switches because the thread slept
 * @param involuntary       switches because it was preempted
 */
record ThreadSchedule(long runqueueWaitNanos, long voluntary, long involuntary) {
    /** {@return the counters now, or zeros where the kernel does not provide them} */
    static ThreadSchedule now() {
        long wait = 0;
        long voluntary = 0;
        long involuntary = 0;
        try {
            String[] stat = Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split(" ");
            wait = Long.parseLong(stat[1]);
            for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // no schedstats on this kernel: report zeros
        }
        return new ThreadSchedule(wait, voluntary, involuntary);
    }

    /** {@return the counters accrued since {@code start}} */
    ThreadSchedule since(ThreadSchedule start) {
        return new ThreadSchedule(runqueueWaitNanos - start.runqueueWaitNanos, voluntary - start.voluntary,
                involuntary - start.involuntary);
    }
}
