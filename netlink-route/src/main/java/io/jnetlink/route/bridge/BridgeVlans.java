package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.IfLink;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.List;

/**
 * Port VLANs of VLAN-filtering bridges, as {@code bridge vlan} manages them.
 *
 * <pre>{@code
 * BridgeVlans.add(10).dev("veth0").pvid().untagged().apply();   // bridge vlan add vid 10 dev veth0 pvid untagged
 * List<BridgeVlan> vlans = BridgeVlans.list(ns);                // bridge vlan show
 * }</pre>
 */
public final class BridgeVlans {
    private BridgeVlans() {
    }

    /**
     * {@code bridge vlan add vid VID dev DEV}.
     *
     * @param vid the VLAN id, 1..4094
     * @return the request; {@code dev} is required
     */
    public static BridgeVlanRequest add(int vid) {
        return new BridgeVlanRequest(false, vid);
    }

    /**
     * {@code bridge vlan del vid VID dev DEV}.
     *
     * @param vid the VLAN id, 1..4094
     * @return the request; {@code dev} is required
     */
    public static BridgeVlanRequest delete(int vid) {
        return new BridgeVlanRequest(true, vid);
    }

    /**
     * {@code bridge vlan show}: the VLANs of every port (empty on bridges without VLAN filtering).
     *
     * @param namespace the network namespace
     * @return one entry per port and VID
     */
    public static List<BridgeVlan> list(NetNamespace namespace) {
        List<BridgeVlan> out = new ArrayList<>();
        BridgeLinkDump.run(namespace.connection(Netlink.NETLINK_ROUTE), IfLink.RTEXT_FILTER_BRVLAN,
                v -> v.forEachVlan(out::add), out::clear);
        return out;
    }
}
