/**
 * jnetlink generic: generic netlink ({@code NETLINK_GENERIC}) - family and multicast-group
 * resolution through nlctrl ({@code genl ctrl list}), ethtool over netlink ({@code ethtool},
 * {@code ethtool -k/-K/-l/-L/-g/-G}), the MPTCP path manager ({@code ip mptcp endpoint/limits})
 * and wireguard device configuration ({@code wg set/show}).
 */
module io.jnetlink.generic {
    requires transitive io.jnetlink.core;

    exports io.jnetlink.generic;
    exports io.jnetlink.generic.ethtool;
    exports io.jnetlink.generic.mptcp;
    exports io.jnetlink.generic.wireguard;
}
