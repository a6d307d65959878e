package io.jnetlink.benchmarks;

import java.util.Locale;

/**
 * The parsed command line of {@link Workloads}: {@code [--batch] [--warmup K] [--heap] WORKLOAD N},
 * options before or after the two positional arguments.
 *
 * @param workload which workload to run
 * @param n        how many objects it works on (veth pairs, addresses, routes, rules)
 * @param batch    pipeline requests many per {@code sendmsg} ({@code NetlinkConnection.batch})
 * @param warmup   how many times to repeat the work first in anonymous namespaces of its own
 * @param heap     also report the peak heap used by each phase (on stderr)
 */
public record WorkloadArgs(Workload workload, int n, boolean batch, int warmup, boolean heap) {
    /** The usage line printed on bad arguments. */
    public static final String USAGE = "usage: Workloads [--batch] [--warmup K] [--heap] WORKLOAD N"
            + "   (WORKLOAD: W1 W2 W3 W4 W5 W6 SS; N >= 1; K >= 0)";

    /** The largest N accepted: 2^24, the size of the 172.16/12 route space and more than any workload needs. */
    public static final int MAX_N = 1 << 24;

    public WorkloadArgs {
        if (workload == null) {
            throw new IllegalArgumentException("workload must be given");
        }
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("N must be 1.." + MAX_N + ": " + n);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup K must be >= 0: " + warmup);
        }
    }

    /**
     * Parses {@code args}.
     *
     * @throws IllegalArgumentException naming the offending argument and the rule it breaks
     */
    public static WorkloadArgs parse(String... args) {
        boolean batch = false;
        boolean heap = false;
        int warmup = 0;
        boolean warmupSeen = false;
        String workload = null;
        String n = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--batch" -> {
                    if (batch) {
                        throw new IllegalArgumentException("--batch given twice");
                    }
                    batch = true;
                }
                case "--heap" -> heap = true;
                case "--warmup" -> {
                    if (warmupSeen) {
                        throw new IllegalArgumentException("--warmup given twice");
                    }
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--warmup needs a count K");
                    }
                    warmup = integer(args[++i], "--warmup K");
                    warmupSeen = true;
                }
                default -> {
                    if (a.startsWith("-") && !a.matches("-\\d+")) { // a negative number is a bad N, not an option
                        throw new IllegalArgumentException("unknown option: " + a);
                    }
                    if (workload == null) {
                        workload = a;
                    } else if (n == null) {
                        n = a;
                    } else {
                        throw new IllegalArgumentException("unexpected argument: " + a + " (WORKLOAD and N already given)");
                    }
                }
            }
        }
        if (workload == null || n == null) {
            throw new IllegalArgumentException("WORKLOAD and N are required");
        }
        return new WorkloadArgs(Workload.parse(workload), integer(n, "N"), batch, warmup, heap);
    }

    private static int integer(String text, String what) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(what + " must be a decimal integer: '" + text + "'");
        }
        long v = Long.parseLong(text);
        if (v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " is too large: " + text);
        }
        return (int) v;
    }

    /** The peer name printed first on each result line. */
    public String peer() {
        return batch ? "jnetlink-batch" : "jnetlink";
    }

    /** Formats one result line: {@code PEER PHASE N SECONDS}. */
    public String line(String phase, long nanos) {
        return String.format(Locale.ROOT, "%s %s %d %.6f", peer(), phase, n, nanos / 1e9);
    }
}
