package io.jnetlink.route;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * One next hop of a multipath route ({@code struct rtnexthop} in {@code RTA_MULTIPATH}), as
 * {@code ip route} prints {@code nexthop via ADDR dev NAME weight N}.
 *
 * @param gateway {@code RTA_GATEWAY} inside the next hop
 * @param index   {@code rtnh_ifindex}: the output interface
 * @param weight  {@code rtnh_hops + 1}, 1..256
 * @param flags   {@code rtnh_flags} ({@code RTNH_F_*}, e.g. {@code RTNH_F_ONLINK} = 4)
 */
public record NextHop(Optional<InetAddress> gateway, int index, int weight, int flags) {
    /**
     * The canonical constructor: checks that {@code gateway} is not null.
     *
     * @param gateway {@code RTA_GATEWAY} inside the next hop
     * @param index {@code rtnh_ifindex}: the output interface
     * @param weight {@code rtnh_hops + 1}, 1..256
     * @param flags {@code rtnh_flags} ({@code RTNH_F_*}, e.g. {@code RTNH_F_ONLINK} = 4)
     */
    public NextHop {
        Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public String toString() {
        return "nexthop" + gateway.map(g -> " via " + RtnlInet.text(g)).orElse("") + " dev#" + index + " weight " + weight;
    }
}
