package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.TbfAttrs;
import io.jnetlink.route.wire.TcAttrs;

import java.time.Duration;

/**
 * {@code tbf rate RATE burst BYTES (limit BYTES | latency TIME)} ({@code struct tc_tbf_qopt},
 * {@code TCA_TBF_BURST}, {@code TCA_TBF_RATE64}, {@code TCA_TBF_RTAB}), without a peak rate.
 *
 * @param rate  {@code rate} in bytes per second
 * @param burst {@code burst} in bytes (the bucket)
 * @param limit {@code limit} in bytes (the queue)
 */
public record TbfOptions(long rate, long burst, long limit) implements QdiscOptions {
    /**
     * Checks the ranges.
     *
     * @param rate bytes per second, positive
     * @param burst bytes, positive, 32 bits
     * @param limit bytes, 32 bits
     */
    public TbfOptions {
        TcChecks.positive(rate, "rate");
        TcChecks.positive(burst, "burst");
        TcChecks.u32(burst, "burst");
        TcChecks.u32(limit, "limit");
    }

    /**
     * {@code tbf rate RATE burst BYTES latency TIME}: the limit is what the latency allows, as tc
     * computes it ({@code rate * latency + burst}).
     *
     * @param rate a tc rate, e.g. {@code "1mbit"}
     * @param burst the bucket in bytes
     * @param latency the longest a packet may wait
     * @return the options
     */
    public static TbfOptions latency(String rate, long burst, Duration latency) {
        long r = TcUnits.rate(rate, "rate");
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException("latency must be a non-negative duration: " + latency);
        }
        long micros = latency.toNanos() / 1000;
        double limit = r * (double) micros / Psched.TIME_UNITS_PER_SEC + burst;
        return new TbfOptions(r, burst, (long) limit);
    }

    /**
     * {@code tbf rate RATE burst BYTES limit BYTES}.
     *
     * @param rate a tc rate, e.g. {@code "1mbit"}
     * @param burst the bucket in bytes
     * @param limit the queue in bytes
     * @return the options
     */
    public static TbfOptions limit(String rate, long burst, long limit) {
        return new TbfOptions(TcUnits.rate(rate, "rate"), burst, limit);
    }

    @Override
    public String kind() {
        return "tbf";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        long rate32 = TcStruct.u32Rate(rate);
        int cellLog = Psched.cellLog(0);
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        int at = TcStruct.beginStruct(w, TbfAttrs.TCA_TBF_PARMS, TbfAttrs.QOPT_LENGTH);
        TcStruct.putRateSpec(w, at + TbfAttrs.RATE_OFFSET, cellLog, rate32);
        w.putU32At(at + TbfAttrs.LIMIT_OFFSET, (int) limit);
        w.putU32At(at + TbfAttrs.BUFFER_OFFSET, (int) Psched.xmittime(rate32, burst));
        TcStruct.endStruct(w, at);
        w.putAttrU32(TbfAttrs.TCA_TBF_BURST, (int) burst);
        if (rate >= (1L << 32)) {
            w.putAttrU64(TbfAttrs.TCA_TBF_RATE64, rate);
        }
        TcStruct.putRateTable(w, TbfAttrs.TCA_TBF_RTAB, rate32, cellLog);
        w.endNested(opts);
    }

    /** Reads the nested {@code TCA_OPTIONS}; the burst is what the kernel's bucket time holds at the rate (as tc shows it). */
    static TbfOptions decode(AttributeReader o, int at) {
        long rate = -1;
        long rate64 = -1;
        long bufferTicks = 0;
        long limit = 0;
        long burst = -1;
        while (o.next()) {
            switch (o.type()) {
                case TbfAttrs.TCA_TBF_PARMS -> {
                    TcStruct.require(o, TbfAttrs.QOPT_LENGTH, "TCA_TBF_PARMS");
                    rate = TcStruct.rate(o, TbfAttrs.RATE_OFFSET);
                    limit = TcStruct.u32(o, TbfAttrs.LIMIT_OFFSET);
                    bufferTicks = TcStruct.u32(o, TbfAttrs.BUFFER_OFFSET);
                }
                case TbfAttrs.TCA_TBF_RATE64 -> rate64 = TcStruct.u64Attr(o, "TCA_TBF_RATE64");
                case TbfAttrs.TCA_TBF_BURST -> burst = TcStruct.u32Attr(o, "TCA_TBF_BURST");
                default -> {
                }
            }
        }
        if (rate < 0) {
            throw new io.jnetlink.core.NetlinkDecodeException("tbf options without TCA_TBF_PARMS", at);
        }
        long r = rate64 > 0 ? rate64 : rate;
        long b = burst > 0 ? burst : Psched.xmitsize(r, bufferTicks);
        return new TbfOptions(Math.max(r, 1), Math.max(b, 1), limit);
    }
}
