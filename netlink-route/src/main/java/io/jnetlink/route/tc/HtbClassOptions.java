package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.HtbAttrs;
import io.jnetlink.route.wire.TcAttrs;

/**
 * An htb class: {@code htb rate RATE [ceil RATE] [burst BYTES] [cburst BYTES] [prio N] [quantum BYTES]}
 * ({@code struct tc_htb_opt} with its rate tables {@code TCA_HTB_RTAB}/{@code TCA_HTB_CTAB}, and
 * {@code TCA_HTB_RATE64}/{@code TCA_HTB_CEIL64} for rates above 32 bits), encoded as {@code tc}
 * does for an ethernet device (mtu 1600, no overhead).
 *
 * <p>Read from the kernel, burst and cburst are what the kernel's bucket times hold at the rate, as
 * {@code tc class show} prints them.
 *
 * @param rate    {@code rate}: guaranteed bytes per second
 * @param ceil    {@code ceil}: the most it may borrow up to, bytes per second (0: same as rate)
 * @param burst   {@code burst} in bytes (0: tc's default, {@code rate / HZ + mtu})
 * @param cburst  {@code cburst} in bytes (0: tc's default)
 * @param quantum {@code quantum} in bytes (0: from r2q)
 * @param prio    {@code prio} 0..7 (0 is served first)
 * @param level   the class's level in the tree (reported by the kernel; ignored when sent)
 */
