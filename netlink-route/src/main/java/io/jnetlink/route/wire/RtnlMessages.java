package io.jnetlink.route.wire;

import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.core.message.MessageFamily;
import io.jnetlink.core.message.Netlink;

/**
 * The rtnetlink message types ({@code RTM_*} of {@code <linux/rtnetlink.h>}) and their fixed
 * headers, for the tracer ({@code -Djnetlink.trace=true}) and errors: core knows no family, this
 * module tells it. Registered by {@link #register()}, which {@code Rtnl} and the route facades call
 * from their static initializers.
 */
public final class RtnlMessages implements MessageFamily {
    private static final RtnlMessages INSTANCE = new RtnlMessages();
    private static final int RTM_BASE = 16; // RTM_BASE
    /**
     * Fixed header per group of four types from RTM_BASE: ifinfomsg 16 (link), ifaddrmsg 8 (addr),
     * rtmsg 12 (route), ndmsg 12 (neigh), fib_rule_hdr 12 (rule), tcmsg 20 (qdisc, tclass, tfilter).
     */
    private static final int[] RTM_HEADERS = {16, 8, 12, 12, 12, 20, 20, 20};

    private RtnlMessages() {
    }

    /** Registers the rtnetlink names and header lengths with {@link MessageFamilies} (idempotent). */
    public static void register() {
        MessageFamilies.register(INSTANCE);
    }

    /**
     * Names an rtnetlink message type.
     *
     * @param type {@code nlmsg_type}
     * @return e.g. {@code RTM_NEWROUTE}, or null for a type {@code <linux/rtnetlink.h>} does not define
     */
    public static String name(int type) {
        return INSTANCE.typeName(type);
    }

    @Override
    public int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public String typeName(int type) {
        return switch (type) {
            case 16 -> "RTM_NEWLINK";
            case 17 -> "RTM_DELLINK";
            case 18 -> "RTM_GETLINK";
            case 19 -> "RTM_SETLINK";
            case 20 -> "RTM_NEWADDR";
            case 21 -> "RTM_DELADDR";
            case 22 -> "RTM_GETADDR";
            case 24 -> "RTM_NEWROUTE";
            case 25 -> "RTM_DELROUTE";
            case 26 -> "RTM_GETROUTE";
            case 28 -> "RTM_NEWNEIGH";
            case 29 -> "RTM_DELNEIGH";
            case 30 -> "RTM_GETNEIGH";
            case 32 -> "RTM_NEWRULE";
            case 33 -> "RTM_DELRULE";
            case 34 -> "RTM_GETRULE";
            case 36 -> "RTM_NEWQDISC";
            case 37 -> "RTM_DELQDISC";
            case 38 -> "RTM_GETQDISC";
            case 40 -> "RTM_NEWTCLASS";
            case 41 -> "RTM_DELTCLASS";
            case 42 -> "RTM_GETTCLASS";
            case 44 -> "RTM_NEWTFILTER";
            case 45 -> "RTM_DELTFILTER";
            case 46 -> "RTM_GETTFILTER";
            case 48 -> "RTM_NEWACTION";
            case 49 -> "RTM_DELACTION";
            case 50 -> "RTM_GETACTION";
            case 52 -> "RTM_NEWPREFIX";
            case 58 -> "RTM_GETMULTICAST";
            case 62 -> "RTM_GETANYCAST";
            case 64 -> "RTM_NEWNEIGHTBL";
            case 66 -> "RTM_GETNEIGHTBL";
            case 67 -> "RTM_SETNEIGHTBL";
            case 68 -> "RTM_NEWNDUSEROPT";
            case 72 -> "RTM_NEWADDRLABEL";
            case 73 -> "RTM_DELADDRLABEL";
            case 74 -> "RTM_GETADDRLABEL";
            case 78 -> "RTM_GETDCB";
            case 79 -> "RTM_SETDCB";
            case 80 -> "RTM_NEWNETCONF";
            case 81 -> "RTM_DELNETCONF";
            case 82 -> "RTM_GETNETCONF";
            case 84 -> "RTM_NEWMDB";
            case 85 -> "RTM_DELMDB";
            case 86 -> "RTM_GETMDB";
            case 88 -> "RTM_NEWNSID";
            case 89 -> "RTM_DELNSID";
            case 90 -> "RTM_GETNSID";
            case 92 -> "RTM_NEWSTATS";
            case 94 -> "RTM_GETSTATS";
            case 95 -> "RTM_SETSTATS";
            case 96 -> "RTM_NEWCACHEREPORT";
            case 100 -> "RTM_NEWCHAIN";
            case 101 -> "RTM_DELCHAIN";
            case 102 -> "RTM_GETCHAIN";
            case 104 -> "RTM_NEWNEXTHOP";
            case 105 -> "RTM_DELNEXTHOP";
            case 106 -> "RTM_GETNEXTHOP";
            case 108 -> "RTM_NEWLINKPROP";
            case 109 -> "RTM_DELLINKPROP";
            case 110 -> "RTM_GETLINKPROP";
            case 112 -> "RTM_NEWVLAN";
            case 113 -> "RTM_DELVLAN";
            case 114 -> "RTM_GETVLAN";
            case 116 -> "RTM_NEWNEXTHOPBUCKET";
            case 117 -> "RTM_DELNEXTHOPBUCKET";
            case 118 -> "RTM_GETNEXTHOPBUCKET";
            case 120 -> "RTM_NEWTUNNEL";
            case 121 -> "RTM_DELTUNNEL";
            case 122 -> "RTM_GETTUNNEL";
            default -> null;
        };
    }

    @Override
    public int fixedHeaderLength(int type) {
        if (type < RTM_BASE) {
            return -1;
        }
        int group = (type - RTM_BASE) / 4;
        if (group < RTM_HEADERS.length) {
            return RTM_HEADERS[group];
        }
        return switch (type & ~3) {
            case 80, 88 -> 4;  // RTM_*NETCONF: struct netconfmsg; RTM_*NSID: struct rtgenmsg (NLMSG_ALIGN(1))
            case 84 -> BrPortMsg.LENGTH; // RTM_*MDB: struct br_port_msg
            case 92 -> 12;     // RTM_*STATS: struct if_stats_msg
            case 104 -> 8;     // RTM_*NEXTHOP: struct nhmsg
            default -> -1;
        };
    }
}
