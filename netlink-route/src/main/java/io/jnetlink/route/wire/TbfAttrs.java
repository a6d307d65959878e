package io.jnetlink.route.wire;

/**
 * tbf options ({@code TCA_TBF_*}, {@code struct tc_tbf_qopt} in {@code <linux/pkt_sched.h>}).
 *
 * <pre>
 * tc_tbf_qopt: rate tc_ratespec(0) peakrate tc_ratespec(12) limit(24) buffer(28) mtu(32) = 36
 * </pre>
 */
public final class TbfAttrs {
    /** {@code TCA_TBF_PARMS}. */
    public static final int TCA_TBF_PARMS = 1;
    /** {@code TCA_TBF_RTAB}. */
    public static final int TCA_TBF_RTAB = 2;
    /** {@code TCA_TBF_PTAB}. */
    public static final int TCA_TBF_PTAB = 3;
    /** {@code TCA_TBF_RATE64}. */
    public static final int TCA_TBF_RATE64 = 4;
    /** {@code TCA_TBF_PRATE64}. */
    public static final int TCA_TBF_PRATE64 = 5;
    /** {@code TCA_TBF_BURST}: u32 bytes. */
    public static final int TCA_TBF_BURST = 6;
    /** {@code TCA_TBF_PBURST}: u32 bytes. */
    public static final int TCA_TBF_PBURST = 7;

    /** {@code sizeof(struct tc_tbf_qopt)}. */
    public static final int QOPT_LENGTH = 36;
    /** {@code rate}. */
    public static final int RATE_OFFSET = 0;
    /** {@code peakrate}. */
    public static final int PEAKRATE_OFFSET = 12;
    /** {@code limit} (bytes). */
    public static final int LIMIT_OFFSET = 24;
    /** {@code buffer} (ticks). */
    public static final int BUFFER_OFFSET = 28;
    /** {@code mtu} (ticks of the peak bucket). */
    public static final int MTU_OFFSET = 32;

    private TbfAttrs() {
    }
}
