package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.RtnlMessages;

/**
 * Bridge device options, as {@code ip link set BRIDGE type bridge …} changes them (create bridges
 * with {@code Links.create().bridge(name)}; read options back with {@code Link.bridge()}).
 *
 * <pre>{@code
 * Bridges.set("br0").ageingTime(1000).stp(true).priority(100).multicastSnooping(false).in(ns).apply();
 *                  // ip link set br0 type bridge ageing_time 1000 stp_state 1 priority 100 mcast_snooping 0
 * }</pre>
 */
public final class Bridges {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private Bridges() {
    }

    /**
     * {@code ip link set BRIDGE type bridge …}.
     *
     * @param bridge the bridge's name
     * @return the request; set at least one option, then {@code apply()}
     */
    public static BridgeOptionsRequest set(String bridge) {
        return new BridgeOptionsRequest(Dev.named(bridge, "bridge"));
    }

    /**
     * {@code ip link set BRIDGE type bridge …} by interface index.
     *
     * @param ifindex the bridge's index
     * @return the request
     */
    public static BridgeOptionsRequest set(int ifindex) {
        return new BridgeOptionsRequest(Dev.indexed(ifindex, "bridge"));
    }
}
