package io.jnetlink.route.wire;

/** Bridge device options ({@code IFLA_BR_*}, in {@code IFLA_INFO_DATA} of kind "bridge") from {@code <linux/if_link.h>}. */
public final class BridgeOptionAttrs {
    /** {@code IFLA_BR_FORWARD_DELAY} (u32, centiseconds). */
    public static final int FORWARD_DELAY = 1;
    /** {@code IFLA_BR_HELLO_TIME} (u32, centiseconds). */
    public static final int HELLO_TIME = 2;
    /** {@code IFLA_BR_MAX_AGE} (u32, centiseconds). */
    public static final int MAX_AGE = 3;
    /** {@code IFLA_BR_AGEING_TIME} (u32, centiseconds). */
    public static final int AGEING_TIME = 4;
    /** {@code IFLA_BR_STP_STATE} (u32). */
    public static final int STP_STATE = 5;
    /** {@code IFLA_BR_PRIORITY} (u16). */
    public static final int PRIORITY = 6;
    /** {@code IFLA_BR_VLAN_FILTERING} (u8). */
    public static final int VLAN_FILTERING = 7;
    /** {@code IFLA_BR_VLAN_PROTOCOL} (be16). */
    public static final int VLAN_PROTOCOL = 8;
    /** {@code IFLA_BR_MCAST_SNOOPING} (u8). */
    public static final int MCAST_SNOOPING = 23;
    /** {@code IFLA_BR_MCAST_QUERIER} (u8). */
    public static final int MCAST_QUERIER = 25;
    /** {@code IFLA_BR_VLAN_DEFAULT_PVID} (u16). */
    public static final int VLAN_DEFAULT_PVID = 39;

    private BridgeOptionAttrs() {
    }
}
