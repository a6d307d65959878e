/**
 * jnetlink route: rtnetlink ({@code NETLINK_ROUTE}) - links, addresses, routes, neighbours, policy
 * rules and their events, the operations of {@code ip link}, {@code ip address}, {@code ip route},
 * {@code ip neighbour}, {@code ip rule} and {@code ip monitor}.
 */
module io.jnetlink.route {
    requires transitive io.jnetlink.core;

    exports io.jnetlink.route;
    exports io.jnetlink.route.bridge;
    exports io.jnetlink.route.nexthop;
    exports io.jnetlink.route.nsid;
    exports io.jnetlink.route.kinds;
    exports io.jnetlink.route.stats;
    exports io.jnetlink.route.tc;
}
