package io.jnetlink.route.wire;

/**
 * {@code struct ifinfomsg} ({@code <linux/rtnetlink.h>}) as the bridge requests of this package
 * fill it ({@code bridge link set}, {@code bridge vlan}, {@code ip link set … type bridge}), and
 * the link message types.
 *
 * <pre>
 *  0        1        2                 4                 8                 12                16
 *  +--------+--------+-----------------+-----------------+-----------------+-----------------+
 *  | family | pad    | type (u16)      | index (s32)     | flags (u32)     | change (u32)    |
 *  +--------+--------+-----------------+-----------------+-----------------+-----------------+
 * </pre>
 */
public final class BrIfInfoMsg {
    /** {@code sizeof(struct ifinfomsg)}. */
    public static final int LENGTH = 16;
    /** {@code ifi_family}. */
    public static final int FAMILY_OFFSET = 0;
    /** {@code ifi_index}. */
    public static final int INDEX_OFFSET = 4;
    /** {@code ifi_flags}. */
    public static final int FLAGS_OFFSET = 8;

    /** {@code RTM_NEWLINK} = 16. */
    public static final int RTM_NEWLINK = 16;
    /** {@code RTM_DELLINK} = 17. */
    public static final int RTM_DELLINK = 17;
    /** {@code RTM_GETLINK} = 18. */
    public static final int RTM_GETLINK = 18;
    /** {@code RTM_SETLINK} = 19. */
    public static final int RTM_SETLINK = 19;

    /** {@code IFLA_IFNAME}. */
    public static final int IFLA_IFNAME = 3;
    /** {@code IFLA_MASTER}. */
    public static final int IFLA_MASTER = 10;
    /** {@code IFLA_PROTINFO}: the bridge port's {@code IFLA_BRPORT_*} nest. */
    public static final int IFLA_PROTINFO = 12;
    /** {@code IFLA_LINKINFO}. */
    public static final int IFLA_LINKINFO = 18;
    /** {@code IFLA_INFO_KIND}. */
    public static final int IFLA_INFO_KIND = 1;
    /** {@code IFLA_INFO_DATA}. */
    public static final int IFLA_INFO_DATA = 2;
    /** {@code IFLA_AF_SPEC}. */
    public static final int IFLA_AF_SPEC = 26;
    /** {@code IFLA_EXT_MASK}. */
    public static final int IFLA_EXT_MASK = 29;
    /** {@code RTEXT_FILTER_BRVLAN}: dump each port's VLANs. */
    public static final int RTEXT_FILTER_BRVLAN = 1 << 1;
    /** {@code RTEXT_FILTER_BRVLAN_COMPRESSED}: as ranges. */
    public static final int RTEXT_FILTER_BRVLAN_COMPRESSED = 1 << 2;

    private BrIfInfoMsg() {
    }
}
