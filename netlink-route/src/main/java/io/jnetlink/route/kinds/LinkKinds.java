package io.jnetlink.route.kinds;

/**
 * Typed {@code ip link add … type KIND} for the link kinds beyond veth, bridge, macvlan and
 * vxlan ({@code io.jnetlink.route.Links.create()} has those). Each request builds on the
 * route package's {@code Links.create().kind(name, kind)}; common options go through {@code with}.
 *
 * <pre>{@code
 * LinkKinds.vlan("eth0.10").link("eth0").id(10).in(ns).apply();  // ip link add link eth0 name eth0.10 type vlan id 10
 * LinkKinds.bond("bond0").mode(BondRequest.Mode.LACP).miimon(100).with(r -> r.up()).apply();
 * LinkKinds.ifb("ifb0").in(ns).apply();                           // ip link add ifb0 type ifb
 * Optional<KindInfo> info = LinkKindInfo.of(link);                 // ip -d link show: the kind's options
 * }</pre>
 */
public final class LinkKinds {
    private LinkKinds() {
    }

    /**
     * {@code ip link add link PARENT name NAME type vlan id ID}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static VlanRequest vlan(String name) {
        return new VlanRequest(name);
    }

    /**
     * {@code ip link add NAME type bond …}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static BondRequest bond(String name) {
        return new BondRequest(name);
    }

    /**
     * {@code ip link add NAME type dummy}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static PlainKindRequest dummy(String name) {
        return new PlainKindRequest(name, "dummy");
    }

    /**
     * {@code ip link add NAME type ifb}: an intermediate functional block, for shaping ingress traffic.
     *
     * @param name the new link's name
     * @return the request
     */
    public static PlainKindRequest ifb(String name) {
        return new PlainKindRequest(name, "ifb");
    }

    /**
     * {@code ip link add NAME type wireguard}: the link only (keys and peers go over generic netlink).
     *
     * @param name the new link's name
     * @return the request
     */
    public static PlainKindRequest wireguard(String name) {
        return new PlainKindRequest(name, "wireguard");
    }

    /**
     * {@code ip link add link PARENT name NAME type ipvlan mode …}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static IpvlanRequest ipvlan(String name) {
        return new IpvlanRequest(name);
    }

    /**
     * {@code ip link add NAME type vrf table ID}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static VrfRequest vrf(String name) {
        return new VrfRequest(name);
    }

    /**
     * {@code ip link add link PARENT name NAME type macvtap mode …}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static MacvtapRequest macvtap(String name) {
        return new MacvtapRequest(name);
    }

    /**
     * {@code ip link add NAME type geneve id VNI remote ADDR …}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static GeneveRequest geneve(String name) {
        return new GeneveRequest(name);
    }

    /**
     * {@code ip link add NAME type gre remote ADDR local ADDR …}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static TunnelRequest gre(String name) {
        return new TunnelRequest(name, "gre");
    }

    /**
     * {@code ip link add NAME type gretap remote ADDR local ADDR …}: GRE carrying Ethernet.
     *
     * @param name the new link's name
     * @return the request
     */
    public static TunnelRequest gretap(String name) {
        return new TunnelRequest(name, "gretap");
    }

    /**
     * {@code ip link add NAME type ipip remote ADDR local ADDR …}.
     *
     * @param name the new link's name
     * @return the request
     */
    public static TunnelRequest ipip(String name) {
        return new TunnelRequest(name, "ipip");
    }

    /**
     * {@code ip link add NAME type sit remote ADDR local ADDR …}: IPv6 over IPv4.
     *
     * @param name the new link's name
     * @return the request
     */
    public static TunnelRequest sit(String name) {
        return new TunnelRequest(name, "sit");
    }
}
