package io.jnetlink.benchmarks;

/**
 * One workload's code: the precondition it assumes (made by the caller before a timed run, made
 * by {@link #prepare} in each warm-up namespace) and the timed work, which reports each phase to
 * a {@link Phases} and checks its own counts (untimed) afterwards.
 */
interface PhaseRunner {
    /** Makes the precondition in a fresh namespace (for warm-up rounds). */
    void prepare(Connections c, int n);

    /**
     * Does the work. Throws (IllegalStateException, NetlinkException) on any error or wrong count.
     */
    void run(Connections c, int n, boolean batch, Phases phases);

    /** Receives the timing of each phase. */
    interface Phases {
        /** Called right before a phase's timed work starts (untimed bookkeeping, e.g. heap peaks). */
        void starting(String phase);

        /** Reports a finished phase and its elapsed nanoseconds. */
        void finished(String phase, long nanos);
    }

    /** Throws IllegalStateException unless {@code actual == expected}. */
    static void checkCount(String what, long expected, long actual) {
        if (actual != expected) {
            throw new IllegalStateException(what + ": expected " + expected + " but counted " + actual);
        }
    }
}
