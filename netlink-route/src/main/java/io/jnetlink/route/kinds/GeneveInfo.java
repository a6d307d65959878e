package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The geneve options.
 *
 * @param id {@code IFLA_GENEVE_ID}
 * @param remote {@code IFLA_GENEVE_REMOTE}/{@code REMOTE6}
 * @param ttl {@code IFLA_GENEVE_TTL}
 * @param tos {@code IFLA_GENEVE_TOS}
 * @param port {@code IFLA_GENEVE_PORT}
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record GeneveInfo(long id, Optional<InetAddress> remote, int ttl, int tos, int port, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param id {@code IFLA_GENEVE_ID}
     * @param remote {@code IFLA_GENEVE_REMOTE}/{@code REMOTE6}
     * @param ttl {@code IFLA_GENEVE_TTL}
     * @param tos {@code IFLA_GENEVE_TOS}
     * @param port {@code IFLA_GENEVE_PORT}
     * @param otherAttributes the attributes not decoded above
     */
    public GeneveInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }

    @Override
    public String kind() {
        return "geneve";
    }
}
