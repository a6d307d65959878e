package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.QdiscOptionAttrs;
import io.jnetlink.route.wire.TcAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code prio bands N priomap P0 … P15} ({@code struct tc_prio_qopt}); also what the kernel reports
 * for {@code pfifo_fast} (3 bands, a fixed priomap).
 *
 * @param kind    {@code "prio"} or {@code "pfifo_fast"}
 * @param bands   the number of bands (2..16)
 * @param priomap the band of each of the 16 priorities
 */
public record PrioOptions(String kind, int bands, List<Integer> priomap) implements QdiscOptions {
    /** tc's default priomap for prio ({@code 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1}). */
    public static final List<Integer> DEFAULT_PRIOMAP = List.of(1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1);

    /**
     * Checks and copies.
     *
     * @param kind {@code "prio"} or {@code "pfifo_fast"}
     * @param bands the number of bands
     * @param priomap 16 band numbers, each below {@code bands}
     */
    public PrioOptions {
        TcChecks.kind(kind);
        priomap = List.copyOf(Objects.requireNonNull(priomap, "priomap"));
        if (priomap.size() != QdiscOptionAttrs.PRIOMAP_LENGTH) {
            throw new IllegalArgumentException("priomap must have 16 entries: " + priomap);
        }
        for (int band : priomap) {
            if (band < 0 || band > 255) {
                throw new IllegalArgumentException("priomap entries must be 0..255: " + priomap);
            }
        }
    }

    /**
     * {@code prio bands N priomap …}.
     *
     * @param bands 2..16
     * @param priomap 16 bands, each below {@code bands}
     * @return the options
     */
    public static PrioOptions prio(int bands, List<Integer> priomap) {
        TcChecks.range(bands, 2, QdiscOptionAttrs.TCQ_PRIO_BANDS, "bands");
        for (int b : priomap) {
            if (b >= bands) {
                throw new IllegalArgumentException("priomap band " + b + " is not below bands " + bands);
            }
        }
        return new PrioOptions("prio", bands, priomap);
    }

    @Override
    public void writeOptions(MessageWriter w) {
        if (!"prio".equals(kind)) {
            return; // pfifo_fast takes no options
        }
        // addattr_nest_compat: the struct, then an empty nest of the same type (where mqprio would go)
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        int at = w.reserve(QdiscOptionAttrs.PRIO_LENGTH);
        w.putU32At(at, bands);
        for (int i = 0; i < QdiscOptionAttrs.PRIOMAP_LENGTH; i++) {
            w.putU8At(at + 4 + i, priomap.get(i));
        }
        w.endNested(w.beginNested(TcAttrs.TCA_OPTIONS, false));
        w.endNested(opts);
    }

    /** Reads {@code TCA_OPTIONS} ({@code tc_prio_qopt}). */
    static PrioOptions decode(String kind, AttributeReader options) {
        TcStruct.require(options, QdiscOptionAttrs.PRIO_LENGTH, kind + " TCA_OPTIONS");
        List<Integer> map = new ArrayList<>(QdiscOptionAttrs.PRIOMAP_LENGTH);
        for (int i = 0; i < QdiscOptionAttrs.PRIOMAP_LENGTH; i++) {
            map.add(TcStruct.u8(options, 4 + i));
        }
        return new PrioOptions(kind, TcStruct.i32(options, 0), map);
    }
}
