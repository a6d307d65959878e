package io.jnetlink.generic.mptcp;

import java.util.List;

import static io.jnetlink.generic.mptcp.wire.MptcpPm.*;

/**
 * The MPTCP path manager ({@code mptcp_pm} generic netlink family): {@code ip mptcp endpoint}
 * and {@code ip mptcp limits}. Every request takes {@code .in(ns)} and ends in {@code .apply()}.
 *
 * <pre>{@code
 * MptcpEndpoints.add("10.0.0.1").id(5).dev("veth0").signal().in(ns).apply();  // ip mptcp endpoint add 10.0.0.1 dev veth0 id 5 signal
 * List<MptcpEndpoint> all = MptcpEndpoints.list().in(ns).apply();            // ip mptcp endpoint show
 * MptcpEndpoints.setLimits().subflows(3).addAddrAccepted(4).in(ns).apply();  // ip mptcp limits set subflow 3 add_addr_accepted 4
 * }</pre>
 */
public final class MptcpEndpoints {
    private MptcpEndpoints() {
    }

    /**
     * {@code ip mptcp endpoint add ADDRESS ...}.
     *
     * @param address an IPv4 or IPv6 address literal
     * @return the request
     * @throws IllegalArgumentException if it is not an address literal
     */
    public static MptcpEndpointRequest add(String address) {
        return new MptcpEndpointRequest(address);
    }

    /**
     * {@code ip mptcp endpoint delete id ID}.
     *
     * @param id 1..255
     * @return the request
     * @throws IllegalArgumentException outside 1..255
     */
    public static MptcpPmRequest<Void> delete(int id) {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("endpoint id must be 1..255: " + id);
        }
        return MptcpPmRequest.action("MPTCP_PM_CMD_DEL_ADDR id " + id, MPTCP_PM_CMD_DEL_ADDR, w -> {
            int nest = w.beginNested(MPTCP_PM_ATTR_ADDR);
            w.putAttrU8(MPTCP_PM_ADDR_ATTR_ID, id);
            w.endNested(nest);
        });
    }

    /**
     * {@code ip mptcp endpoint flush}.
     *
     * @return the request
     */
    public static MptcpPmRequest<Void> flush() {
        return MptcpPmRequest.action("MPTCP_PM_CMD_FLUSH_ADDRS", MPTCP_PM_CMD_FLUSH_ADDRS, w -> { });
    }

    /**
     * {@code ip mptcp endpoint show}.
     *
     * @return the request; {@code apply()} returns the endpoints
     */
    public static MptcpPmRequest<List<MptcpEndpoint>> list() {
        return MptcpPmRequest.endpoints();
    }

    /**
     * {@code ip mptcp limits set ...}.
     *
     * @return the request
     */
    public static MptcpLimitsRequest setLimits() {
        return new MptcpLimitsRequest();
    }

    /**
     * {@code ip mptcp limits show}.
     *
     * @return the request; {@code apply()} returns the limits
     */
    public static MptcpPmRequest<MptcpLimits> showLimits() {
        return MptcpPmRequest.limits();
    }
}
