package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The gre, gretap, ipip and sit options.
 *
 * @param kind gre, gretap, ipip or sit
 * @param local {@code IFLA_GRE_LOCAL}/{@code IFLA_IPTUN_LOCAL}
 * @param remote {@code …_REMOTE}
 * @param ttl {@code …_TTL}
 * @param tos {@code …_TOS}
 * @param pmtudisc {@code …_PMTUDISC}
 * @param key the GRE key ({@code IFLA_GRE_IKEY} when {@code GRE_KEY} is set)
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record TunnelInfo(String kind, Optional<InetAddress> local, Optional<InetAddress> remote, int ttl, int tos, boolean pmtudisc, OptionalLong key, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param kind gre, gretap, ipip or sit
     * @param local {@code IFLA_GRE_LOCAL}/{@code IFLA_IPTUN_LOCAL}
     * @param remote {@code …_REMOTE}
     * @param ttl {@code …_TTL}
     * @param tos {@code …_TOS}
     * @param pmtudisc {@code …_PMTUDISC}
     * @param key the GRE key ({@code IFLA_GRE_IKEY} when {@code GRE_KEY} is set)
     * @param otherAttributes the attributes not decoded above
     */
    public TunnelInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }
}
