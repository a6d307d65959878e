package io.jnetlink.route.tc;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;

/**
 * A queueing discipline, as one entry of {@code tc -s qdisc show}.
 *
 * @param ifindex         the device's index ({@code tcm_ifindex})
 * @param handle          its handle ({@code tcm_handle}, e.g. {@code 1:} = 0x00010000)
 * @param parent          its parent ({@code tcm_parent}: {@link TcHandle#ROOT}, {@link TcHandle#INGRESS} or a class)
 * @param options         its kind and options
 * @param stats           its statistics ({@code TCA_STATS2})
 * @param otherAttributes the attributes not decoded here ({@code TCA_STATS}, {@code TCA_XSTATS}, …), as they came
 */
public record Qdisc(int ifindex, int handle, int parent, QdiscOptions options, TcStats stats,
                    List<RawAttribute> otherAttributes) implements TcObject {
    /**
     * Checks and copies.
     *
     * @param ifindex device index
     * @param handle handle
     * @param parent parent
     * @param options options
     * @param stats statistics
     * @param otherAttributes other attributes
     */
    public Qdisc {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(stats, "stats");
        otherAttributes = List.copyOf(Objects.requireNonNull(otherAttributes, "otherAttributes"));
    }

    /** {@return the kind, e.g. {@code "htb"}} */
    public String kind() {
        return options.kind();
    }

    /** {@return whether it is the device's root qdisc} */
    public boolean isRoot() {
        return parent == TcHandle.ROOT;
    }

    /** Like {@code tc qdisc show}: {@code "qdisc htb 1: dev 3 root"}. */
    @Override
    public String toString() {
        return "qdisc " + kind() + " " + TcHandle.format(handle) + " dev " + ifindex
                + (isRoot() ? " root" : " parent " + TcHandle.format(parent)) + " " + options;
    }
}
