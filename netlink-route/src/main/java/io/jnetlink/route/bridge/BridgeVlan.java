package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.BridgeVlanAttrs;

/**
 * One VLAN of a bridge port, as one line of {@code bridge vlan show} ({@code struct bridge_vlan_info};
 * ranges sent compressed are expanded to one entry per VID).
 *
 * @param index the port (or bridge) index
 * @param vid   the VLAN id
 * @param flags {@code BRIDGE_VLAN_INFO_*}
 */
public record BridgeVlan(int index, int vid, int flags) {
    /** {@return whether untagged ingress frames get this VLAN ({@code PVID})} */
    public boolean isPvid() {
        return (flags & BridgeVlanAttrs.BRIDGE_VLAN_INFO_PVID) != 0;
    }

    /** {@return whether egress frames leave untagged ({@code Egress Untagged})} */
    public boolean isUntagged() {
        return (flags & BridgeVlanAttrs.BRIDGE_VLAN_INFO_UNTAGGED) != 0;
    }

    /** Like {@code bridge vlan}: {@code "dev#4 vid 10 PVID Egress Untagged"}. */
    @Override
    public String toString() {
        return "dev#" + index + " vid " + vid + (isPvid() ? " PVID" : "") + (isUntagged() ? " Egress Untagged" : "");
    }
}
