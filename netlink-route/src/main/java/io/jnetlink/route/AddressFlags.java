package io.jnetlink.route;

import io.jnetlink.route.wire.IfAddrMsg;

/**
 * Flag bits of an address ({@code IFA_FLAGS}, {@code ifa_flags}) as {@code ip addr} shows and takes them; test one
 * with {@link Address#hasFlag(int)}, set one with {@link AddressRequest#flag(int)}.
 */
public final class AddressFlags {
    /** {@code secondary} / {@code temporary} ({@code IFA_F_SECONDARY}). */
    public static final int SECONDARY = IfAddrMsg.IFA_F_SECONDARY;
    /** {@code nodad} ({@code IFA_F_NODAD}): no duplicate address detection. */
    public static final int NO_DAD = IfAddrMsg.IFA_F_NODAD;
    /** {@code optimistic} ({@code IFA_F_OPTIMISTIC}). */
    public static final int OPTIMISTIC = IfAddrMsg.IFA_F_OPTIMISTIC;
    /** {@code dadfailed} ({@code IFA_F_DADFAILED}). */
    public static final int DAD_FAILED = IfAddrMsg.IFA_F_DADFAILED;
    /** {@code home} ({@code IFA_F_HOMEADDRESS}): a Mobile IPv6 home address. */
    public static final int HOME_ADDRESS = IfAddrMsg.IFA_F_HOMEADDRESS;
    /** {@code deprecated} ({@code IFA_F_DEPRECATED}): the preferred lifetime has run out. */
    public static final int DEPRECATED = IfAddrMsg.IFA_F_DEPRECATED;
    /** {@code tentative} ({@code IFA_F_TENTATIVE}): duplicate address detection still running. */
    public static final int TENTATIVE = IfAddrMsg.IFA_F_TENTATIVE;
    /** {@code permanent} ({@code IFA_F_PERMANENT}): configured, not learned. */
    public static final int PERMANENT = IfAddrMsg.IFA_F_PERMANENT;
    /** {@code mngtmpaddr} ({@code IFA_F_MANAGETEMPADDR}). */
    public static final int MANAGE_TEMP_ADDRESS = IfAddrMsg.IFA_F_MANAGETEMPADDR;
    /** {@code noprefixroute} ({@code IFA_F_NOPREFIXROUTE}): no route for the prefix is added. */
    public static final int NO_PREFIX_ROUTE = IfAddrMsg.IFA_F_NOPREFIXROUTE;
    /** {@code autojoin} ({@code IFA_F_MCAUTOJOIN}). */
    public static final int AUTO_JOIN = IfAddrMsg.IFA_F_MCAUTOJOIN;
    /** {@code stable-privacy} ({@code IFA_F_STABLE_PRIVACY}). */
    public static final int STABLE_PRIVACY = IfAddrMsg.IFA_F_STABLE_PRIVACY;

    private AddressFlags() {
    }
}
