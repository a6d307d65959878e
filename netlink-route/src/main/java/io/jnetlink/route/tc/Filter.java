package io.jnetlink.route.tc;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;

/**
 * A filter (classifier instance), as one entry of {@code tc filter show dev D}.
 *
 * @param ifindex         the device's index
 * @param handle          its handle ({@code tcm_handle}; for u32 {@code 800::800} style node ids)
 * @param parent          the qdisc or class it is attached to
 * @param protocol        the ethertype it applies to ({@code ETH_P_IP} = 0x0800, {@code ETH_P_ALL} = 3)
 * @param priority        its priority ({@code pref})
 * @param chain           its chain ({@code TCA_CHAIN}), -1 when not sent
 * @param options         its classifier and options
 * @param otherAttributes the attributes not decoded here, as they came
 */
public record Filter(int ifindex, int handle, int parent, int protocol, int priority, long chain, FilterOptions options,
                     List<RawAttribute> otherAttributes) implements TcObject {
    /**
     * Checks and copies.
     *
     * @param ifindex device index
     * @param handle handle
     * @param parent parent
     * @param protocol ethertype
     * @param priority priority
     * @param chain chain or -1
     * @param options options
     * @param otherAttributes other attributes
     */
    public Filter {
        Objects.requireNonNull(options, "options");
        otherAttributes = List.copyOf(Objects.requireNonNull(otherAttributes, "otherAttributes"));
    }

    /** {@return the classifier kind, e.g. {@code "u32"}} */
    public String kind() {
        return options.kind();
    }

    /** Like {@code tc filter show}: {@code "filter parent 1: protocol 0x0800 pref 1 u32 …"}. */
    @Override
    public String toString() {
        return "filter dev " + ifindex + " parent " + TcHandle.format(parent) + String.format(" protocol 0x%04x", protocol)
                + " pref " + priority + " " + kind() + " handle 0x" + Integer.toHexString(handle) + " " + options;
    }
}
