package io.jnetlink.route;

/**
 * Link attribute numbers from the kernel UAPI headers {@code <linux/if_link.h>},
 * {@code <linux/veth.h>} and {@code <linux/if.h>}; the macro name is beside each. Only the
 * attributes the library writes or decodes are named; others are kept raw by the decoder.
 */
public final class IfLink {
    private IfLink() {
    }

    // enum { IFLA_* } in <linux/if_link.h>
    public static final int IFLA_ADDRESS = 1;            // IFLA_ADDRESS: hardware address
    public static final int IFLA_BROADCAST = 2;          // IFLA_BROADCAST
    public static final int IFLA_IFNAME = 3;             // IFLA_IFNAME: string
    public static final int IFLA_MTU = 4;                // IFLA_MTU: u32
    public static final int IFLA_LINK = 5;               // IFLA_LINK: u32 ifindex (peer / parent)
    public static final int IFLA_QDISC = 6;              // IFLA_QDISC: string
    public static final int IFLA_STATS = 7;              // IFLA_STATS: struct rtnl_link_stats
    public static final int IFLA_MASTER = 10;            // IFLA_MASTER: u32 ifindex
    public static final int IFLA_TXQLEN = 13;            // IFLA_TXQLEN: u32
    public static final int IFLA_OPERSTATE = 16;         // IFLA_OPERSTATE: u8 IF_OPER_*
    public static final int IFLA_LINKMODE = 17;          // IFLA_LINKMODE: u8
    public static final int IFLA_LINKINFO = 18;          // IFLA_LINKINFO: nest of IFLA_INFO_*
    public static final int IFLA_NET_NS_PID = 19;        // IFLA_NET_NS_PID: u32 pid
    public static final int IFLA_IFALIAS = 20;           // IFLA_IFALIAS: string
    public static final int IFLA_STATS64 = 23;           // IFLA_STATS64: struct rtnl_link_stats64
    public static final int IFLA_GROUP = 27;             // IFLA_GROUP: u32
    public static final int IFLA_NET_NS_FD = 28;         // IFLA_NET_NS_FD: u32 fd
    public static final int IFLA_EXT_MASK = 29;          // IFLA_EXT_MASK: u32 RTEXT_FILTER_*
    public static final int IFLA_PROMISCUITY = 30;       // IFLA_PROMISCUITY: u32 count
    public static final int IFLA_NUM_TX_QUEUES = 31;     // IFLA_NUM_TX_QUEUES
    public static final int IFLA_NUM_RX_QUEUES = 32;     // IFLA_NUM_RX_QUEUES
    public static final int IFLA_CARRIER = 33;           // IFLA_CARRIER: u8
    public static final int IFLA_LINK_NETNSID = 37;      // IFLA_LINK_NETNSID: s32
    public static final int IFLA_MIN_MTU = 50;           // IFLA_MIN_MTU: u32
    public static final int IFLA_MAX_MTU = 51;           // IFLA_MAX_MTU: u32
    /** Attribute types below this are indexed directly by {@link LinkView} ({@code IFLA_MAX} is 61 in 6.x headers; newer kernels send more). */
    static final int IFLA_VIEW_LIMIT = 128;

    // enum { IFLA_INFO_* }
    public static final int IFLA_INFO_KIND = 1;          // IFLA_INFO_KIND: string
    public static final int IFLA_INFO_DATA = 2;          // IFLA_INFO_DATA: nest, per kind
    public static final int IFLA_INFO_SLAVE_KIND = 4;    // IFLA_INFO_SLAVE_KIND: string

    // <linux/veth.h>
    public static final int VETH_INFO_PEER = 1;          // VETH_INFO_PEER: struct ifinfomsg + IFLA_*

    // enum { IFLA_BR_* }
    public static final int IFLA_BR_FORWARD_DELAY = 1;   // IFLA_BR_FORWARD_DELAY: u32 clock_t (1/100 s)
    public static final int IFLA_BR_HELLO_TIME = 2;      // IFLA_BR_HELLO_TIME: u32 clock_t
    public static final int IFLA_BR_MAX_AGE = 3;         // IFLA_BR_MAX_AGE: u32 clock_t
    public static final int IFLA_BR_AGEING_TIME = 4;     // IFLA_BR_AGEING_TIME: u32 clock_t
    public static final int IFLA_BR_STP_STATE = 5;       // IFLA_BR_STP_STATE: u32
    public static final int IFLA_BR_PRIORITY = 6;        // IFLA_BR_PRIORITY: u16
    public static final int IFLA_BR_VLAN_FILTERING = 7;  // IFLA_BR_VLAN_FILTERING: u8

    // enum { IFLA_VXLAN_* }
    public static final int IFLA_VXLAN_ID = 1;           // IFLA_VXLAN_ID: u32 VNI
    public static final int IFLA_VXLAN_GROUP = 2;        // IFLA_VXLAN_GROUP: in_addr, remote or group
    public static final int IFLA_VXLAN_LINK = 3;         // IFLA_VXLAN_LINK: u32 ifindex
    public static final int IFLA_VXLAN_LOCAL = 4;        // IFLA_VXLAN_LOCAL: in_addr
    public static final int IFLA_VXLAN_TTL = 5;          // IFLA_VXLAN_TTL: u8
    public static final int IFLA_VXLAN_LEARNING = 7;     // IFLA_VXLAN_LEARNING: u8
    public static final int IFLA_VXLAN_AGEING = 8;       // IFLA_VXLAN_AGEING: u32 seconds
    public static final int IFLA_VXLAN_PORT = 15;        // IFLA_VXLAN_PORT: be16 destination port
    public static final int IFLA_VXLAN_GROUP6 = 16;      // IFLA_VXLAN_GROUP6: in6_addr
    public static final int IFLA_VXLAN_LOCAL6 = 17;      // IFLA_VXLAN_LOCAL6: in6_addr

    // enum { IFLA_MACVLAN_* } and enum macvlan_mode
    public static final int IFLA_MACVLAN_MODE = 1;       // IFLA_MACVLAN_MODE: u32 MACVLAN_MODE_*
    public static final int IFLA_MACVLAN_FLAGS = 2;      // IFLA_MACVLAN_FLAGS: u16

    // <linux/rtnetlink.h>
    public static final int RTEXT_FILTER_VF = 1;         // RTEXT_FILTER_VF (1 << 0)
    public static final int RTEXT_FILTER_SKIP_STATS = 1 << 3; // RTEXT_FILTER_SKIP_STATS

    // <linux/if.h> IFNAMSIZ, IFALIASZ
    public static final int IFNAMSIZ = 16;               // IFNAMSIZ
    public static final int IFALIASZ = 256;              // IFALIASZ

    // <linux/if_arp.h>
    public static final int ARPHRD_ETHER = 1;            // ARPHRD_ETHER
    public static final int ARPHRD_LOOPBACK = 772;       // ARPHRD_LOOPBACK
}
