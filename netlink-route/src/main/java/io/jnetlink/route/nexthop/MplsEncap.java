package io.jnetlink.route.nexthop;

import io.jnetlink.route.wire.LwtAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code encap mpls LABELS}: an MPLS label stack to push ({@code LWTUNNEL_ENCAP_MPLS},
 * {@code MPLS_IPTUNNEL_DST}). Needs the kernel's {@code mpls_iptunnel} module (this machine lacks it:
 * encoded and tested against golden vectors only).
 *
 * @param labels the labels, outermost first
 */
public record MplsEncap(List<Integer> labels) implements Encap {
    /**
     * Checks the labels: 1..16 of 0..1048575.
     *
     * @param labels the labels, outermost first
     */
    public MplsEncap {
        labels = List.copyOf(labels);
        if (labels.isEmpty() || labels.size() > 16) {
            throw new IllegalArgumentException("mpls needs 1..16 labels: " + labels.size());
        }
        for (int l : labels) {
            if (l < 0 || l > LwtAttrs.MPLS_LABEL_MAX) {
                throw new IllegalArgumentException("mpls label must be between 0 and 1048575: " + l);
            }
        }
    }

    /**
     * The stack from ints.
     *
     * @param labels the labels, outermost first
     * @return the encapsulation
     */
    public static MplsEncap of(int... labels) {
        List<Integer> list = new ArrayList<>();
        for (int l : labels) {
            list.add(l);
        }
        return new MplsEncap(list);
    }

    @Override
    public int type() {
        return LwtAttrs.ENCAP_MPLS;
    }

    /** Like {@code ip}: {@code "encap mpls 100/200"}. */
    @Override
    public String toString() {
        return "encap mpls " + labels.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }
}
