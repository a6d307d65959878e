package io.jnetlink.benchmarks;

import io.jnetlink.core.NetNamespace;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel workloads runner: does one workload's work through jnetlink in the namespace it is
 * started in, timing only the work, and prints {@code jnetlink PHASE N SECONDS} per phase
 * ({@code jnetlink-batch} with {@code --batch}). See {@code benchmarks/README.md} for the
 * workloads, their preconditions, and {@code compare.sh}, which runs them beside iproute2 and nft.
 *
 * <pre>
 * unshare -rn sh -c 'ip link add br0 type bridge &amp;&amp; ip link set br0 up &amp;&amp;
 *     java -cp benchmarks/target/benchmarks.jar io.jnetlink.benchmarks.Workloads --warmup 2 W2 5000'
 * </pre>
 *
 * Exit status: 0 when every phase ran and counted right, 1 on any error, 2 on bad arguments.
 */
public final class Workloads {
    /** Pause between the warm-up rounds and the timed run (JIT compile queue, deferred kernel work). */
    static final long SETTLE_AFTER_WARMUP_MILLIS = 500;
    /**
     * {@code -Djnetlink.workloads.cpu=true}: also print each phase's thread CPU time (user, system),
     * time waiting for a CPU and context switches on stderr ({@link ThreadSchedule}).
     */
    private static final boolean CPU = Boolean.getBoolean("jnetlink.workloads.cpu");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Workloads() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs with {@code args}, printing results to {@code out} and errors to {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        WorkloadArgs parsed;
        try {
            parsed = WorkloadArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("Workloads: " + e.getMessage());
            err.println(WorkloadArgs.USAGE);
            return 2;
        }
        // warm-up namespaces stay open until the timed run is over: the kernel tears a closed
        // namespace down in the background, under the rtnl lock the timed run needs
        List<NetNamespace> warmUps = new ArrayList<>();
        try {
            PhaseRunner runner = runner(parsed.workload(), out);
            for (int k = 0; k < parsed.warmup(); k++) {
                warmUps.add(warmUp(runner, parsed));
            }
            if (parsed.warmup() > 0) {
                System.gc();
                Thread.sleep(SETTLE_AFTER_WARMUP_MILLIS);
            }
            List<String> lines = new ArrayList<>();
            PhaseRunner.Phases phases = new PhaseRunner.Phases() {
                private long cpuAtStart;
                private long userAtStart;
                private ThreadSchedule scheduleAtStart;

                @Override
                public void starting(String phase) {
                    cpuAtStart = THREADS.getCurrentThreadCpuTime();
                    userAtStart = THREADS.getCurrentThreadUserTime();
                    scheduleAtStart = CPU ? ThreadSchedule.now() : null;
                    if (parsed.heap()) {
                        System.gc();
                        for (MemoryPoolMXBean pool : heapPools()) {
                            pool.resetPeakUsage();
                        }
                    }
                }

                @Override
                public void finished(String phase, long nanos) {
                    lines.add(parsed.line(phase, nanos));
                    if (CPU) { // the timed thread's own CPU: user (JVM side) and system (the kernel's work in its syscalls)
                        long user = THREADS.getCurrentThreadUserTime() - userAtStart;
                        long all = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
                        ThreadSchedule s = ThreadSchedule.now().since(scheduleAtStart);
                        err.printf("cpu %s %d user-s %.4f sys-s %.4f runqueue-wait-s %.4f voluntary-switches %d"
                                        + " involuntary-switches %d%n", phase, parsed.n(), user / 1e9, (all - user) / 1e9,
                                s.runqueueWaitNanos() / 1e9, s.voluntary(), s.involuntary());
                    }
                    if (parsed.heap()) {
                        long peak = 0;
                        for (MemoryPoolMXBean pool : heapPools()) {
                            peak += pool.getPeakUsage().getUsed();
                        }
                        err.println("heap " + phase + " " + parsed.n() + " peak-used-bytes " + peak
                                + " max-bytes " + Runtime.getRuntime().maxMemory());
                    }
                }
            };
            try (Connections c = Connections.here()) {
                runner.run(c, parsed.n(), parsed.batch(), phases);
            }
            // printed only once every phase has run and checked its counts
            for (String line : lines) {
                out.println(line);
            }
            return 0;
        } catch (Exception | OutOfMemoryError e) {
            err.println("Workloads " + String.join(" ", args) + ": " + e);
            e.printStackTrace(err);
            return 1;
        } finally {
            for (NetNamespace ns : warmUps) {
                ns.close();
            }
        }
    }

    /**
     * Repeats the work once in a new anonymous namespace, with its precondition made there; returns
     * the namespace, for the caller to close after the timed run.
     */
    private static NetNamespace warmUp(PhaseRunner runner, WorkloadArgs args) {
        NetNamespace ns = NetNamespace.create();
        try (Connections c = Connections.in(ns)) {
            runner.prepare(c, args.n());
            runner.run(c, args.n(), args.batch(), new PhaseRunner.Phases() {
                @Override
                public void starting(String phase) {
                }

                @Override
                public void finished(String phase, long nanos) {
                }
            });
        } catch (RuntimeException | Error e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    static PhaseRunner runner(Workload workload, PrintStream out) {
        return switch (workload) {
            case W1 -> new LinkPhases.W1();
            case W2 -> new AddressPhases();
            case W3 -> new RoutePhases();
            case W4 -> new LinkPhases.W4();
            case W5 -> new NatPhases();
            case SS -> new SocketPhases();
            case W6 -> new ScalePhases(out);
        };
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }
}
