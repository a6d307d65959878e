package io.jnetlink.route.wire;

/** Bridge port attributes ({@code IFLA_BRPORT_*}, in {@code IFLA_PROTINFO}) from {@code <linux/if_link.h>}. */
public final class BrPortAttrs {
    /** {@code IFLA_BRPORT_STATE} (u8, {@code BR_STATE_*}). */
    public static final int STATE = 1;
    /** {@code IFLA_BRPORT_PRIORITY} (u16). */
    public static final int PRIORITY = 2;
    /** {@code IFLA_BRPORT_COST} (u32). */
    public static final int COST = 3;
    /** {@code IFLA_BRPORT_MODE} (u8): hairpin. */
    public static final int MODE = 4;
    /** {@code IFLA_BRPORT_GUARD} (u8): BPDU guard. */
    public static final int GUARD = 5;
    /** {@code IFLA_BRPORT_PROTECT} (u8): root block. */
    public static final int PROTECT = 6;
    /** {@code IFLA_BRPORT_FAST_LEAVE} (u8). */
    public static final int FAST_LEAVE = 7;
    /** {@code IFLA_BRPORT_LEARNING} (u8). */
    public static final int LEARNING = 8;
    /** {@code IFLA_BRPORT_UNICAST_FLOOD} (u8): {@code flood}. */
    public static final int UNICAST_FLOOD = 9;
    /** {@code IFLA_BRPORT_PROXYARP} (u8). */
    public static final int PROXYARP = 10;
    /** {@code IFLA_BRPORT_MULTICAST_ROUTER} (u8). */
    public static final int MULTICAST_ROUTER = 25;
    /** {@code IFLA_BRPORT_MCAST_FLOOD} (u8). */
    public static final int MCAST_FLOOD = 27;
    /** {@code IFLA_BRPORT_MCAST_TO_UCAST} (u8). */
    public static final int MCAST_TO_UCAST = 28;
    /** {@code IFLA_BRPORT_BCAST_FLOOD} (u8). */
    public static final int BCAST_FLOOD = 30;
    /** {@code IFLA_BRPORT_NEIGH_SUPPRESS} (u8). */
    public static final int NEIGH_SUPPRESS = 32;
    /** {@code IFLA_BRPORT_ISOLATED} (u8). */
    public static final int ISOLATED = 33;
    /** {@code IFLA_BRPORT_LOCKED} (u8). */
    public static final int LOCKED = 39;

    private BrPortAttrs() {
    }
}
