package io.jnetlink.generic.mptcp;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/**
 * The MPTCP path manager's limits, {@code ip mptcp limits show}.
 *
 * @param subflows        the most additional subflows per connection ({@code subflows})
 * @param addAddrAccepted the most addresses accepted from peers' ADD_ADDR ({@code add_addr_accepted})
 * @param unknown         attributes this version does not model, kept raw
 */
public record MptcpLimits(long subflows, long addAddrAccepted, List<RawAttribute> unknown) {
    /**
     * Copies.
     *
     * @param subflows the subflow limit
     * @param addAddrAccepted the ADD_ADDR limit
     * @param unknown unmodelled attributes
     */
    public MptcpLimits {
        unknown = List.copyOf(unknown);
    }

    /** {@code "add_addr_accepted 4 subflows 3"}, as {@code ip mptcp limits show} prints it. */
    @Override
    public String toString() {
        return "add_addr_accepted " + addAddrAccepted + " subflows " + subflows;
    }
}
