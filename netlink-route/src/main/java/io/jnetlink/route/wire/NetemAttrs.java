package io.jnetlink.route.wire;

/**
 * netem options ({@code TCA_NETEM_*} and its structs in {@code <linux/pkt_sched.h>}):
 * {@code TCA_OPTIONS} holds a {@code struct tc_netem_qopt} followed by {@code TCA_NETEM_*}
 * attributes.
 *
 * <pre>
 * tc_netem_qopt:    latency(0) limit(4) loss(8) gap(12) duplicate(16) jitter(20)  = 24 (latency, jitter in ticks)
 * tc_netem_corr:    delay_corr(0) loss_corr(4) dup_corr(8)                        = 12
 * tc_netem_reorder: probability(0) correlation(4)                                 =  8 (also tc_netem_corrupt)
 * tc_netem_rate:    rate(0) packet_overhead(4) cell_size(8) cell_overhead(12)     = 16
 * </pre>
 */
public final class NetemAttrs {
    /** {@code TCA_NETEM_CORR}. */
    public static final int TCA_NETEM_CORR = 1;
    /** {@code TCA_NETEM_DELAY_DIST}. */
    public static final int TCA_NETEM_DELAY_DIST = 2;
    /** {@code TCA_NETEM_REORDER}. */
    public static final int TCA_NETEM_REORDER = 3;
    /** {@code TCA_NETEM_CORRUPT}. */
    public static final int TCA_NETEM_CORRUPT = 4;
    /** {@code TCA_NETEM_LOSS}. */
    public static final int TCA_NETEM_LOSS = 5;
    /** {@code TCA_NETEM_RATE}. */
    public static final int TCA_NETEM_RATE = 6;
    /** {@code TCA_NETEM_ECN}. */
    public static final int TCA_NETEM_ECN = 7;
    /** {@code TCA_NETEM_RATE64}. */
    public static final int TCA_NETEM_RATE64 = 8;
    /** {@code TCA_NETEM_LATENCY64}: s64 nanoseconds. */
    public static final int TCA_NETEM_LATENCY64 = 10;
    /** {@code TCA_NETEM_JITTER64}: s64 nanoseconds. */
    public static final int TCA_NETEM_JITTER64 = 11;

    /** {@code sizeof(struct tc_netem_qopt)}. */
    public static final int QOPT_LENGTH = 24;
    /** {@code latency}. */
    public static final int LATENCY_OFFSET = 0;
    /** {@code limit}. */
    public static final int LIMIT_OFFSET = 4;
    /** {@code loss}. */
    public static final int LOSS_OFFSET = 8;
    /** {@code gap}. */
    public static final int GAP_OFFSET = 12;
    /** {@code duplicate}. */
    public static final int DUPLICATE_OFFSET = 16;
    /** {@code jitter}. */
    public static final int JITTER_OFFSET = 20;
    /** {@code sizeof(struct tc_netem_corr)}. */
    public static final int CORR_LENGTH = 12;
    /** {@code sizeof(struct tc_netem_reorder)} and {@code sizeof(struct tc_netem_corrupt)}. */
    public static final int PROBABILITY_LENGTH = 8;
    /** {@code sizeof(struct tc_netem_rate)}. */
    public static final int RATE_LENGTH = 16;

    private NetemAttrs() {
    }
}
