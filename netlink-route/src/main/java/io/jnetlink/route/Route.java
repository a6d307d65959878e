package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.route.nexthop.Encap;
import io.jnetlink.route.nexthop.RawEncap;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A route, as one entry of {@code ip route show}. A copy: it stays valid after the receive buffer
 * it was read from is reused.
 *
 * @param family          {@code AF_INET} (2) or {@code AF_INET6} (10)
 * @param destination     {@code RTA_DST}; 0.0.0.0 (or ::) for the default route, never null
 * @param prefixLength    {@code rtm_dst_len}
 * @param gateway         {@code RTA_GATEWAY}
 * @param outputIndex     {@code RTA_OIF}, 0 when none
 * @param table           {@code RTA_TABLE} (or {@code rtm_table}), e.g. {@link RouteTable#MAIN}
 * @param protocol        {@code rtm_protocol} ({@code RTPROT_*})
 * @param scope           {@code rtm_scope} ({@code RT_SCOPE_*})
 * @param typeRaw         {@code rtm_type} ({@code RTN_*}); see {@link #type()}
 * @param flags           {@code rtm_flags} ({@code RTNH_F_*}, {@code RTM_F_*})
 * @param metric          {@code RTA_PRIORITY}, 0 when absent
 * @param preferredSource {@code RTA_PREFSRC} ({@code src ADDR})
 * @param mtu             {@code RTAX_MTU} in {@code RTA_METRICS}, 0 when none
 * @param nextHops        {@code RTA_MULTIPATH}, empty for a single-path route
 * @param nexthopId       {@code RTA_NH_ID} ({@code nhid ID}), 0 when none
 * @param encap           {@code RTA_ENCAP_TYPE}/{@code RTA_ENCAP} ({@code encap seg6|mpls …}; other types as
 *                        {@link RawEncap}), empty when none
 * @param otherAttributes the attributes not modelled above (e.g. {@code RTA_PREF}, {@code RTA_CACHEINFO}), and
 *                        the whole {@code RTA_METRICS}, as they came: written back with
 *                        {@link RawAttribute#writeTo} they are byte-exact
 */
public record Route(int family, InetAddress destination, int prefixLength, Optional<InetAddress> gateway,
                    int outputIndex, int table, int protocol, int scope, int typeRaw, int flags, long metric,
                    Optional<InetAddress> preferredSource, int mtu, List<NextHop> nextHops, long nexthopId,
                    Optional<Encap> encap, List<RawAttribute> otherAttributes) {
    /**
     * The canonical constructor: checks that {@code destination}, {@code gateway}, {@code preferredSource} are not null and keeps unmodifiable copies of the lists.
     *
     * @param family {@code AF_INET} (2) or {@code AF_INET6} (10)
     * @param destination {@code RTA_DST}; 0.0.0.0 (or ::) for the default route, never null
     * @param prefixLength {@code rtm_dst_len}
     * @param gateway {@code RTA_GATEWAY}
     * @param outputIndex {@code RTA_OIF}, 0 when none
     * @param table {@code RTA_TABLE} (or {@code rtm_table}), e.g. {@link RouteTable#MAIN}
     * @param protocol {@code rtm_protocol} ({@code RTPROT_*})
     * @param scope {@code rtm_scope} ({@code RT_SCOPE_*})
     * @param typeRaw {@code rtm_type} ({@code RTN_*}); see {@link #type()}
     * @param flags {@code rtm_flags} ({@code RTNH_F_*}, {@code RTM_F_*})
     * @param metric {@code RTA_PRIORITY}, 0 when absent
     * @param preferredSource {@code RTA_PREFSRC} ({@code src ADDR})
     * @param mtu {@code RTAX_MTU} in {@code RTA_METRICS}, 0 when none
     * @param nextHops {@code RTA_MULTIPATH}, empty for a single-path route
     * @param nexthopId {@code RTA_NH_ID} ({@code nhid ID}), 0 when none
     * @param encap {@code RTA_ENCAP_TYPE}/{@code RTA_ENCAP}, empty when none
     * @param otherAttributes the attributes not modelled above, as they came
     */
    public Route {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(preferredSource, "preferredSource");
        Objects.requireNonNull(encap, "encap");
        nextHops = List.copyOf(nextHops);
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * A route without attributes beyond the modelled ones (the constructor before {@code otherAttributes}).
     *
     * @param family {@code AF_INET} (2) or {@code AF_INET6} (10)
     * @param destination {@code RTA_DST}; 0.0.0.0 (or ::) for the default route, never null
     * @param prefixLength {@code rtm_dst_len}
     * @param gateway {@code RTA_GATEWAY}
     * @param outputIndex {@code RTA_OIF}, 0 when none
     * @param table {@code RTA_TABLE} (or {@code rtm_table})
     * @param protocol {@code rtm_protocol} ({@code RTPROT_*})
     * @param scope {@code rtm_scope} ({@code RT_SCOPE_*})
     * @param typeRaw {@code rtm_type} ({@code RTN_*})
     * @param flags {@code rtm_flags}
     * @param metric {@code RTA_PRIORITY}, 0 when absent
     * @param preferredSource {@code RTA_PREFSRC}
     * @param mtu {@code RTAX_MTU} in {@code RTA_METRICS}, 0 when none
     * @param nextHops {@code RTA_MULTIPATH}, empty for a single-path route
     * @param nexthopId {@code RTA_NH_ID} ({@code nhid ID}), 0 when none
     * @param encap {@code RTA_ENCAP_TYPE}/{@code RTA_ENCAP}, empty when none
     */
    public Route(int family, InetAddress destination, int prefixLength, Optional<InetAddress> gateway, int outputIndex,
                 int table, int protocol, int scope, int typeRaw, int flags, long metric,
                 Optional<InetAddress> preferredSource, int mtu, List<NextHop> nextHops, long nexthopId,
                 Optional<Encap> encap) {
        this(family, destination, prefixLength, gateway, outputIndex, table, protocol, scope, typeRaw, flags, metric,
                preferredSource, mtu, nextHops, nexthopId, encap, List.of());
    }

    /**
     * A route without nexthop object or encapsulation (the constructor before {@code nhid} and {@code encap}).
     *
     * @param family {@code AF_INET} (2) or {@code AF_INET6} (10)
     * @param destination {@code RTA_DST}; 0.0.0.0 (or ::) for the default route, never null
     * @param prefixLength {@code rtm_dst_len}
     * @param gateway {@code RTA_GATEWAY}
     * @param outputIndex {@code RTA_OIF}, 0 when none
     * @param table {@code RTA_TABLE} (or {@code rtm_table})
     * @param protocol {@code rtm_protocol} ({@code RTPROT_*})
     * @param scope {@code rtm_scope} ({@code RT_SCOPE_*})
     * @param typeRaw {@code rtm_type} ({@code RTN_*})
     * @param flags {@code rtm_flags}
     * @param metric {@code RTA_PRIORITY}, 0 when absent
     * @param preferredSource {@code RTA_PREFSRC}
     * @param mtu {@code RTAX_MTU} in {@code RTA_METRICS}, 0 when none
     * @param nextHops {@code RTA_MULTIPATH}, empty for a single-path route
     */
    public Route(int family, InetAddress destination, int prefixLength, Optional<InetAddress> gateway, int outputIndex,
                 int table, int protocol, int scope, int typeRaw, int flags, long metric,
                 Optional<InetAddress> preferredSource, int mtu, List<NextHop> nextHops) {
        this(family, destination, prefixLength, gateway, outputIndex, table, protocol, scope, typeRaw, flags, metric,
                preferredSource, mtu, nextHops, 0, Optional.empty(), List.of());
    }

    /**
     * {@return this route with {@code others} as its unmodelled attributes}
     *
     * @param others the attributes to keep instead of {@link #otherAttributes()}
     */
    public Route withOtherAttributes(List<RawAttribute> others) {
        return new Route(family, destination, prefixLength, gateway, outputIndex, table, protocol, scope, typeRaw, flags,
                metric, preferredSource, mtu, nextHops, nexthopId, encap, others);
    }

    /** {@return {@code rtm_type} as a {@link RouteType} ({@link RouteType#UNKNOWN} for numbers it does not know)} */
    public RouteType type() {
        return RouteType.of(typeRaw);
    }

    /** {@return the destination prefix, e.g. {@code 192.168.1.0/24}, {@code 0.0.0.0/0} for the default route} */
    public IpPrefix prefix() {
        return new IpPrefix(destination, prefixLength);
    }

    /** {@return whether this is a default route (prefix length 0)} */
    public boolean isDefault() {
        return prefixLength == 0;
    }

    /** {@return whether {@code RTNH_F_ONLINK} is set} */
    public boolean isOnLink() {
        return (flags & RtMsg.RTNH_F_ONLINK) != 0;
    }

    /** Like {@code ip route}: {@code "192.168.1.0/24 via 192.168.15.5 dev#3 table 254"}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (typeRaw != RtMsg.RTN_UNICAST) {
            s.append(type() == RouteType.UNKNOWN ? "type " + typeRaw : type().ipName()).append(' ');
        }
        s.append(isDefault() ? "default" : RtnlInet.text(destination) + "/" + prefixLength);
        gateway.ifPresent(g -> s.append(" via ")
                .append(IpAddresses.family(g) != family ? "inet6 " : "").append(RtnlInet.text(g)));
        if (outputIndex != 0) {
            s.append(" dev#").append(outputIndex);
        }
        s.append(" table ").append(table);
        if (metric != 0) {
            s.append(" metric ").append(metric);
        }
        if (nexthopId != 0) {
            s.append(" nhid ").append(nexthopId);
        }
        encap.ifPresent(e -> s.append(" encap ").append(e));
        for (NextHop h : nextHops) {
            s.append(' ').append(h);
        }
        return s.toString();
    }
}
