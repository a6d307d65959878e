package io.jnetlink.route.wire;

/**
 * {@code struct tc_ratespec} ({@code <linux/pkt_sched.h>}), the rate description inside htb, tbf
 * and police parameters.
 *
 * <pre>
 * +-----------+-----------+-----------------+
 * | cell_log  | linklayer |    overhead     |  0
 * +-----------+-----------+-----------------+
 * |      cell_align       |       mpu       |  4
 * +-----------------------+-----------------+
 * |           rate (bytes/s, u32)           |  8
 * +-----------------------------------------+
 * </pre>
 */
public final class RateSpec {
    /** {@code sizeof(struct tc_ratespec)}. */
    public static final int LENGTH = 12;
    /** {@code cell_log}. */
    public static final int CELL_LOG_OFFSET = 0;
    /** {@code linklayer} (lower 4 bits). */
    public static final int LINKLAYER_OFFSET = 1;
    /** {@code overhead}. */
    public static final int OVERHEAD_OFFSET = 2;
    /** {@code cell_align}. */
    public static final int CELL_ALIGN_OFFSET = 4;
    /** {@code mpu}. */
    public static final int MPU_OFFSET = 6;
    /** {@code rate}. */
    public static final int RATE_OFFSET = 8;
    /** {@code TC_LINKLAYER_ETHERNET}. */
    public static final int TC_LINKLAYER_ETHERNET = 1;
    /** A rate table ({@code __u32 rtab[256]}) is 1024 bytes. */
    public static final int RTAB_LENGTH = 1024;

    private RateSpec() {
    }
}
