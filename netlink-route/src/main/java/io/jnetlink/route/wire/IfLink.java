package io.jnetlink.route.wire;

/**
 * Link attribute numbers from the kernel UAPI headers {@code <linux/if_link.h>},
 * {@code <linux/veth.h>} and {@code <linux/if.h>}; the macro name is beside each. Only the
 * attributes the library writes or decodes are named; others are kept raw by the decoder.
 */
public final class IfLink {
    private IfLink() {
    }

    // enum { IFLA_* } in <linux/if_link.h>
    /** {@code IFLA_ADDRESS}: hardware address. */
    public static final int IFLA_ADDRESS = 1;
    /** {@code IFLA_BROADCAST}. */
    public static final int IFLA_BROADCAST = 2;
    /** {@code IFLA_IFNAME}: string. */
    public static final int IFLA_IFNAME = 3;
    /** {@code IFLA_MTU}: u32. */
    public static final int IFLA_MTU = 4;
    /** {@code IFLA_LINK}: u32 ifindex (peer / parent). */
    public static final int IFLA_LINK = 5;
    /** {@code IFLA_QDISC}: string. */
    public static final int IFLA_QDISC = 6;
    /** {@code IFLA_STATS}: struct rtnl_link_stats. */
    public static final int IFLA_STATS = 7;
    /** {@code IFLA_MASTER}: u32 ifindex. */
    public static final int IFLA_MASTER = 10;
    /** {@code IFLA_TXQLEN}: u32. */
    public static final int IFLA_TXQLEN = 13;
    /** {@code IFLA_OPERSTATE}: u8 IF_OPER_*. */
    public static final int IFLA_OPERSTATE = 16;
    /** {@code IFLA_LINKMODE}: u8. */
    public static final int IFLA_LINKMODE = 17;
    /** {@code IFLA_LINKINFO}: nest of IFLA_INFO_*. */
    public static final int IFLA_LINKINFO = 18;
    /** {@code IFLA_PROTINFO}: per-protocol port options (a bridge port's {@code IFLA_BRPORT_*}). */
    public static final int IFLA_PROTINFO = 12;
    /** {@code IFLA_NET_NS_PID}: u32 pid. */
    public static final int IFLA_NET_NS_PID = 19;
    /** {@code IFLA_IFALIAS}: string. */
    public static final int IFLA_IFALIAS = 20;
    /** {@code IFLA_STATS64}: struct rtnl_link_stats64. */
    public static final int IFLA_STATS64 = 23;
    /** {@code IFLA_AF_SPEC}: nested per-family data ({@code AF_INET6} counters among them). */
    public static final int IFLA_AF_SPEC = 26;
    /** {@code IFLA_GROUP}: u32. */
    public static final int IFLA_GROUP = 27;
    /** {@code IFLA_NET_NS_FD}: u32 fd. */
    public static final int IFLA_NET_NS_FD = 28;
    /** {@code IFLA_EXT_MASK}: u32 RTEXT_FILTER_*. */
    public static final int IFLA_EXT_MASK = 29;
    /** {@code IFLA_PROMISCUITY}: u32 count. */
    public static final int IFLA_PROMISCUITY = 30;
    /** {@code IFLA_NUM_TX_QUEUES}. */
    public static final int IFLA_NUM_TX_QUEUES = 31;
    /** {@code IFLA_NUM_RX_QUEUES}. */
    public static final int IFLA_NUM_RX_QUEUES = 32;
    /** {@code IFLA_CARRIER}: u8. */
    public static final int IFLA_CARRIER = 33;
    /** {@code IFLA_LINK_NETNSID}: s32. */
    public static final int IFLA_LINK_NETNSID = 37;
    /** {@code IFLA_MIN_MTU}: u32. */
    public static final int IFLA_MIN_MTU = 50;
    /** {@code IFLA_MAX_MTU}: u32. */
    public static final int IFLA_MAX_MTU = 51;
    /** Attribute types below this are indexed directly by {@code LinkView} ({@code IFLA_MAX} is 61 in 6.x headers; newer kernels send more). */
    public static final int IFLA_VIEW_LIMIT = 128;

    // enum { IFLA_INFO_* }
    /** {@code IFLA_INFO_KIND}: string. */
    public static final int IFLA_INFO_KIND = 1;
    /** {@code IFLA_INFO_DATA}: nest, per kind. */
    public static final int IFLA_INFO_DATA = 2;
    /** {@code IFLA_INFO_SLAVE_KIND}: string. */
    public static final int IFLA_INFO_SLAVE_KIND = 4;

