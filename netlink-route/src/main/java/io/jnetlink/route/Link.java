package io.jnetlink.route;

import java.util.List;
import java.util.Optional;

/**
 * A network interface as {@code ip -d -s link show} describes it: one {@code RTM_NEWLINK}
 * message copied out of the receive buffer into an immutable value (later receives do not change
 * it). Attributes it does not interpret are kept in {@link #otherAttributes()}, in order.
 *
 * @param index           {@code ifi_index}
 * @param name            {@code IFLA_IFNAME}
 * @param kind            {@code IFLA_INFO_KIND} ({@code veth}, {@code bridge}, …); empty for devices without one ({@code lo}, physical)
 * @param slaveKind       {@code IFLA_INFO_SLAVE_KIND} ({@code bridge} for a bridge port)
 * @param type            {@code ifi_type}, an {@code ARPHRD_*} number (1 ether, 772 loopback)
 * @param flags           {@code ifi_flags}
 * @param operStateRaw    {@code IFLA_OPERSTATE} as sent
 * @param mtu             {@code IFLA_MTU}
 * @param macAddress      {@code IFLA_ADDRESS} as {@code "aa:bb:cc:dd:ee:ff"}, lower case; "" when absent
 * @param broadcast       {@code IFLA_BROADCAST} in the same form; "" when absent
 * @param masterIndex     {@code IFLA_MASTER}: the bridge or bond it is enslaved to, 0 when none
 * @param linkIndex       {@code IFLA_LINK}: a veth's peer or a macvlan's parent, 0 when none (may be in another namespace, see {@code linkNetnsId})
 * @param linkNetnsId     {@code IFLA_LINK_NETNSID}: the nsid of the namespace {@code linkIndex} lives in; empty when it is this one
 * @param txQueueLength   {@code IFLA_TXQLEN} ({@code qlen})
 * @param group           {@code IFLA_GROUP} (0 is {@code default})
 * @param promiscuity     {@code IFLA_PROMISCUITY}, the promiscuous-mode count
 * @param alias           {@code IFLA_IFALIAS}
 * @param stats           {@code IFLA_STATS64}
 * @param bridge          bridge options when the kind is {@code bridge}
 * @param vxlan           vxlan options when the kind is {@code vxlan}
 * @param macvlan         macvlan options when the kind is {@code macvlan}
 * @param otherAttributes every attribute not decoded into a field above, raw, in message order;
 *                        {@code IFLA_LINKINFO} is kept here too, since only part of it is decoded
 */
public record Link(int index, String name, Optional<String> kind, Optional<String> slaveKind, int type, LinkFlags flags,
                   int operStateRaw, int mtu, String macAddress, String broadcast, int masterIndex, int linkIndex,
                   Optional<Integer> linkNetnsId, int txQueueLength, int group, int promiscuity, Optional<String> alias,
                   Optional<LinkStats> stats, Optional<BridgeInfo> bridge, Optional<VxlanInfo> vxlan,
                   Optional<MacvlanInfo> macvlan, List<LinkAttribute> otherAttributes) {

    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param index {@code ifi_index}
     * @param name {@code IFLA_IFNAME}
     * @param kind {@code IFLA_INFO_KIND} ({@code veth}, {@code bridge}, …); empty for devices without one ({@code lo}, physical)
     * @param slaveKind {@code IFLA_INFO_SLAVE_KIND} ({@code bridge} for a bridge port)
     * @param type {@code ifi_type}, an {@code ARPHRD_*} number (1 ether, 772 loopback)
     * @param flags {@code ifi_flags}
     * @param operStateRaw {@code IFLA_OPERSTATE} as sent
     * @param mtu {@code IFLA_MTU}
     * @param macAddress {@code IFLA_ADDRESS} as {@code "aa:bb:cc:dd:ee:ff"}, lower case; "" when absent
     * @param broadcast {@code IFLA_BROADCAST} in the same form; "" when absent
     * @param masterIndex {@code IFLA_MASTER}: the bridge or bond it is enslaved to, 0 when none
     * @param linkIndex {@code IFLA_LINK}: a veth's peer or a macvlan's parent, 0 when none (may be in another namespace, see {@code linkNetnsId})
     * @param linkNetnsId {@code IFLA_LINK_NETNSID}: the nsid of the namespace {@code linkIndex} lives in; empty when it is this one
     * @param txQueueLength {@code IFLA_TXQLEN} ({@code qlen})
     * @param group {@code IFLA_GROUP} (0 is {@code default})
     * @param promiscuity {@code IFLA_PROMISCUITY}, the promiscuous-mode count
     * @param alias {@code IFLA_IFALIAS}
     * @param stats {@code IFLA_STATS64}
     * @param bridge bridge options when the kind is {@code bridge}
     * @param vxlan vxlan options when the kind is {@code vxlan}
     * @param macvlan macvlan options when the kind is {@code macvlan}
     * @param otherAttributes every attribute not decoded into a field above, raw, in message order; {@code IFLA_LINKINFO} is kept here too, since only part of it is decoded
     */
    public Link {
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return the operational state ({@code state UP} in {@code ip link})} */
    public OperState operState() {
        return OperState.of(operStateRaw);
    }

    /** {@return whether the link is administratively up ({@code IFF_UP})} */
    public boolean isUp() {
        return flags.isUp();
    }

    /** A short form like {@code ip -o link}: {@code "3: veth-red@if2 <BROADCAST,MULTICAST> mtu 1500 ..."}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(index).append(": ").append(name);
        if (linkIndex != 0) {
            sb.append("@if").append(linkIndex);
        }
        sb.append(' ').append(flags).append(" mtu ").append(mtu);
        if (masterIndex != 0) {
            sb.append(" master ").append(masterIndex);
        }
        sb.append(" state ").append(operState()).append(" group ").append(group);
        kind.ifPresent(k -> sb.append(" kind ").append(k));
        if (!macAddress.isEmpty()) {
            sb.append(" link/").append(macAddress);
        }
        return sb.toString();
    }
}
