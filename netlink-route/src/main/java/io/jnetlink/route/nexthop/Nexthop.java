package io.jnetlink.route.nexthop;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.route.wire.NhaAttrs;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A nexthop object, as one line of {@code ip nexthop show}. A copy: it stays valid after the
 * receive buffer it was read from is reused.
 *
 * @param id              {@code NHA_ID}
 * @param family          {@code nh_family} ({@code AF_INET}, {@code AF_INET6}; 0 for groups)
 * @param scope           {@code nh_scope}
 * @param protocol        {@code nh_protocol}
 * @param flags           {@code nh_flags} ({@code RTNH_F_*}: onlink, dead, linkdown)
 * @param gateway         {@code NHA_GATEWAY}
 * @param outputIndex     {@code NHA_OIF}, 0 when absent
 * @param blackhole       {@code NHA_BLACKHOLE}
 * @param fdb             {@code NHA_FDB}
 * @param group           {@code NHA_GROUP}: the members of a group, empty otherwise
 * @param groupType       {@code NHA_GROUP_TYPE}: 0 multipath, 1 resilient
 * @param resilient       {@code NHA_RES_GROUP} of a resilient group
 * @param encap           {@code NHA_ENCAP_TYPE}/{@code NHA_ENCAP}
 * @param otherAttributes every attribute not decoded above, raw, in order
 */
public record Nexthop(long id, int family, int scope, int protocol, int flags, Optional<InetAddress> gateway,
                      int outputIndex, boolean blackhole, boolean fdb, List<GroupMember> group, int groupType,
                      Optional<ResilientGroup> resilient, Optional<Encap> encap, List<RawAttribute> otherAttributes) {
    /**
     * Checks for nulls and keeps unmodifiable copies of the lists.
     *
     * @param id {@code NHA_ID}
     * @param family {@code nh_family}
     * @param scope {@code nh_scope}
     * @param protocol {@code nh_protocol}
     * @param flags {@code nh_flags}
     * @param gateway {@code NHA_GATEWAY}
     * @param outputIndex {@code NHA_OIF}
     * @param blackhole {@code NHA_BLACKHOLE}
     * @param fdb {@code NHA_FDB}
     * @param group {@code NHA_GROUP}
     * @param groupType {@code NHA_GROUP_TYPE}
     * @param resilient {@code NHA_RES_GROUP}
     * @param encap {@code NHA_ENCAP}
     * @param otherAttributes every attribute not decoded above
     */
    public Nexthop {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(resilient, "resilient");
        Objects.requireNonNull(encap, "encap");
        group = List.copyOf(group);
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return whether this is a group ({@code NHA_GROUP})} */
    public boolean isGroup() {
        return !group.isEmpty();
    }

    /** {@return whether this is a resilient group ({@code type resilient})} */
    public boolean isResilient() {
        return groupType == NhaAttrs.NEXTHOP_GRP_TYPE_RES;
    }

    /** {@return whether {@code RTNH_F_ONLINK} is set} */
    public boolean isOnLink() {
        return (flags & RtMsg.RTNH_F_ONLINK) != 0;
    }

    /** Like {@code ip nexthop}: {@code "id 1 via 10.0.0.1 dev#3"}, {@code "id 5 group 1/4,5"}, {@code "id 2 blackhole"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("id ").append(id);
        if (isGroup()) {
            sb.append(" group ");
            for (int i = 0; i < group.size(); i++) {
                sb.append(i == 0 ? "" : "/").append(group.get(i));
            }
            if (isResilient()) {
                sb.append(" type resilient");
            }
        }
        encap.ifPresent(e -> sb.append(' ').append(e));
        gateway.ifPresent(g -> sb.append(" via ").append(IpAddresses.format(g)));
        if (outputIndex != 0) {
            sb.append(" dev#").append(outputIndex);
        }
        if (blackhole) {
            sb.append(" blackhole");
        }
        if (fdb) {
            sb.append(" fdb");
        }
        if (isOnLink()) {
            sb.append(" onlink");
        }
        return sb.toString();
    }
}
