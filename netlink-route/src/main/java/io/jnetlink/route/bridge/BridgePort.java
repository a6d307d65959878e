package io.jnetlink.route.bridge;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;

/**
 * A bridge port as {@code bridge -d link show} describes it: the {@code IFLA_PROTINFO} options of
 * one {@code AF_BRIDGE} link message. Options the kernel did not send read as their defaults
 * ({@code false}, 0); {@code otherAttributes} keeps the ones not decoded, raw.
 *
 * @param index           {@code ifi_index}
 * @param name            {@code IFLA_IFNAME}
 * @param masterIndex     {@code IFLA_MASTER}: the bridge
 * @param state           {@code IFLA_BRPORT_STATE} ({@code BR_STATE_*}: 0 disabled, 1 listening, 2 learning, 3 forwarding, 4 blocking)
 * @param priority        {@code IFLA_BRPORT_PRIORITY}
 * @param cost            {@code IFLA_BRPORT_COST}
 * @param learning        {@code IFLA_BRPORT_LEARNING}
 * @param flood           {@code IFLA_BRPORT_UNICAST_FLOOD}
 * @param hairpin         {@code IFLA_BRPORT_MODE}
 * @param isolated        {@code IFLA_BRPORT_ISOLATED}
 * @param mcastFlood      {@code IFLA_BRPORT_MCAST_FLOOD}
 * @param bcastFlood      {@code IFLA_BRPORT_BCAST_FLOOD}
 * @param neighSuppress   {@code IFLA_BRPORT_NEIGH_SUPPRESS}
 * @param guard           {@code IFLA_BRPORT_GUARD}
 * @param rootBlock       {@code IFLA_BRPORT_PROTECT}
 * @param fastLeave       {@code IFLA_BRPORT_FAST_LEAVE}
 * @param vlans           the VLANs of the port ({@code IFLA_AF_SPEC}), when the dump asked for them
 * @param otherAttributes the {@code IFLA_PROTINFO} attributes not decoded above, raw, in order
 */
public record BridgePort(int index, String name, int masterIndex, int state, int priority, long cost, boolean learning,
                         boolean flood, boolean hairpin, boolean isolated, boolean mcastFlood, boolean bcastFlood,
                         boolean neighSuppress, boolean guard, boolean rootBlock, boolean fastLeave,
                         List<BridgeVlan> vlans, List<RawAttribute> otherAttributes) {
    /**
     * Checks for nulls and keeps unmodifiable copies of the lists.
     *
     * @param index {@code ifi_index}
     * @param name {@code IFLA_IFNAME}
     * @param masterIndex {@code IFLA_MASTER}
     * @param state {@code IFLA_BRPORT_STATE}
     * @param priority {@code IFLA_BRPORT_PRIORITY}
     * @param cost {@code IFLA_BRPORT_COST}
     * @param learning {@code IFLA_BRPORT_LEARNING}
     * @param flood {@code IFLA_BRPORT_UNICAST_FLOOD}
     * @param hairpin {@code IFLA_BRPORT_MODE}
     * @param isolated {@code IFLA_BRPORT_ISOLATED}
     * @param mcastFlood {@code IFLA_BRPORT_MCAST_FLOOD}
     * @param bcastFlood {@code IFLA_BRPORT_BCAST_FLOOD}
     * @param neighSuppress {@code IFLA_BRPORT_NEIGH_SUPPRESS}
     * @param guard {@code IFLA_BRPORT_GUARD}
     * @param rootBlock {@code IFLA_BRPORT_PROTECT}
     * @param fastLeave {@code IFLA_BRPORT_FAST_LEAVE}
     * @param vlans the VLANs of the port
     * @param otherAttributes the attributes not decoded above
     */
    public BridgePort {
        Objects.requireNonNull(name, "name");
        vlans = List.copyOf(vlans);
        otherAttributes = List.copyOf(otherAttributes);
    }
}