public record HtbClassOptions(long rate, long ceil, long burst, long cburst, long quantum, long prio, long level)
        implements ClassOptions {
    /**
     * Checks the ranges.
     *
     * @param rate bytes per second
     * @param ceil bytes per second, or 0
     * @param burst bytes, or 0
     * @param cburst bytes, or 0
     * @param quantum bytes, or 0
     * @param prio 0..7 (the kernel clamps)
     * @param level the level
     */
    public HtbClassOptions {
        if (rate < 0 || ceil < 0) {
            throw new IllegalArgumentException("rate and ceil must not be negative: " + rate + ", " + ceil);
        }
        TcChecks.u32(burst, "burst");
        TcChecks.u32(cburst, "cburst");
        TcChecks.u32(quantum, "quantum");
        TcChecks.u32(prio, "prio");
        TcChecks.u32(level, "level");
    }

    /**
     * {@code htb rate RATE}: ceil equal to the rate, tc's default bursts.
     *
     * @param rate a tc rate, e.g. {@code "10mbit"}
     * @return the options
     */
    public static HtbClassOptions rate(String rate) {
        return new HtbClassOptions(TcUnits.rate(rate, "rate"), 0, 0, 0, 0, 0, 0);
    }

    /**
     * {@code ceil RATE}.
     *
     * @param ceil a tc rate, e.g. {@code "20mbit"}
     * @return a copy with it
     */
    public HtbClassOptions withCeil(String ceil) {
        return new HtbClassOptions(rate, TcUnits.rate(ceil, "ceil"), burst, cburst, quantum, prio, level);
    }

    /**
     * {@code burst BYTES cburst BYTES}.
     *
     * @param burst bytes that may be sent at once at the rate
     * @param cburst bytes that may be sent at once at the ceil
     * @return a copy with them
     */
    public HtbClassOptions withBursts(long burst, long cburst) {
        return new HtbClassOptions(rate, ceil, TcChecks.positive(burst, "burst"), TcChecks.positive(cburst, "cburst"),
                quantum, prio, level);
    }

    /**
     * {@code prio N}.
     *
     * @param prio 0..7
     * @return a copy with it
     */
    public HtbClassOptions withPrio(int prio) {
        return new HtbClassOptions(rate, ceil, burst, cburst, quantum, TcChecks.range(prio, 0, 7, "prio"), level);
    }

    /**
     * {@code quantum BYTES}.
     *
     * @param quantum bytes served per round
     * @return a copy with it
     */
    public HtbClassOptions withQuantum(long quantum) {
        return new HtbClassOptions(rate, ceil, burst, cburst, TcChecks.positive(TcChecks.u32(quantum, "quantum"), "quantum"),
                prio, level);
    }

    /** {@return the ceil in effect: {@link #ceil()}, or the rate when 0} */
    public long effectiveCeil() {
        return ceil != 0 ? ceil : rate;
    }

    @Override
    public String kind() {
        return "htb";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        if (rate <= 0) {
            throw new IllegalArgumentException("htb class rate must be positive: " + rate);
        }
        long ceil64 = effectiveCeil();
        long rate32 = TcStruct.u32Rate(rate);
        long ceil32 = TcStruct.u32Rate(ceil64);
        long buffer = burst != 0 ? burst : rate / Psched.HZ + Psched.HTB_MTU;
        long cbuffer = cburst != 0 ? cburst : ceil64 / Psched.HZ + Psched.HTB_MTU;
        int cellLog = Psched.cellLog(Psched.HTB_MTU);
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        if (rate >= (1L << 32)) {
            w.putAttrU64(HtbAttrs.TCA_HTB_RATE64, rate);
        }
        if (ceil64 >= (1L << 32)) {
            w.putAttrU64(HtbAttrs.TCA_HTB_CEIL64, ceil64);
        }
        int at = TcStruct.beginStruct(w, HtbAttrs.TCA_HTB_PARMS, HtbAttrs.OPT_LENGTH);
        TcStruct.putRateSpec(w, at + HtbAttrs.OPT_RATE_OFFSET, cellLog, rate32);
        TcStruct.putRateSpec(w, at + HtbAttrs.OPT_CEIL_OFFSET, cellLog, ceil32);
        w.putU32At(at + HtbAttrs.OPT_BUFFER_OFFSET, (int) Psched.xmittime(rate, buffer));
        w.putU32At(at + HtbAttrs.OPT_CBUFFER_OFFSET, (int) Psched.xmittime(ceil64, cbuffer));
        w.putU32At(at + HtbAttrs.OPT_QUANTUM_OFFSET, (int) quantum);
        w.putU32At(at + HtbAttrs.OPT_PRIO_OFFSET, (int) prio);
        TcStruct.endStruct(w, at);
        TcStruct.putRateTable(w, HtbAttrs.TCA_HTB_RTAB, rate32, cellLog);
        TcStruct.putRateTable(w, HtbAttrs.TCA_HTB_CTAB, ceil32, cellLog);
        w.endNested(opts);
    }

    /** Reads the nested {@code TCA_OPTIONS} of an htb class. */
    static HtbClassOptions decode(AttributeReader o) {
        long rate = 0;
        long ceil = 0;
        long buffer = 0;
        long cbuffer = 0;
        long quantum = 0;
        long level = 0;
        long prio = 0;
        long rate64 = 0;
        long ceil64 = 0;
        while (o.next()) {
            switch (o.type()) {
                case HtbAttrs.TCA_HTB_PARMS -> {
                    TcStruct.require(o, HtbAttrs.OPT_LENGTH, "TCA_HTB_PARMS");
                    rate = TcStruct.rate(o, HtbAttrs.OPT_RATE_OFFSET);
                    ceil = TcStruct.rate(o, HtbAttrs.OPT_CEIL_OFFSET);
                    buffer = TcStruct.u32(o, HtbAttrs.OPT_BUFFER_OFFSET);
                    cbuffer = TcStruct.u32(o, HtbAttrs.OPT_CBUFFER_OFFSET);
                    quantum = TcStruct.u32(o, HtbAttrs.OPT_QUANTUM_OFFSET);
                    level = TcStruct.u32(o, HtbAttrs.OPT_LEVEL_OFFSET);
                    prio = TcStruct.u32(o, HtbAttrs.OPT_PRIO_OFFSET);
                }
                case HtbAttrs.TCA_HTB_RATE64 -> rate64 = TcStruct.u64Attr(o, "TCA_HTB_RATE64");
                case HtbAttrs.TCA_HTB_CEIL64 -> ceil64 = TcStruct.u64Attr(o, "TCA_HTB_CEIL64");
                default -> {
                }
            }
        }
        long r = rate64 > 0 ? rate64 : rate;
        long c = ceil64 > 0 ? ceil64 : ceil;
        return new HtbClassOptions(r, c, Psched.xmitsize(r, buffer), Psched.xmitsize(c, cbuffer), quantum, prio, level);
    }
}
