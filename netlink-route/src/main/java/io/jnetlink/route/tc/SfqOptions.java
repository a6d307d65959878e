package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.QdiscOptionAttrs;
import io.jnetlink.route.wire.TcAttrs;

/**
 * {@code sfq [perturb SECS] [quantum BYTES] [limit PACKETS] [divisor N] [flows N] [depth N] [headdrop]}
 * ({@code struct tc_sfq_qopt_v1}, which tc sends; its RED part is left zero as tc leaves it). 0 means
 * "kernel default".
 *
 * @param quantum        {@code quantum}: bytes per round
 * @param perturbSeconds {@code perturb}: hash perturbation period
 * @param limit          {@code limit}: packets
 * @param divisor        {@code divisor}: hash table size
 * @param flows          {@code flows}
 * @param depth          {@code depth}: packets per flow
 * @param headdrop       {@code headdrop}: 1 to drop from the head
 */
public record SfqOptions(long quantum, long perturbSeconds, long limit, long divisor, long flows, long depth,
                         long headdrop) implements QdiscOptions {
    /**
     * Checks the ranges.
     *
     * @param quantum {@code quantum}
     * @param perturbSeconds {@code perturb}
     * @param limit {@code limit}
     * @param divisor {@code divisor}
     * @param flows {@code flows}
     * @param depth {@code depth}
     * @param headdrop {@code headdrop}
     */
    public SfqOptions {
        TcChecks.u32(quantum, "quantum");
        TcChecks.u32(perturbSeconds, "perturb");
        TcChecks.u32(limit, "limit");
        TcChecks.u32(divisor, "divisor");
        TcChecks.u32(flows, "flows");
        TcChecks.u32(depth, "depth");
        TcChecks.u32(headdrop, "headdrop");
    }

    /**
     * {@code sfq perturb SECS quantum BYTES limit PACKETS}.
     *
     * @param perturbSeconds the perturbation period (0: none)
     * @param quantum bytes per round (0: the device mtu)
     * @param limit packets (0: kernel default 127)
     * @return the options
     */
    public static SfqOptions of(long perturbSeconds, long quantum, long limit) {
        return new SfqOptions(quantum, perturbSeconds, limit, 0, 0, 0, 0);
    }

    @Override
    public String kind() {
        return "sfq";
    }

    @Override
    public void writeOptions(MessageWriter w) {
        int at = TcStruct.beginStruct(w, TcAttrs.TCA_OPTIONS, QdiscOptionAttrs.SFQ_V1_LENGTH);
        w.putU32At(at + QdiscOptionAttrs.SFQ_QUANTUM_OFFSET, (int) quantum);
        w.putU32At(at + QdiscOptionAttrs.SFQ_PERTURB_OFFSET, (int) perturbSeconds);
        w.putU32At(at + QdiscOptionAttrs.SFQ_LIMIT_OFFSET, (int) limit);
        w.putU32At(at + QdiscOptionAttrs.SFQ_DIVISOR_OFFSET, (int) divisor);
        w.putU32At(at + QdiscOptionAttrs.SFQ_FLOWS_OFFSET, (int) flows);
        w.putU32At(at + QdiscOptionAttrs.SFQ_DEPTH_OFFSET, (int) depth);
        w.putU32At(at + QdiscOptionAttrs.SFQ_HEADDROP_OFFSET, (int) headdrop);
        TcStruct.endStruct(w, at);
    }

    /** Reads {@code TCA_OPTIONS} ({@code tc_sfq_qopt}, or {@code _v1} when long enough). */
    static SfqOptions decode(AttributeReader o) {
        TcStruct.require(o, QdiscOptionAttrs.SFQ_V0_LENGTH, "sfq TCA_OPTIONS");
        boolean v1 = o.valueLength() >= QdiscOptionAttrs.SFQ_V1_LENGTH;
        return new SfqOptions(TcStruct.u32(o, QdiscOptionAttrs.SFQ_QUANTUM_OFFSET),
                TcStruct.u32(o, QdiscOptionAttrs.SFQ_PERTURB_OFFSET), TcStruct.u32(o, QdiscOptionAttrs.SFQ_LIMIT_OFFSET),
                TcStruct.u32(o, QdiscOptionAttrs.SFQ_DIVISOR_OFFSET), TcStruct.u32(o, QdiscOptionAttrs.SFQ_FLOWS_OFFSET),
                v1 ? TcStruct.u32(o, QdiscOptionAttrs.SFQ_DEPTH_OFFSET) : 0,
                v1 ? TcStruct.u32(o, QdiscOptionAttrs.SFQ_HEADDROP_OFFSET) : 0);
    }
}
