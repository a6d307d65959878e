package io.jnetlink.route.wire;

/**
 * htb options ({@code TCA_HTB_*}, {@code struct tc_htb_glob}, {@code struct tc_htb_opt} in
 * {@code <linux/pkt_sched.h>}).
 *
 * <pre>
 * tc_htb_glob: version(0) rate2quantum(4) defcls(8) debug(12) direct_pkts(16)            = 20
 * tc_htb_opt:  rate tc_ratespec(0) ceil tc_ratespec(12) buffer(24) cbuffer(28) quantum(32)
 *              level(36) prio(40)                                                         = 44
 * </pre>
 */
public final class HtbAttrs {
    /** {@code TCA_HTB_PARMS}: {@code struct tc_htb_opt} (classes). */
    public static final int TCA_HTB_PARMS = 1;
    /** {@code TCA_HTB_INIT}: {@code struct tc_htb_glob} (the qdisc). */
    public static final int TCA_HTB_INIT = 2;
    /** {@code TCA_HTB_CTAB}: ceil rate table. */
    public static final int TCA_HTB_CTAB = 3;
    /** {@code TCA_HTB_RTAB}: rate table. */
    public static final int TCA_HTB_RTAB = 4;
    /** {@code TCA_HTB_DIRECT_QLEN}: u32. */
    public static final int TCA_HTB_DIRECT_QLEN = 5;
    /** {@code TCA_HTB_RATE64}: u64 bytes/s when the rate needs more than 32 bits. */
    public static final int TCA_HTB_RATE64 = 6;
    /** {@code TCA_HTB_CEIL64}: u64. */
    public static final int TCA_HTB_CEIL64 = 7;

    /** {@code sizeof(struct tc_htb_glob)}. */
    public static final int GLOB_LENGTH = 20;
    /** {@code version}. */
    public static final int GLOB_VERSION_OFFSET = 0;
    /** {@code rate2quantum}. */
    public static final int GLOB_RATE2QUANTUM_OFFSET = 4;
    /** {@code defcls}. */
    public static final int GLOB_DEFCLS_OFFSET = 8;
    /** {@code debug}. */
    public static final int GLOB_DEBUG_OFFSET = 12;
    /** {@code direct_pkts}. */
    public static final int GLOB_DIRECT_PKTS_OFFSET = 16;
    /** {@code TC_HTB_PROTOVER 3}. */
    public static final int TC_HTB_PROTOVER = 3;

    /** {@code sizeof(struct tc_htb_opt)}. */
    public static final int OPT_LENGTH = 44;
    /** {@code rate}. */
    public static final int OPT_RATE_OFFSET = 0;
    /** {@code ceil}. */
    public static final int OPT_CEIL_OFFSET = 12;
    /** {@code buffer} (ticks). */
    public static final int OPT_BUFFER_OFFSET = 24;
    /** {@code cbuffer} (ticks). */
    public static final int OPT_CBUFFER_OFFSET = 28;
    /** {@code quantum}. */
    public static final int OPT_QUANTUM_OFFSET = 32;
    /** {@code level} (out only). */
    public static final int OPT_LEVEL_OFFSET = 36;
    /** {@code prio}. */
    public static final int OPT_PRIO_OFFSET = 40;

    private HtbAttrs() {
    }
}
