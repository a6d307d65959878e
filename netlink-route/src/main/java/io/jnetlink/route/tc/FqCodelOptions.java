package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.QdiscOptionAttrs;
import io.jnetlink.route.wire.TcAttrs;

import java.util.List;
import java.util.Objects;

/**
 * {@code fq_codel [limit PACKETS] [flows N] [quantum BYTES] [target TIME] [interval TIME] [ecn|noecn]}
 * ({@code TCA_FQ_CODEL_*}). -1 means "not set" (the kernel's default); attributes not modelled here
 * (ce_threshold, drop_batch, memory_limit…) are kept in {@code otherAttributes}.
 *
 * @param limit           {@code limit}: packets
 * @param flows           {@code flows}
 * @param quantum         {@code quantum}: bytes
 * @param targetMicros    {@code target} in microseconds
 * @param intervalMicros  {@code interval} in microseconds
 * @param ecn             {@code ecn} (1), {@code noecn} (0) or -1
 * @param otherAttributes the other {@code TCA_FQ_CODEL_*} attributes, as they came
 */
public record FqCodelOptions(long limit, long flows, long quantum, long targetMicros, long intervalMicros, int ecn,
                             List<RawAttribute> otherAttributes) implements QdiscOptions {
    /** Every field unset: {@code tc qdisc add … fq_codel}. */
    public static final FqCodelOptions DEFAULTS = new FqCodelOptions(-1, -1, -1, -1, -1, -1, List.of());

    /**
     * Checks and copies.
     *
     * @param limit {@code limit}, or -1
     * @param flows {@code flows}, or -1
     * @param quantum {@code quantum}, or -1
     * @param targetMicros {@code target}, or -1
     * @param intervalMicros {@code interval}, or -1
     * @param ecn 1, 0 or -1
     * @param otherAttributes the other attributes
     */
    public FqCodelOptions {
        optional(limit, "limit");
        optional(flows, "flows");
        optional(quantum, "quantum");
        optional(targetMicros, "target");
        optional(intervalMicros, "interval");
        if (ecn < -1 || ecn > 1) {
            throw new IllegalArgumentException("ecn must be -1 (unset), 0 or 1: " + ecn);
        }
        otherAttributes = List.copyOf(Objects.requireNonNull(otherAttributes, "otherAttributes"));
    }

    /**
     * {@code limit PACKETS}.
     *
     * @param packets the limit
     * @return a copy with it
     */
    public FqCodelOptions withLimit(long packets) {
        return new FqCodelOptions(TcChecks.u32(packets, "limit"), flows, quantum, targetMicros, intervalMicros, ecn, otherAttributes);
    }

    /**
     * {@code flows N}.
     *
     * @param n the number of flows
     * @return a copy with it
     */
    public FqCodelOptions withFlows(long n) {
        return new FqCodelOptions(limit, TcChecks.u32(n, "flows"), quantum, targetMicros, intervalMicros, ecn, otherAttributes);
    }

    /**
     * {@code quantum BYTES}.
     *
     * @param bytes the quantum
     * @return a copy with it
     */
    public FqCodelOptions withQuantum(long bytes) {
        return new FqCodelOptions(limit, flows, TcChecks.u32(bytes, "quantum"), targetMicros, intervalMicros, ecn, otherAttributes);
    }

    /**
     * {@code target TIME interval TIME}.
     *
     * @param targetMicros the target delay in microseconds
     * @param intervalMicros the interval in microseconds
     * @return a copy with them
     */
    public FqCodelOptions withTargetAndInterval(long targetMicros, long intervalMicros) {
        return new FqCodelOptions(limit, flows, quantum, TcChecks.u32(targetMicros, "target"),
                TcChecks.u32(intervalMicros, "interval"), ecn, otherAttributes);
    }

    /**
     * {@code ecn} or {@code noecn}.
     *
     * @param on whether to mark instead of drop
     * @return a copy with it
     */
    public FqCodelOptions withEcn(boolean on) {
        return new FqCodelOptions(limit, flows, quantum, targetMicros, intervalMicros, on ? 1 : 0, otherAttributes);
    }

    @Override
    public String kind() {
        return "fq_codel";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        // the order tc writes them in
        putIfSet(w, QdiscOptionAttrs.TCA_FQ_CODEL_LIMIT, limit);
        putIfSet(w, QdiscOptionAttrs.TCA_FQ_CODEL_FLOWS, flows);
        putIfSet(w, QdiscOptionAttrs.TCA_FQ_CODEL_QUANTUM, quantum);
        putIfSet(w, QdiscOptionAttrs.TCA_FQ_CODEL_INTERVAL, intervalMicros);
        putIfSet(w, QdiscOptionAttrs.TCA_FQ_CODEL_TARGET, targetMicros);
        putIfSet(w, QdiscOptionAttrs.TCA_FQ_CODEL_ECN, ecn);
        for (RawAttribute a : otherAttributes) {
            a.writeTo(w);
        }
        w.endNested(opts);
    }

    /** Reads the nested {@code TCA_OPTIONS}. */
    static FqCodelOptions decode(AttributeReader o) {
        long limit = -1;
        long flows = -1;
        long quantum = -1;
        long target = -1;
        long interval = -1;
        int ecn = -1;
        while (o.next()) {
            switch (o.type()) {
                case QdiscOptionAttrs.TCA_FQ_CODEL_LIMIT -> limit = TcStruct.u32Attr(o, "TCA_FQ_CODEL_LIMIT");
                case QdiscOptionAttrs.TCA_FQ_CODEL_FLOWS -> flows = TcStruct.u32Attr(o, "TCA_FQ_CODEL_FLOWS");
                case QdiscOptionAttrs.TCA_FQ_CODEL_QUANTUM -> quantum = TcStruct.u32Attr(o, "TCA_FQ_CODEL_QUANTUM");
                case QdiscOptionAttrs.TCA_FQ_CODEL_TARGET -> target = TcStruct.u32Attr(o, "TCA_FQ_CODEL_TARGET");
                case QdiscOptionAttrs.TCA_FQ_CODEL_INTERVAL -> interval = TcStruct.u32Attr(o, "TCA_FQ_CODEL_INTERVAL");
                case QdiscOptionAttrs.TCA_FQ_CODEL_ECN -> ecn = TcStruct.u32Attr(o, "TCA_FQ_CODEL_ECN") != 0 ? 1 : 0;
                default -> {
                }
            }
        }
        List<RawAttribute> other = TcStruct.unknown(o, t -> t >= QdiscOptionAttrs.TCA_FQ_CODEL_TARGET
                && t <= QdiscOptionAttrs.TCA_FQ_CODEL_QUANTUM);
        return new FqCodelOptions(limit, flows, quantum, target, interval, ecn, other);
    }

    private static void optional(long v, String what) {
        if (v != -1) {
            TcChecks.u32(v, what);
        }
    }

    private static void putIfSet(MessageWriter w, int type, long v) {
        if (v >= 0) {
            w.putAttrU32(type, (int) v);
        }
    }
}
