package io.jnetlink.route.wire;

/**
 * {@code struct tcmsg} ({@code <linux/rtnetlink.h>}), the fixed header of qdisc, class and filter
 * messages, with the message types, the multicast group and the handle constants of
 * {@code <linux/pkt_sched.h>}.
 *
 * <pre>
 *  0               1               2               3
 * +---------------+---------------+-------------------------------+
 * |  tcm_family   |   tcm__pad1   |           tcm__pad2           |  0
 * +---------------+---------------+-------------------------------+
 * |                          tcm_ifindex                          |  4
 * +---------------------------------------------------------------+
 * |                          tcm_handle                           |  8
 * +---------------------------------------------------------------+
 * |                          tcm_parent                           | 12
 * +---------------------------------------------------------------+
 * |           tcm_info (filters: prio &lt;&lt; 16 | htons(protocol))      | 16
 * +---------------------------------------------------------------+
 * </pre>
 */
public final class TcMsg {
    /** {@code sizeof(struct tcmsg)}. */
    public static final int LENGTH = 20;
    /** {@code tcm_family}. */
    public static final int FAMILY_OFFSET = 0;
    /** {@code tcm_ifindex}. */
    public static final int IFINDEX_OFFSET = 4;
    /** {@code tcm_handle}. */
    public static final int HANDLE_OFFSET = 8;
    /** {@code tcm_parent}. */
    public static final int PARENT_OFFSET = 12;
    /** {@code tcm_info}. */
    public static final int INFO_OFFSET = 16;

    /** {@code RTM_NEWQDISC}. */
    public static final int RTM_NEWQDISC = 36;
    /** {@code RTM_DELQDISC}. */
    public static final int RTM_DELQDISC = 37;
    /** {@code RTM_GETQDISC}. */
    public static final int RTM_GETQDISC = 38;
    /** {@code RTM_NEWTCLASS}. */
    public static final int RTM_NEWTCLASS = 40;
    /** {@code RTM_DELTCLASS}. */
    public static final int RTM_DELTCLASS = 41;
    /** {@code RTM_GETTCLASS}. */
    public static final int RTM_GETTCLASS = 42;
    /** {@code RTM_NEWTFILTER}. */
    public static final int RTM_NEWTFILTER = 44;
    /** {@code RTM_DELTFILTER}. */
    public static final int RTM_DELTFILTER = 45;
    /** {@code RTM_GETTFILTER}. */
    public static final int RTM_GETTFILTER = 46;

    /** {@code RTNLGRP_TC}: qdisc, class and filter notifications ({@code tc monitor}). */
    public static final int RTNLGRP_TC = 4;

    /** {@code TC_H_UNSPEC}. */
    public static final int TC_H_UNSPEC = 0;
    /** {@code TC_H_ROOT (0xFFFFFFFFU)}. */
    public static final int TC_H_ROOT = 0xFFFFFFFF;
    /** {@code TC_H_INGRESS (0xFFFFFFF1U)}, also {@code TC_H_CLSACT}. */
    public static final int TC_H_INGRESS = 0xFFFFFFF1;
    /** {@code TC_H_MIN_INGRESS 0xFFF2U}. */
    public static final int TC_H_MIN_INGRESS = 0xFFF2;
    /** {@code TC_H_MIN_EGRESS 0xFFF3U}. */
    public static final int TC_H_MIN_EGRESS = 0xFFF3;
    /** {@code TC_H_MAJ_MASK (0xFFFF0000U)}. */
    public static final int TC_H_MAJ_MASK = 0xFFFF0000;
    /** {@code TC_H_MIN_MASK (0x0000FFFFU)}. */
    public static final int TC_H_MIN_MASK = 0x0000FFFF;

    /** {@code ETH_P_ALL 0x0003} ({@code <linux/if_ether.h>}). */
    public static final int ETH_P_ALL = 0x0003;
    /** {@code ETH_P_IP 0x0800}. */
    public static final int ETH_P_IP = 0x0800;
    /** {@code ETH_P_IPV6 0x86DD}. */
    public static final int ETH_P_IPV6 = 0x86DD;
    /** {@code ETH_P_ARP 0x0806}. */
    public static final int ETH_P_ARP = 0x0806;
    /** {@code ETH_P_8021Q 0x8100}. */
    public static final int ETH_P_8021Q = 0x8100;

    private TcMsg() {
    }

    /**
     * Names a qdisc, class or filter message type.
     *
     * @param type {@code nlmsg_type}
     * @return e.g. {@code "RTM_NEWQDISC"}, or {@code "type N"} for others
     */
    public static String typeName(int type) {
        return switch (type) {
            case RTM_NEWQDISC -> "RTM_NEWQDISC";
            case RTM_DELQDISC -> "RTM_DELQDISC";
            case RTM_GETQDISC -> "RTM_GETQDISC";
            case RTM_NEWTCLASS -> "RTM_NEWTCLASS";
            case RTM_DELTCLASS -> "RTM_DELTCLASS";
            case RTM_GETTCLASS -> "RTM_GETTCLASS";
            case RTM_NEWTFILTER -> "RTM_NEWTFILTER";
            case RTM_DELTFILTER -> "RTM_DELTFILTER";
            case RTM_GETTFILTER -> "RTM_GETTFILTER";
            default -> "type " + type;
        };
    }

    /**
     * {@code TC_H_MAKE(maj,min) (((maj)&TC_H_MAJ_MASK)|((min)&TC_H_MIN_MASK))}.
     *
     * @param major the major part (already shifted)
     * @param minor the minor part
     * @return the handle
     */
    public static int make(int major, int minor) {
        return (major & TC_H_MAJ_MASK) | (minor & TC_H_MIN_MASK);
    }
}
