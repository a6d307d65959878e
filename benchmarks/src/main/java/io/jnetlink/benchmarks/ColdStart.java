package io.jnetlink.benchmarks;

import io.jnetlink.route.Link;
import io.jnetlink.route.Links;

import java.util.List;

/**
 * What a fresh JVM pays for its first result: times {@code main()} to the first
 * {@code Links.list()} (class loading, native binding, socket, one dump) and prints
 * {@code coldstart MILLIS links COUNT}. Run it in a fresh JVM each time, e.g.
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
        System.out.printf("coldstart %.1f links %d%n", nanos / 1e6, links.size());
    }
}