    // <linux/veth.h>
    /** {@code VETH_INFO_PEER}: struct ifinfomsg + IFLA_*. */
    public static final int VETH_INFO_PEER = 1;

    // enum { IFLA_BR_* }
    /** {@code IFLA_BR_FORWARD_DELAY}: u32 clock_t (1/100 s). */
    public static final int IFLA_BR_FORWARD_DELAY = 1;
    /** {@code IFLA_BR_HELLO_TIME}: u32 clock_t. */
    public static final int IFLA_BR_HELLO_TIME = 2;
    /** {@code IFLA_BR_MAX_AGE}: u32 clock_t. */
    public static final int IFLA_BR_MAX_AGE = 3;
    /** {@code IFLA_BR_AGEING_TIME}: u32 clock_t. */
    public static final int IFLA_BR_AGEING_TIME = 4;
    /** {@code IFLA_BR_STP_STATE}: u32. */
    public static final int IFLA_BR_STP_STATE = 5;
    /** {@code IFLA_BR_PRIORITY}: u16. */
    public static final int IFLA_BR_PRIORITY = 6;
    /** {@code IFLA_BR_VLAN_FILTERING}: u8. */
    public static final int IFLA_BR_VLAN_FILTERING = 7;

    // enum { IFLA_VXLAN_* }
    /** {@code IFLA_VXLAN_ID}: u32 VNI. */
    public static final int IFLA_VXLAN_ID = 1;
    /** {@code IFLA_VXLAN_GROUP}: in_addr, remote or group. */
    public static final int IFLA_VXLAN_GROUP = 2;
    /** {@code IFLA_VXLAN_LINK}: u32 ifindex. */
    public static final int IFLA_VXLAN_LINK = 3;
    /** {@code IFLA_VXLAN_LOCAL}: in_addr. */
    public static final int IFLA_VXLAN_LOCAL = 4;
    /** {@code IFLA_VXLAN_TTL}: u8. */
    public static final int IFLA_VXLAN_TTL = 5;
    /** {@code IFLA_VXLAN_LEARNING}: u8. */
    public static final int IFLA_VXLAN_LEARNING = 7;
    /** {@code IFLA_VXLAN_AGEING}: u32 seconds. */
    public static final int IFLA_VXLAN_AGEING = 8;
    /** {@code IFLA_VXLAN_PORT}: be16 destination port. */
    public static final int IFLA_VXLAN_PORT = 15;
    /** {@code IFLA_VXLAN_GROUP6}: in6_addr. */
    public static final int IFLA_VXLAN_GROUP6 = 16;
    /** {@code IFLA_VXLAN_LOCAL6}: in6_addr. */
    public static final int IFLA_VXLAN_LOCAL6 = 17;

    // enum { IFLA_MACVLAN_* } and enum macvlan_mode
    /** {@code IFLA_MACVLAN_MODE}: u32 MACVLAN_MODE_*. */
    public static final int IFLA_MACVLAN_MODE = 1;
    /** {@code IFLA_MACVLAN_FLAGS}: u16. */
    public static final int IFLA_MACVLAN_FLAGS = 2;

    // <linux/rtnetlink.h>
    /** {@code RTEXT_FILTER_VF} (1 &lt;&lt; 0). */
    public static final int RTEXT_FILTER_VF = 1;
    /** {@code RTEXT_FILTER_BRVLAN} (1 &lt;&lt; 1): a bridge port's VLANs in {@code IFLA_AF_SPEC}. */
    public static final int RTEXT_FILTER_BRVLAN = 1 << 1;
    /** {@code RTEXT_FILTER_BRVLAN_COMPRESSED} (1 &lt;&lt; 2): the same, ranges compressed. */
    public static final int RTEXT_FILTER_BRVLAN_COMPRESSED = 1 << 2;
    /** {@code RTEXT_FILTER_SKIP_STATS}. */
    public static final int RTEXT_FILTER_SKIP_STATS = 1 << 3;

    // <linux/if.h> IFNAMSIZ, IFALIASZ
    /** {@code IFNAMSIZ}. */
    public static final int IFNAMSIZ = 16;
    /** {@code IFALIASZ}. */
    public static final int IFALIASZ = 256;

    // <linux/if_arp.h>
    /** {@code ARPHRD_ETHER}. */
    public static final int ARPHRD_ETHER = 1;
    /** {@code ARPHRD_LOOPBACK}. */
    public static final int ARPHRD_LOOPBACK = 772;
}
