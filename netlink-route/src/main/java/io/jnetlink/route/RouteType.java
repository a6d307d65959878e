package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;

/** A route's type, {@code rtm_type} ({@code RTN_*}), with {@code ip route}'s names. */
public enum RouteType {
    /** {@code RTN_UNSPEC} ({@code ip route add none ...}). */
    UNSPEC(RtMsg.RTN_UNSPEC, "none"),
    /** {@code RTN_UNICAST} ({@code ip route add unicast ...}). */
    UNICAST(RtMsg.RTN_UNICAST, "unicast"),
    /** {@code RTN_LOCAL} ({@code ip route add local ...}). */
    LOCAL(RtMsg.RTN_LOCAL, "local"),
    /** {@code RTN_BROADCAST} ({@code ip route add broadcast ...}). */
    BROADCAST(RtMsg.RTN_BROADCAST, "broadcast"),
    /** {@code RTN_ANYCAST} ({@code ip route add anycast ...}). */
    ANYCAST(RtMsg.RTN_ANYCAST, "anycast"),
    /** {@code RTN_MULTICAST} ({@code ip route add multicast ...}). */
    MULTICAST(RtMsg.RTN_MULTICAST, "multicast"),
    /** {@code RTN_BLACKHOLE} ({@code ip route add blackhole ...}). */
    BLACKHOLE(RtMsg.RTN_BLACKHOLE, "blackhole"),
    /** {@code RTN_UNREACHABLE} ({@code ip route add unreachable ...}). */
    UNREACHABLE(RtMsg.RTN_UNREACHABLE, "unreachable"),
    /** {@code RTN_PROHIBIT} ({@code ip route add prohibit ...}). */
    PROHIBIT(RtMsg.RTN_PROHIBIT, "prohibit"),
    /** {@code RTN_THROW} ({@code ip route add throw ...}). */
    THROW(RtMsg.RTN_THROW, "throw"),
    /** {@code RTN_NAT} ({@code ip route add nat ...}). */
    NAT(RtMsg.RTN_NAT, "nat"),
    /** {@code RTN_XRESOLVE} ({@code ip route add xresolve ...}). */
    XRESOLVE(RtMsg.RTN_XRESOLVE, "xresolve"),
    /** A value this library does not know; the raw number is kept by {@link Route#typeRaw()}. */
    UNKNOWN(-1, "unknown");

    private final int raw;
    private final String ipName;

    RouteType(int raw, String ipName) {
        this.raw = raw;
        this.ipName = ipName;
    }

    /** {@return the {@code RTN_*} number} */
    public int raw() {
        return raw;
    }

    /** {@return the name {@code ip route} uses, e.g. {@code "blackhole"}} */
    public String ipName() {
        return ipName;
    }

    /**
     * The type of an {@code RTN_*} number; {@link #UNKNOWN} for any other.
     *
     * @param raw the {@code RTN_*} value
     * @return the route type
     */
    public static RouteType of(int raw) {
        for (RouteType t : values()) {
            if (t.raw == raw) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
