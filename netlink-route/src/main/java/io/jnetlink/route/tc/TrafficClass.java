package io.jnetlink.route.tc;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;

/**
 * A class of a classful qdisc, as one entry of {@code tc -s class show dev D}.
 *
 * @param ifindex         the device's index
 * @param handle          its class id ({@code classid 1:10})
 * @param parent          its parent (the qdisc {@code 1:} or a class)
 * @param options         its kind and options
 * @param stats           its statistics
 * @param otherAttributes the attributes not decoded here, as they came
 */
public record TrafficClass(int ifindex, int handle, int parent, ClassOptions options, TcStats stats,
                           List<RawAttribute> otherAttributes) implements TcObject {
    /**
     * Checks and copies.
     *
     * @param ifindex device index
     * @param handle class id
     * @param parent parent
     * @param options options
     * @param stats statistics
     * @param otherAttributes other attributes
     */
    public TrafficClass {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(stats, "stats");
        otherAttributes = List.copyOf(Objects.requireNonNull(otherAttributes, "otherAttributes"));
    }

    /** {@return the kind, e.g. {@code "htb"}} */
    public String kind() {
        return options.kind();
    }

    /** Like {@code tc class show}: {@code "class htb 1:10 dev 3 parent 1: …"}. */
    @Override
    public String toString() {
        return "class " + kind() + " " + TcHandle.format(handle) + " dev " + ifindex + " parent "
                + TcHandle.format(parent) + " " + options;
    }
}
