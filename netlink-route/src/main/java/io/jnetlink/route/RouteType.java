package io.jnetlink.route;

/** A route's type, {@code rtm_type} ({@code RTN_*}), with {@code ip route}'s names. */
public enum RouteType {
    UNSPEC(RtMsg.RTN_UNSPEC, "none"),
    UNICAST(RtMsg.RTN_UNICAST, "unicast"),
    LOCAL(RtMsg.RTN_LOCAL, "local"),
    BROADCAST(RtMsg.RTN_BROADCAST, "broadcast"),
    ANYCAST(RtMsg.RTN_ANYCAST, "anycast"),
    MULTICAST(RtMsg.RTN_MULTICAST, "multicast"),
    BLACKHOLE(RtMsg.RTN_BLACKHOLE, "blackhole"),
    UNREACHABLE(RtMsg.RTN_UNREACHABLE, "unreachable"),
    PROHIBIT(RtMsg.RTN_PROHIBIT, "prohibit"),
    THROW(RtMsg.RTN_THROW, "throw"),
    NAT(RtMsg.RTN_NAT, "nat"),
    XRESOLVE(RtMsg.RTN_XRESOLVE, "xresolve"),
    /** A value this library does not know; the raw number is kept by {@link Route#typeRaw()}. */
    UNKNOWN(-1, "unknown");

    private final int raw;
    private final String ipName;

    RouteType(int raw, String ipName) {
        this.raw = raw;
        this.ipName = ipName;
    }

    /** The {@code RTN_*} number. */
    public int raw() {
        return raw;
    }

    /** The name {@code ip route} uses, e.g. {@code "blackhole"}. */
    public String ipName() {
        return ipName;
    }

    /** The type of an {@code RTN_*} number; {@link #UNKNOWN} for any other. */
    public static RouteType of(int raw) {
        for (RouteType t : values()) {
            if (t.raw == raw) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
