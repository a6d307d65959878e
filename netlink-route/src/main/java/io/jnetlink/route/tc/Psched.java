package io.jnetlink.route.tc;

import io.jnetlink.route.wire.RateSpec;

/**
 * The packet-scheduler clock arithmetic of {@code tc} ({@code tc_core.c}): times in the kernel's
 * "ticks", transmission times and the rate tables ({@code rtab}) that htb, tbf and police carry.
 * Computed exactly as {@code tc} does so the bytes match what it sends.
 *
 * <p>{@code /proc/net/psched} reads {@code 000003e8 00000040 000f4240 …} on every kernel since
 * 2.6.31 ({@code NSEC_PER_USEC}, {@code PSCHED_TICKS2NS(1)}, {@code 1000000}): a tick is 64 ns,
 * {@code tick_in_usec = 1000 / 64 = 15.625}. Its fourth field ({@code get_hz()}) is
 * {@code NSEC_PER_SEC / hrtimer_resolution}: 10^9 with high-resolution timers.
 */
final class Psched {
    /** {@code tick_in_usec = t2us / us2t * clock_factor} = 1000 / 64 * 1. */
    static final double TICK_IN_USEC = 1000.0 / 64.0;
    /** {@code TIME_UNITS_PER_SEC 1000000}. */
    static final double TIME_UNITS_PER_SEC = 1_000_000.0;
    /** {@code get_hz()} with high-resolution timers. */
    static final long HZ = 1_000_000_000L;
    /** The default mtu htb assumes ({@code mtu = 1600; eth packet len}). */
    static final int HTB_MTU = 1600;

    private Psched() {
    }

    /** {@code tc_core_time2tick(time) = time * tick_in_usec}, both truncated to unsigned int as C does. */
    static long time2tick(long micros) {
        return u32((long) (u32(micros) * TICK_IN_USEC));
    }

    /** {@code tc_core_tick2time(tick) = tick / tick_in_usec}, truncated. */
    static long tick2time(long ticks) {
        return u32((long) (u32(ticks) / TICK_IN_USEC));
    }

    /** {@code tc_calc_xmittime(rate, size) = time2tick(TIME_UNITS_PER_SEC * (size / rate))}. */
    static long xmittime(long rate, long size) {
        if (rate <= 0) {
            return 0;
        }
        return time2tick((long) (TIME_UNITS_PER_SEC * ((double) size / (double) rate)));
    }

    /** {@code tc_calc_xmitsize(rate, ticks) = rate * tick2time(ticks) / TIME_UNITS_PER_SEC}: what {@code tc} shows as burst. */
    static long xmitsize(long rate, long ticks) {
        return u32((long) (((double) rate * tick2time(ticks)) / TIME_UNITS_PER_SEC));
    }

    /** {@code tc_calc_rtable}'s cell_log when none is given: the smallest with {@code mtu >> cell_log <= 255} (mtu 0 means 2047). */
    static int cellLog(long mtu) {
        long m = mtu == 0 ? 2047 : mtu;
        int cellLog = 0;
        while ((m >> cellLog) > 255) {
            cellLog++;
        }
        return cellLog;
    }

    /**
     * {@code tc_calc_rtable} for an ethernet link layer: {@code rtab[i] = xmittime(rate, max((i+1) << cell_log, mpu))}.
     *
     * @param rate the (32-bit) rate in bytes/s, as in {@code tc_ratespec.rate}
     * @return the 256 entries
     */
    static long[] rateTable(long rate, int cellLog, int mpu) {
        long[] rtab = new long[RateSpec.RTAB_LENGTH / 4];
        for (int i = 0; i < rtab.length; i++) {
            long size = Math.max((long) (i + 1) << cellLog, mpu);
            rtab[i] = xmittime(rate, size);
        }
        return rtab;
    }

    private static long u32(long v) {
        return v & 0xFFFFFFFFL;
    }
}
