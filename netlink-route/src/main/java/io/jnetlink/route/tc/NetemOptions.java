package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.NetemAttrs;
import io.jnetlink.route.wire.TcAttrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code netem [limit N] [delay TIME [JITTER [CORR]]] [loss P [CORR]] [duplicate P [CORR]]
 * [corrupt P [CORR]] [reorder P [CORR]] [gap N] [rate RATE]}: a {@code struct tc_netem_qopt}
 * followed by {@code TCA_NETEM_CORR}, {@code _REORDER}, {@code _CORRUPT}, {@code _RATE}.
 *
 * <p>Probabilities and correlations are kept as the kernel holds them, a u32 fraction of
 * {@code UINT32_MAX} ({@link #lossPercent()} and the {@code with…} methods take percentages, rounded
 * as {@code tc} rounds them). Other attributes (loss models, slots, ecn) are kept raw.
 *
 * @param delayMicros          {@code delay} in microseconds
 * @param jitterMicros         jitter in microseconds
 * @param delayCorrelation     delay correlation (u32 fraction)
 * @param limit                {@code limit}: packets (tc's default 1000)
 * @param loss                 {@code loss} (u32 fraction)
 * @param lossCorrelation      loss correlation
 * @param duplicate            {@code duplicate} (u32 fraction)
 * @param duplicateCorrelation duplicate correlation
 * @param reorder              {@code reorder} (u32 fraction)
 * @param reorderCorrelation   reorder correlation
 * @param gap                  {@code gap}: packets between reorderings (1 when reorder is set without one)
 * @param corrupt              {@code corrupt} (u32 fraction)
 * @param corruptCorrelation   corrupt correlation
 * @param rate                 {@code rate} in bytes per second (0: none)
 * @param otherAttributes      other {@code TCA_NETEM_*} attributes as they came
 */
public record NetemOptions(long delayMicros, long jitterMicros, long delayCorrelation, long limit, long loss,
                           long lossCorrelation, long duplicate, long duplicateCorrelation, long reorder,
                           long reorderCorrelation, long gap, long corrupt, long corruptCorrelation, long rate,
                           List<RawAttribute> otherAttributes) implements QdiscOptions {
    /** The longest delay or jitter {@code tc_netem_qopt} can carry: {@code UINT32_MAX} ticks. */
    private static final long MAX_MICROS = (long) (0xFFFFFFFFL / Psched.TICK_IN_USEC);

    /** {@code netem} with nothing but tc's default limit of 1000 packets. */
    public static final NetemOptions DEFAULTS = new NetemOptions(0, 0, 0, 1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    /**
     * Checks and copies.
     *
     * @param delayMicros delay
     * @param jitterMicros jitter
     * @param delayCorrelation delay correlation
     * @param limit limit
     * @param loss loss
     * @param lossCorrelation loss correlation
     * @param duplicate duplicate
     * @param duplicateCorrelation duplicate correlation
     * @param reorder reorder
     * @param reorderCorrelation reorder correlation
     * @param gap gap
     * @param corrupt corrupt
     * @param corruptCorrelation corrupt correlation
     * @param rate rate
     * @param otherAttributes other attributes
     */
    public NetemOptions {
        if (delayMicros < 0 || delayMicros > MAX_MICROS) {
            throw new IllegalArgumentException("delay must be 0.." + MAX_MICROS + " microseconds: " + delayMicros);
        }
        if (jitterMicros < 0 || jitterMicros > MAX_MICROS) {
            throw new IllegalArgumentException("jitter must be 0.." + MAX_MICROS + " microseconds: " + jitterMicros);
        }
        for (long v : new long[] {delayCorrelation, limit, loss, lossCorrelation, duplicate, duplicateCorrelation, reorder,
                reorderCorrelation, gap, corrupt, corruptCorrelation}) {
            TcChecks.u32(v, "netem option");
        }
        if (rate < 0) {
            throw new IllegalArgumentException("rate must not be negative: " + rate);
        }
        otherAttributes = List.copyOf(Objects.requireNonNull(otherAttributes, "otherAttributes"));
    }

    /**
     * {@code netem delay TIME}.
     *
     * @param delay the added delay (microsecond precision)
     * @return the options
     */
    public static NetemOptions delay(Duration delay) {
        return DEFAULTS.withDelay(delay, Duration.ZERO, 0);
    }

    /**
     * {@code delay TIME JITTER CORR%}.
     *
     * @param delay the added delay
     * @param jitter the random variation
     * @param correlationPercent the correlation with the previous packet's delay
     * @return a copy with them
     */
    public NetemOptions withDelay(Duration delay, Duration jitter, double correlationPercent) {
        return new NetemOptions(micros(delay, "delay"), micros(jitter, "jitter"),
                TcChecks.probability(correlationPercent, "delay correlation"), limit, loss, lossCorrelation, duplicate,
                duplicateCorrelation, reorder, reorderCorrelation, gap, corrupt, corruptCorrelation, rate, otherAttributes);
    }

    /**
     * {@code limit PACKETS}.
     *
     * @param packets the queue limit
     * @return a copy with it
     */
    public NetemOptions withLimit(long packets) {
        return new NetemOptions(delayMicros, jitterMicros, delayCorrelation, TcChecks.u32(packets, "limit"), loss,
                lossCorrelation, duplicate, duplicateCorrelation, reorder, reorderCorrelation, gap, corrupt,
                corruptCorrelation, rate, otherAttributes);
    }

    /**
     * {@code loss P%}.
     *
     * @param percent the loss probability
     * @return a copy with it
     */
    public NetemOptions withLoss(double percent) {
        return new NetemOptions(delayMicros, jitterMicros, delayCorrelation, limit, TcChecks.probability(percent, "loss"),
                lossCorrelation, duplicate, duplicateCorrelation, reorder, reorderCorrelation, gap, corrupt,
                corruptCorrelation, rate, otherAttributes);
    }

    /**
     * {@code duplicate P%}.
     *
     * @param percent the duplication probability
     * @return a copy with it
     */
    public NetemOptions withDuplicate(double percent) {
        return new NetemOptions(delayMicros, jitterMicros, delayCorrelation, limit, loss, lossCorrelation,
                TcChecks.probability(percent, "duplicate"), duplicateCorrelation, reorder, reorderCorrelation, gap,
                corrupt, corruptCorrelation, rate, otherAttributes);
    }

    /**
     * {@code corrupt P%}.
     *
     * @param percent the corruption probability
     * @return a copy with it
     */
    public NetemOptions withCorrupt(double percent) {
        return new NetemOptions(delayMicros, jitterMicros, delayCorrelation, limit, loss, lossCorrelation, duplicate,
                duplicateCorrelation, reorder, reorderCorrelation, gap, TcChecks.probability(percent, "corrupt"),
                corruptCorrelation, rate, otherAttributes);
    }

    /**
     * {@code reorder P% CORR%}: needs a delay (as tc requires); sets {@code gap 1} unless a gap is set.
     *
     * @param percent the probability of sending a packet at once
     * @param correlationPercent its correlation
     * @return a copy with it
     */
    public NetemOptions withReorder(double percent, double correlationPercent) {
        if (delayMicros == 0) {
            throw new IllegalArgumentException("reorder needs a delay (netem reorders by sending some packets without it)");
        }
        return new NetemOptions(delayMicros, jitterMicros, delayCorrelation, limit, loss, lossCorrelation, duplicate,
                duplicateCorrelation, TcChecks.probability(percent, "reorder"),
                TcChecks.probability(correlationPercent, "reorder correlation"), gap == 0 ? 1 : gap, corrupt,
                corruptCorrelation, rate, otherAttributes);
    }

    /**
     * {@code rate RATE}.
     *
     * @param rate a tc rate, e.g. {@code "1mbit"}
     * @return a copy with it
     */
    public NetemOptions withRate(String rate) {
        return new NetemOptions(delayMicros, jitterMicros, delayCorrelation, limit, loss, lossCorrelation, duplicate,
                duplicateCorrelation, reorder, reorderCorrelation, gap, corrupt, corruptCorrelation,
                TcUnits.rate(rate, "rate"), otherAttributes);
    }

    /** {@return the loss probability in percent} */
    public double lossPercent() {
        return TcChecks.percent(loss);
    }

    /** {@return the duplication probability in percent} */
    public double duplicatePercent() {
        return TcChecks.percent(duplicate);
    }

    /** {@return the corruption probability in percent} */
    public double corruptPercent() {
        return TcChecks.percent(corrupt);
    }

    /** {@return the reorder probability in percent} */
    public double reorderPercent() {
        return TcChecks.percent(reorder);
    }

    @Override
    public String kind() {
        return "netem";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        int at = w.reserve(NetemAttrs.QOPT_LENGTH);
        w.putU32At(at + NetemAttrs.LATENCY_OFFSET, (int) Psched.time2tick(delayMicros));
        w.putU32At(at + NetemAttrs.LIMIT_OFFSET, (int) limit);
        w.putU32At(at + NetemAttrs.LOSS_OFFSET, (int) loss);
        w.putU32At(at + NetemAttrs.GAP_OFFSET, (int) gap);
        w.putU32At(at + NetemAttrs.DUPLICATE_OFFSET, (int) duplicate);
        w.putU32At(at + NetemAttrs.JITTER_OFFSET, (int) Psched.time2tick(jitterMicros));
        if (delayCorrelation != 0 || lossCorrelation != 0 || duplicateCorrelation != 0) {
            int c = TcStruct.beginStruct(w, NetemAttrs.TCA_NETEM_CORR, NetemAttrs.CORR_LENGTH);
            w.putU32At(c, (int) delayCorrelation).putU32At(c + 4, (int) lossCorrelation).putU32At(c + 8, (int) duplicateCorrelation);
            TcStruct.endStruct(w, c);
        }
        if (reorder != 0 || reorderCorrelation != 0) {
            putProbability(w, NetemAttrs.TCA_NETEM_REORDER, reorder, reorderCorrelation);
        }
        if (corrupt != 0 || corruptCorrelation != 0) {
            putProbability(w, NetemAttrs.TCA_NETEM_CORRUPT, corrupt, corruptCorrelation);
        }
        if (rate != 0) {
            if (rate >= (1L << 32)) {
                w.putAttrU64(NetemAttrs.TCA_NETEM_RATE64, rate);
            }
            int r = TcStruct.beginStruct(w, NetemAttrs.TCA_NETEM_RATE, NetemAttrs.RATE_LENGTH);
            w.putU32At(r, (int) TcStruct.u32Rate(rate));
            TcStruct.endStruct(w, r);
        }
        for (RawAttribute a : otherAttributes) {
            a.writeTo(w);
        }
        w.endNested(opts);
    }

    /** Reads {@code TCA_OPTIONS}: the struct, then the attributes after it. */
    static NetemOptions decode(AttributeReader options) {
        TcStruct.require(options, NetemAttrs.QOPT_LENGTH, "netem TCA_OPTIONS");
        long delay = Psched.tick2time(TcStruct.u32(options, NetemAttrs.LATENCY_OFFSET));
        long limit = TcStruct.u32(options, NetemAttrs.LIMIT_OFFSET);
        long loss = TcStruct.u32(options, NetemAttrs.LOSS_OFFSET);
        long gap = TcStruct.u32(options, NetemAttrs.GAP_OFFSET);
        long dup = TcStruct.u32(options, NetemAttrs.DUPLICATE_OFFSET);
        long jitter = Psched.tick2time(TcStruct.u32(options, NetemAttrs.JITTER_OFFSET));
        long[] corr = new long[3];
        long[] reorder = new long[2];
        long[] corrupt = new long[2];
        long rate = 0;
        long rate64 = 0;
        List<RawAttribute> other = new ArrayList<>();
        AttributeReader a = new AttributeReader().wrap(options.buffer(), options.valueOffset() + NetemAttrs.QOPT_LENGTH,
                options.valueLength() - NetemAttrs.QOPT_LENGTH);
        while (a.next()) {
            switch (a.type()) {
                case NetemAttrs.TCA_NETEM_LATENCY64 -> delay = nanosToMicros(TcStruct.u64Attr(a, "TCA_NETEM_LATENCY64"), a);
                case NetemAttrs.TCA_NETEM_JITTER64 -> jitter = nanosToMicros(TcStruct.u64Attr(a, "TCA_NETEM_JITTER64"), a);
                case NetemAttrs.TCA_NETEM_CORR -> {
                    TcStruct.require(a, NetemAttrs.CORR_LENGTH, "TCA_NETEM_CORR");
                    corr[0] = TcStruct.u32(a, 0);
                    corr[1] = TcStruct.u32(a, 4);
                    corr[2] = TcStruct.u32(a, 8);
                }
                case NetemAttrs.TCA_NETEM_REORDER -> readProbability(a, reorder, "TCA_NETEM_REORDER");
                case NetemAttrs.TCA_NETEM_CORRUPT -> readProbability(a, corrupt, "TCA_NETEM_CORRUPT");
                case NetemAttrs.TCA_NETEM_RATE -> {
                    TcStruct.require(a, 4, "TCA_NETEM_RATE");
                    rate = TcStruct.u32(a, 0);
                }
                case NetemAttrs.TCA_NETEM_RATE64 -> rate64 = TcStruct.u64Attr(a, "TCA_NETEM_RATE64");
                default -> other.add(RawAttribute.copyOf(a));
            }
        }
        return new NetemOptions(Math.min(delay, MAX_MICROS), Math.min(jitter, MAX_MICROS), corr[0], limit, loss, corr[1],
                dup, corr[2], reorder[0], reorder[1], gap, corrupt[0], corrupt[1], rate64 > 0 ? rate64 : rate, other);
    }

    private static long nanosToMicros(long nanos, AttributeReader a) {
        if (nanos < 0) {
            throw new NetlinkDecodeException("negative netem time " + nanos, a.offset());
        }
        return nanos / 1000;
    }

    private static void readProbability(AttributeReader a, long[] into, String what) {
        TcStruct.require(a, NetemAttrs.PROBABILITY_LENGTH, what);
        into[0] = TcStruct.u32(a, 0);
        into[1] = TcStruct.u32(a, 4);
    }

    private static void putProbability(MessageWriter w, int type, long probability, long correlation) {
        int at = TcStruct.beginStruct(w, type, NetemAttrs.PROBABILITY_LENGTH);
        w.putU32At(at, (int) probability).putU32At(at + 4, (int) correlation);
        TcStruct.endStruct(w, at);
    }

    private static long micros(Duration d, String what) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be a non-negative duration: " + d);
        }
        long micros = d.toNanos() / 1000;
        if (micros > MAX_MICROS) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_MICROS + " microseconds: " + d);
        }
        return micros;
    }
}
