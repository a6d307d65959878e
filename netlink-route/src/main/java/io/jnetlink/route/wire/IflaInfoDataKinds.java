package io.jnetlink.route.wire;

/**
 * {@code IFLA_INFO_DATA} attributes of the link kinds of {@code io.jnetlink.route.kinds}, from
 * {@code <linux/if_link.h>} (vlan, bond, ipvlan, vrf, macvlan/macvtap, geneve, tun) and
 * {@code <linux/if_tunnel.h>} (gre, gretap, ipip, sit). Each constant quotes its macro.
 */
public final class IflaInfoDataKinds {
    /** {@code IFLA_LINK}: the parent device (top level). */
    public static final int IFLA_LINK = 5;

    /** {@code IFLA_VLAN_ID} (u16). */
    public static final int IFLA_VLAN_ID = 1;
    /** {@code IFLA_VLAN_PROTOCOL} (be16). */
    public static final int IFLA_VLAN_PROTOCOL = 5;
    /** {@code ETH_P_8021Q}. */
    public static final int ETH_P_8021Q = 0x8100;
    /** {@code ETH_P_8021AD}. */
    public static final int ETH_P_8021AD = 0x88A8;

    /** {@code IFLA_BOND_MODE} (u8). */
    public static final int IFLA_BOND_MODE = 1;
    /** {@code IFLA_BOND_ACTIVE_SLAVE} (u32). */
    public static final int IFLA_BOND_ACTIVE_SLAVE = 2;
    /** {@code IFLA_BOND_MIIMON} (u32, ms). */
    public static final int IFLA_BOND_MIIMON = 3;
    /** {@code IFLA_BOND_UPDELAY} (u32, ms). */
    public static final int IFLA_BOND_UPDELAY = 4;
    /** {@code IFLA_BOND_DOWNDELAY} (u32, ms). */
    public static final int IFLA_BOND_DOWNDELAY = 5;
    /** {@code IFLA_BOND_PRIMARY} (u32 ifindex). */
    public static final int IFLA_BOND_PRIMARY = 11;
    /** {@code IFLA_BOND_XMIT_HASH_POLICY} (u8). */
    public static final int IFLA_BOND_XMIT_HASH_POLICY = 14;
    /** {@code IFLA_BOND_MIN_LINKS} (u32). */
    public static final int IFLA_BOND_MIN_LINKS = 18;
    /** {@code IFLA_BOND_AD_LACP_RATE} (u8). */
    public static final int IFLA_BOND_AD_LACP_RATE = 21;

    /** {@code IFLA_IPVLAN_MODE} (u16). */
    public static final int IFLA_IPVLAN_MODE = 1;
    /** {@code IFLA_IPVLAN_FLAGS} (u16). */
    public static final int IFLA_IPVLAN_FLAGS = 2;

    /** {@code IFLA_VRF_TABLE} (u32). */
    public static final int IFLA_VRF_TABLE = 1;

    /** {@code IFLA_MACVLAN_MODE} (u32, {@code MACVLAN_MODE_*}). */
    public static final int IFLA_MACVLAN_MODE = 1;

    /** {@code IFLA_GENEVE_ID} (u32 VNI). */
    public static final int IFLA_GENEVE_ID = 1;
    /** {@code IFLA_GENEVE_REMOTE} (be32). */
    public static final int IFLA_GENEVE_REMOTE = 2;
    /** {@code IFLA_GENEVE_TTL} (u8). */
    public static final int IFLA_GENEVE_TTL = 3;
    /** {@code IFLA_GENEVE_TOS} (u8). */
    public static final int IFLA_GENEVE_TOS = 4;
    /** {@code IFLA_GENEVE_PORT} (be16). */
    public static final int IFLA_GENEVE_PORT = 5;
    /** {@code IFLA_GENEVE_REMOTE6} (in6_addr). */
    public static final int IFLA_GENEVE_REMOTE6 = 7;
    /** {@code IFLA_GENEVE_LABEL} (be32). */
    public static final int IFLA_GENEVE_LABEL = 11;

