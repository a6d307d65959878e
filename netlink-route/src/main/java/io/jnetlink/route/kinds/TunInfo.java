package io.jnetlink.route.kinds;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.OptionalLong;

/**
 * The tun/tap options.
 *
 * @param type {@code IFLA_TUN_TYPE} (1 tun, 2 tap)
 * @param owner {@code IFLA_TUN_OWNER}
 * @param group {@code IFLA_TUN_GROUP}
 * @param persist {@code IFLA_TUN_PERSIST}
 * @param multiQueue {@code IFLA_TUN_MULTI_QUEUE}
 * @param otherAttributes the {@code IFLA_INFO_DATA} attributes not decoded above, raw
 */
public record TunInfo(int type, OptionalLong owner, OptionalLong group, boolean persist, boolean multiQueue, List<RawAttribute> otherAttributes) implements KindInfo {
    /**
     * Keeps an unmodifiable copy of the list.
     *
     * @param type {@code IFLA_TUN_TYPE} (1 tun, 2 tap)
     * @param owner {@code IFLA_TUN_OWNER}
     * @param group {@code IFLA_TUN_GROUP}
     * @param persist {@code IFLA_TUN_PERSIST}
     * @param multiQueue {@code IFLA_TUN_MULTI_QUEUE}
     * @param otherAttributes the attributes not decoded above
     */
    public TunInfo {
        otherAttributes = List.copyOf(otherAttributes);
    }

    @Override
    public String kind() {
        return "tun";
    }
}
