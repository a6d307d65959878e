package io.jnetlink.benchmarks;

import io.jnetlink.route.Link;
import io.jnetlink.route.Links;

import java.util.List;

/**
 * What a fresh JVM pays for its first result: times {@code main()} to the first
 * {@code Links.list()} (class loading, native binding, socket, one dump) and prints
 * {@code coldstart MILLIS links COUNT cpu CPU_MILLIS}, CPU_MILLIS being the CPU time the whole
 * process had used by then (JVM start, JIT and GC threads included; read after the timer stopped):
 * on a loaded machine it says more than the wall time. Run it in a fresh JVM each time, e.g.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jnetlink.benchmarks.ColdStart
 * </pre>
 *
 * Kept apart from the JMH and Workloads classes so that nothing else is loaded before the timer stops.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * Lists the links once and prints the time it took from entering main.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        List<Link> links = Links.list();
        long nanos = System.nanoTime() - start;
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        System.out.println("coldstart " + (nanos / 100_000) / 10.0 + " links " + links.size() + " cpu " + cpuMillis);
    }
}