    /** {@code IFLA_GRE_LINK} (u32). */
    public static final int IFLA_GRE_LINK = 1;
    /** {@code IFLA_GRE_IFLAGS} (be16). */
    public static final int IFLA_GRE_IFLAGS = 2;
    /** {@code IFLA_GRE_OFLAGS} (be16). */
    public static final int IFLA_GRE_OFLAGS = 3;
    /** {@code IFLA_GRE_IKEY} (be32). */
    public static final int IFLA_GRE_IKEY = 4;
    /** {@code IFLA_GRE_OKEY} (be32). */
    public static final int IFLA_GRE_OKEY = 5;
    /** {@code IFLA_GRE_LOCAL} (be32). */
    public static final int IFLA_GRE_LOCAL = 6;
    /** {@code IFLA_GRE_REMOTE} (be32). */
    public static final int IFLA_GRE_REMOTE = 7;
    /** {@code IFLA_GRE_TTL} (u8). */
    public static final int IFLA_GRE_TTL = 8;
    /** {@code IFLA_GRE_TOS} (u8). */
    public static final int IFLA_GRE_TOS = 9;
    /** {@code IFLA_GRE_PMTUDISC} (u8). */
    public static final int IFLA_GRE_PMTUDISC = 10;
    /** {@code IFLA_GRE_ENCAP_TYPE} (u16). */
    public static final int IFLA_GRE_ENCAP_TYPE = 14;
    /** {@code IFLA_GRE_ENCAP_FLAGS} (u16). */
    public static final int IFLA_GRE_ENCAP_FLAGS = 15;
    /** {@code IFLA_GRE_ENCAP_SPORT} (be16). */
    public static final int IFLA_GRE_ENCAP_SPORT = 16;
    /** {@code IFLA_GRE_ENCAP_DPORT} (be16). */
    public static final int IFLA_GRE_ENCAP_DPORT = 17;
    /** {@code IFLA_GRE_FWMARK} (u32). */
    public static final int IFLA_GRE_FWMARK = 20;
    /** {@code GRE_KEY} ({@code __cpu_to_be16(0x2000)}): a key is present. */
    public static final int GRE_KEY = 0x2000;

    /** {@code IFLA_IPTUN_LINK} (u32). */
    public static final int IFLA_IPTUN_LINK = 1;
    /** {@code IFLA_IPTUN_LOCAL} (be32). */
    public static final int IFLA_IPTUN_LOCAL = 2;
    /** {@code IFLA_IPTUN_REMOTE} (be32). */
    public static final int IFLA_IPTUN_REMOTE = 3;
    /** {@code IFLA_IPTUN_TTL} (u8). */
    public static final int IFLA_IPTUN_TTL = 4;
    /** {@code IFLA_IPTUN_TOS} (u8). */
    public static final int IFLA_IPTUN_TOS = 5;
    /** {@code IFLA_IPTUN_FLAGS} (u16). */
    public static final int IFLA_IPTUN_FLAGS = 8;
    /** {@code IFLA_IPTUN_PROTO} (u8). */
    public static final int IFLA_IPTUN_PROTO = 9;
    /** {@code IFLA_IPTUN_PMTUDISC} (u8). */
    public static final int IFLA_IPTUN_PMTUDISC = 10;
    /** {@code IFLA_IPTUN_ENCAP_TYPE} (u16). */
    public static final int IFLA_IPTUN_ENCAP_TYPE = 15;
    /** {@code IFLA_IPTUN_ENCAP_FLAGS} (u16). */
    public static final int IFLA_IPTUN_ENCAP_FLAGS = 16;
    /** {@code IFLA_IPTUN_ENCAP_SPORT} (be16). */
    public static final int IFLA_IPTUN_ENCAP_SPORT = 17;
    /** {@code IFLA_IPTUN_ENCAP_DPORT} (be16). */
    public static final int IFLA_IPTUN_ENCAP_DPORT = 18;
    /** {@code IFLA_IPTUN_FWMARK} (u32). */
    public static final int IFLA_IPTUN_FWMARK = 20;

    /** {@code IFLA_TUN_OWNER} (u32 uid). */
    public static final int IFLA_TUN_OWNER = 1;
    /** {@code IFLA_TUN_GROUP} (u32 gid). */
    public static final int IFLA_TUN_GROUP = 2;
    /** {@code IFLA_TUN_TYPE} (u8: {@code IFF_TUN} 1, {@code IFF_TAP} 2). */
    public static final int IFLA_TUN_TYPE = 3;
    /** {@code IFLA_TUN_PI} (u8). */
    public static final int IFLA_TUN_PI = 4;
    /** {@code IFLA_TUN_VNET_HDR} (u8). */
    public static final int IFLA_TUN_VNET_HDR = 5;
    /** {@code IFLA_TUN_PERSIST} (u8). */
    public static final int IFLA_TUN_PERSIST = 6;
    /** {@code IFLA_TUN_MULTI_QUEUE} (u8). */
    public static final int IFLA_TUN_MULTI_QUEUE = 7;

    private IflaInfoDataKinds() {
    }
}
