package io.jnetlink.route.wire;

/**
 * Layout of {@code struct ifaddrmsg}, the fixed header of address messages ({@code RTM_*ADDR}),
 * and the {@code IFA_*} attributes and flags of {@code <linux/if_addr.h>}.
 *
 * <pre>
 * +---------------+---------------+---------------+---------------+
 * | ifa_family u8 |ifa_prefixlen u8| ifa_flags u8 | ifa_scope u8  |  0
 * +---------------+---------------+---------------+---------------+
 * |                       ifa_index (u32)                         |  4
 * +---------------------------------------------------------------+
 * </pre>
 */
public final class IfAddrMsg {
    /** Length of the fixed header in bytes. */
    public static final int LENGTH = 8;
    /** Byte offset of the {@code family} field. */
    public static final int FAMILY_OFFSET = 0;
    /** Byte offset of the {@code prefixlen} field. */
    public static final int PREFIXLEN_OFFSET = 1;
    /** Byte offset of the {@code flags} field. */
    public static final int FLAGS_OFFSET = 2;
    /** Byte offset of the {@code scope} field. */
    public static final int SCOPE_OFFSET = 3;
    /** Byte offset of the {@code index} field. */
    public static final int INDEX_OFFSET = 4;

    /** {@code IFA_ADDRESS}: peer (or local) address. */
    public static final int IFA_ADDRESS = 1;
    /** {@code IFA_LOCAL}: the interface's own address. */
    public static final int IFA_LOCAL = 2;
    /** {@code IFA_LABEL}. */
    public static final int IFA_LABEL = 3;
    /** {@code IFA_BROADCAST}. */
    public static final int IFA_BROADCAST = 4;
    /** {@code IFA_ANYCAST}. */
    public static final int IFA_ANYCAST = 5;
    /** {@code IFA_CACHEINFO}: struct ifa_cacheinfo. */
    public static final int IFA_CACHEINFO = 6;
    /** {@code IFA_MULTICAST}. */
    public static final int IFA_MULTICAST = 7;
    /** {@code IFA_FLAGS}: u32, all IFA_F_* bits. */
    public static final int IFA_FLAGS = 8;
    /** {@code IFA_RT_PRIORITY}: metric of the prefix route. */
    public static final int IFA_RT_PRIORITY = 9;
    /** {@code IFA_TARGET_NETNSID}. */
    public static final int IFA_TARGET_NETNSID = 10;
    /** {@code IFA_PROTO}: u8. */
    public static final int IFA_PROTO = 11;

    /** {@code IFA_F_SECONDARY} (IFA_F_TEMPORARY). */
    public static final int IFA_F_SECONDARY = 0x01;
    /** {@code IFA_F_NODAD}. */
    public static final int IFA_F_NODAD = 0x02;
    /** {@code IFA_F_OPTIMISTIC}. */
    public static final int IFA_F_OPTIMISTIC = 0x04;
    /** {@code IFA_F_DADFAILED}. */
    public static final int IFA_F_DADFAILED = 0x08;
    /** {@code IFA_F_HOMEADDRESS}. */
    public static final int IFA_F_HOMEADDRESS = 0x10;
    /** {@code IFA_F_DEPRECATED}. */
    public static final int IFA_F_DEPRECATED = 0x20;
    /** {@code IFA_F_TENTATIVE}. */
    public static final int IFA_F_TENTATIVE = 0x40;
    /** {@code IFA_F_PERMANENT}. */
    public static final int IFA_F_PERMANENT = 0x80;
    /** {@code IFA_F_MANAGETEMPADDR}. */
    public static final int IFA_F_MANAGETEMPADDR = 0x100;
    /** {@code IFA_F_NOPREFIXROUTE}. */
    public static final int IFA_F_NOPREFIXROUTE = 0x200;
    /** {@code IFA_F_MCAUTOJOIN}. */
    public static final int IFA_F_MCAUTOJOIN = 0x400;
    /** {@code IFA_F_STABLE_PRIVACY}. */
    public static final int IFA_F_STABLE_PRIVACY = 0x800;

    /**
     * {@code struct ifa_cacheinfo}: {@code ifa_prefered}, {@code ifa_valid}, {@code cstamp},
     * {@code tstamp}, four u32 (lifetimes in seconds).
     */
    public static final int CACHEINFO_LENGTH = 16;
    /** Byte offset of the {@code cacheinfo_preferred} field. */
    public static final int CACHEINFO_PREFERRED_OFFSET = 0;
    /** Byte offset of the {@code cacheinfo_valid} field. */
    public static final int CACHEINFO_VALID_OFFSET = 4;
    /** {@code INFINITY_LIFE_TIME}: a lifetime that never ends ("forever"). */
    public static final long INFINITY_LIFE_TIME = 0xFFFFFFFFL;

    private IfAddrMsg() {
    }
}
