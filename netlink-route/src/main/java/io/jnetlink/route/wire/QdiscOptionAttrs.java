package io.jnetlink.route.wire;

/**
 * The options of the small qdiscs ({@code <linux/pkt_sched.h>}): fifo, prio/pfifo_fast, sfq and
 * fq_codel.
 *
 * <pre>
 * tc_fifo_qopt:   limit(0)                                                        =  4
 * tc_prio_qopt:   bands(0) priomap[16](4)                                          = 20
 * tc_sfq_qopt_v1: quantum(0) perturb_period(4) limit(8) divisor(12) flows(16)
 *                 depth(20) headdrop(24) limit-bytes(28) qth_min(32) qth_max(36)
 *                 Wlog Plog Scell_log flags(40) max_P(44) stats(48..72)            = 72
 * </pre>
 */
public final class QdiscOptionAttrs {
    /** {@code sizeof(struct tc_fifo_qopt)}. */
    public static final int FIFO_LENGTH = 4;
    /** {@code sizeof(struct tc_prio_qopt)}. */
    public static final int PRIO_LENGTH = 20;
    /** {@code TC_PRIO_MAX + 1}: the priomap's length. */
    public static final int PRIOMAP_LENGTH = 16;
    /** {@code TCQ_PRIO_BANDS}. */
    public static final int TCQ_PRIO_BANDS = 16;
    /** {@code sizeof(struct tc_sfq_qopt)}. */
    public static final int SFQ_V0_LENGTH = 20;
    /** {@code sizeof(struct tc_sfq_qopt_v1)}. */
    public static final int SFQ_V1_LENGTH = 72;
    /** {@code tc_sfq_qopt.quantum}. */
    public static final int SFQ_QUANTUM_OFFSET = 0;
    /** {@code perturb_period}. */
    public static final int SFQ_PERTURB_OFFSET = 4;
    /** {@code limit}. */
    public static final int SFQ_LIMIT_OFFSET = 8;
    /** {@code divisor}. */
    public static final int SFQ_DIVISOR_OFFSET = 12;
    /** {@code flows}. */
    public static final int SFQ_FLOWS_OFFSET = 16;
    /** {@code tc_sfq_qopt_v1.depth}. */
    public static final int SFQ_DEPTH_OFFSET = 20;
    /** {@code tc_sfq_qopt_v1.headdrop}. */
    public static final int SFQ_HEADDROP_OFFSET = 24;

    /** {@code TCA_FQ_CODEL_TARGET}: u32 microseconds. */
    public static final int TCA_FQ_CODEL_TARGET = 1;
    /** {@code TCA_FQ_CODEL_LIMIT}: u32 packets. */
    public static final int TCA_FQ_CODEL_LIMIT = 2;
    /** {@code TCA_FQ_CODEL_INTERVAL}: u32 microseconds. */
    public static final int TCA_FQ_CODEL_INTERVAL = 3;
    /** {@code TCA_FQ_CODEL_ECN}: u32 0/1. */
    public static final int TCA_FQ_CODEL_ECN = 4;
    /** {@code TCA_FQ_CODEL_FLOWS}: u32. */
    public static final int TCA_FQ_CODEL_FLOWS = 5;
    /** {@code TCA_FQ_CODEL_QUANTUM}: u32 bytes. */
    public static final int TCA_FQ_CODEL_QUANTUM = 6;

    private QdiscOptionAttrs() {
    }
}
