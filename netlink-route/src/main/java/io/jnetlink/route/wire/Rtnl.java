package io.jnetlink.route.wire;

import io.jnetlink.route.wire.RtnlMessages;

/**
 * rtnetlink message types and multicast groups, from {@code <linux/rtnetlink.h>}. Attribute
 * numbers live beside the family they belong to (links, addresses, routes, …).
 */
public final class Rtnl {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private Rtnl() {
    }

    /** {@code RTM_NEWLINK}. */
    public static final int RTM_NEWLINK = 16;
    /** {@code RTM_DELLINK}. */
    public static final int RTM_DELLINK = 17;
    /** {@code RTM_GETLINK}. */
    public static final int RTM_GETLINK = 18;
    /** {@code RTM_SETLINK}. */
    public static final int RTM_SETLINK = 19;
    /** {@code RTM_NEWADDR}. */
    public static final int RTM_NEWADDR = 20;
    /** {@code RTM_DELADDR}. */
    public static final int RTM_DELADDR = 21;
    /** {@code RTM_GETADDR}. */
    public static final int RTM_GETADDR = 22;
    /** {@code RTM_NEWROUTE}. */
    public static final int RTM_NEWROUTE = 24;
    /** {@code RTM_DELROUTE}. */
    public static final int RTM_DELROUTE = 25;
    /** {@code RTM_GETROUTE}. */
    public static final int RTM_GETROUTE = 26;
    /** {@code RTM_NEWNEIGH}. */
    public static final int RTM_NEWNEIGH = 28;
    /** {@code RTM_DELNEIGH}. */
    public static final int RTM_DELNEIGH = 29;
    /** {@code RTM_GETNEIGH}. */
    public static final int RTM_GETNEIGH = 30;
    /** {@code RTM_NEWRULE}. */
    public static final int RTM_NEWRULE = 32;
    /** {@code RTM_DELRULE}. */
    public static final int RTM_DELRULE = 33;
    /** {@code RTM_GETRULE}. */
    public static final int RTM_GETRULE = 34;
    /** {@code RTM_NEWNSID}. */
    public static final int RTM_NEWNSID = 88;
    /** {@code RTM_DELNSID}. */
    public static final int RTM_DELNSID = 89;
    /** {@code RTM_GETNSID}. */
    public static final int RTM_GETNSID = 90;

    // enum rtnetlink_groups (group numbers for NETLINK_ADD_MEMBERSHIP)
    /** {@code RTNLGRP_LINK}. */
    public static final int RTNLGRP_LINK = 1;
    /** {@code RTNLGRP_NEIGH}. */
    public static final int RTNLGRP_NEIGH = 3;
    /** {@code RTNLGRP_IPV4_IFADDR}. */
    public static final int RTNLGRP_IPV4_IFADDR = 5;
    /** {@code RTNLGRP_IPV4_ROUTE}. */
    public static final int RTNLGRP_IPV4_ROUTE = 7;
    /** {@code RTNLGRP_IPV4_RULE}. */
    public static final int RTNLGRP_IPV4_RULE = 8;
    /** {@code RTNLGRP_IPV6_IFADDR}. */
    public static final int RTNLGRP_IPV6_IFADDR = 9;
    /** {@code RTNLGRP_IPV6_ROUTE}. */
    public static final int RTNLGRP_IPV6_ROUTE = 11;
    /** {@code RTNLGRP_IPV6_RULE}. */
    public static final int RTNLGRP_IPV6_RULE = 19;
    /** {@code RTNLGRP_NSID}. */
    public static final int RTNLGRP_NSID = 28;

    /**
     * {@return the name of a message type for errors and logs, e.g. {@code "RTM_NEWLINK"}}
     *
     * @param type the message type
     */
    public static String typeName(int type) {
        String name = RtnlMessages.name(type);
        return name != null ? name : "RTM_" + type;
    }
}
