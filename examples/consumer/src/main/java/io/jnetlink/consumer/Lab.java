package io.jnetlink.consumer;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.generic.ethtool.Ethtool;
import io.jnetlink.netfilter.Nat;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;
import io.jnetlink.route.Routes;

/**
 * A small lab built the way a jnetlink user would: a veth pair (TCP segmentation offload off) with an
 * address, a route behind it and source NAT, all inside one network namespace.
 */
public final class Lab {
    /** The end of the veth pair that gets the address. */
    public static final String INSIDE = "lab0";
    /** The other end of the veth pair. */
    public static final String PEER = "lab1";
    /** The address of {@link #INSIDE}. */
    public static final String ADDRESS = "10.77.0.1/24";
    /** The network routed through {@link #GATEWAY}. */
    public static final String ROUTED = "10.78.0.0/16";
    /** The next hop for {@link #ROUTED}, on the veth's subnet. */
    public static final String GATEWAY = "10.77.0.2";

    private Lab() {
    }

    /**
     * Builds the lab in {@code namespace}.
     *
     * @param namespace where to build it
     * @return the handle of the masquerade rule
     */
    public static long build(NetNamespace namespace) {
        // ip link set lo up
        Links.set("lo").up().in(namespace).apply();
        // ip link add lab0 type veth peer name lab1 ; ip link set lab0 up ; ip link set lab1 up
        Links.create().veth(INSIDE).peer(PEER).in(namespace).apply();
        Links.set(INSIDE).up().in(namespace).apply();
        Links.set(PEER).up().in(namespace).apply();
        // ethtool -K lab0 tx-tcp-segmentation off
        Ethtool.features(INSIDE).set("tx-tcp-segmentation", false).in(namespace).apply();
        // ip addr add 10.77.0.1/24 dev lab0
        Addresses.add(ADDRESS).dev(INSIDE).in(namespace).apply();
        // ip route add 10.78.0.0/16 via 10.77.0.2
        Routes.add(ROUTED).via(GATEWAY).in(namespace).apply();
        // nft add rule ip nat postrouting ip saddr 10.77.0.0/24 masquerade
        return Nat.masquerade("10.77.0.0/24").in(namespace).apply();
    }
}
