package io.jnetlink.route.wire;

/**
 * {@code bridge vlan} wire: {@code IFLA_BRIDGE_*} (in {@code IFLA_AF_SPEC}) and
 * {@code struct bridge_vlan_info} from {@code <linux/if_bridge.h>}.
 *
 * <pre>
 *  0                 2                 4
 *  +-----------------+-----------------+
 *  | flags (u16)     | vid (u16)       |   struct bridge_vlan_info
 *  +-----------------+-----------------+
 * </pre>
 */
public final class BridgeVlanAttrs {
    /** {@code IFLA_BRIDGE_FLAGS} (u16, {@code BRIDGE_FLAGS_*}). */
    public static final int IFLA_BRIDGE_FLAGS = 0;
    /** {@code IFLA_BRIDGE_MODE} (u16). */
    public static final int IFLA_BRIDGE_MODE = 1;
    /** {@code IFLA_BRIDGE_VLAN_INFO}: a {@code struct bridge_vlan_info}. */
    public static final int IFLA_BRIDGE_VLAN_INFO = 2;
    /** {@code sizeof(struct bridge_vlan_info)}. */
    public static final int VLAN_INFO_LENGTH = 4;
    /** {@code flags}. */
    public static final int VLAN_INFO_FLAGS_OFFSET = 0;
    /** {@code vid}. */
    public static final int VLAN_INFO_VID_OFFSET = 2;

    /** {@code BRIDGE_FLAGS_MASTER}: the bridge's table. */
    public static final int BRIDGE_FLAGS_MASTER = 1;
    /** {@code BRIDGE_FLAGS_SELF}: the device's own. */
    public static final int BRIDGE_FLAGS_SELF = 2;

    /** {@code BRIDGE_VLAN_INFO_MASTER}. */
    public static final int BRIDGE_VLAN_INFO_MASTER = 1 << 0;
    /** {@code BRIDGE_VLAN_INFO_PVID}: ingress untagged frames get this VLAN. */
    public static final int BRIDGE_VLAN_INFO_PVID = 1 << 1;
    /** {@code BRIDGE_VLAN_INFO_UNTAGGED}: egress untagged. */
    public static final int BRIDGE_VLAN_INFO_UNTAGGED = 1 << 2;
    /** {@code BRIDGE_VLAN_INFO_RANGE_BEGIN}. */
    public static final int BRIDGE_VLAN_INFO_RANGE_BEGIN = 1 << 3;
    /** {@code BRIDGE_VLAN_INFO_RANGE_END}. */
    public static final int BRIDGE_VLAN_INFO_RANGE_END = 1 << 4;
    /** {@code BRIDGE_VLAN_INFO_BRENTRY}: the bridge device's own VLAN entry. */
    public static final int BRIDGE_VLAN_INFO_BRENTRY = 1 << 5;

    private BridgeVlanAttrs() {
    }
}
