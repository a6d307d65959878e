package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;

/**
 * Names and fixed-header lengths of the message types {@link MessageTrace} decodes, by protocol.
 * Values from {@code <linux/netlink.h>} and {@code <linux/rtnetlink.h>}; other protocols' types
 * come from the families modules register ({@link io.jnetlink.core.message.MessageFamilies});
 * unknown types get a numeric name and no attribute decoding.
 */
final class TraceTypes {
    /** Length of the family header after nlmsghdr when it is not known: attributes are not decoded. */
    static final int UNKNOWN_HEADER = -1;

    private static final int RTM_BASE = 16; // RTM_BASE
    /**
     * Fixed header per group of four rtnetlink types from RTM_BASE: ifinfomsg 16 (link),
     * ifaddrmsg 8 (addr), rtmsg 12 (route), ndmsg 12 (neigh), fib_rule_hdr 12 (rule), tcmsg 20
     * (qdisc, tclass, tfilter); then rtgenmsg/netconfmsg NLMSG_ALIGN(1) = 4 for netconf (80..83)
     * and nsid (88..91), nhmsg 8 for nexthop (104..107).
     */
    private static final int[] RTM_HEADERS = {16, 8, 12, 12, 12, 20, 20, 20};

    private TraceTypes() {
    }

    /** Protocol name, e.g. {@code NETLINK_ROUTE}. */
    static String protocolName(int protocol) {
        return switch (protocol) {
            case Netlink.NETLINK_ROUTE -> "NETLINK_ROUTE";
            case Netlink.NETLINK_SOCK_DIAG -> "NETLINK_SOCK_DIAG";
            case Netlink.NETLINK_NETFILTER -> "NETLINK_NETFILTER";
            case Netlink.NETLINK_GENERIC -> "NETLINK_GENERIC";
            default -> "netlink protocol " + protocol;
        };
    }

    /** Message type name, e.g. {@code RTM_NEWLINK}, {@code NFT_MSG_NEWTABLE}, or {@code type=0x1234}. */
    static String typeName(int protocol, int type) {
        String registered = io.jnetlink.core.message.MessageFamilies.typeName(protocol, type);
        if (registered != null) {
            return registered;
        }
        switch (type) {
            case Netlink.NLMSG_NOOP:
                return "NLMSG_NOOP";
            case Netlink.NLMSG_ERROR:
                return "NLMSG_ERROR";
            case Netlink.NLMSG_DONE:
                return "NLMSG_DONE";
            case Netlink.NLMSG_OVERRUN:
                return "NLMSG_OVERRUN";
            default:
                break;
        }
        if (protocol == Netlink.NETLINK_ROUTE) {
            String name = rtmName(type);
            if (name != null) {
                return name;
            }
        }
        return "type=0x" + Integer.toHexString(type);
    }

    /** The rtnetlink message types of {@code <linux/rtnetlink.h>}'s enum, or null. */
    private static String rtmName(int type) {
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

    /** Length of the fixed header between nlmsghdr and the attributes, or {@link #UNKNOWN_HEADER}. */
    static int fixedHeaderLength(int protocol, int type) {
        if (type < Netlink.NLMSG_MIN_TYPE) {
            return UNKNOWN_HEADER;
        }
        int registered = io.jnetlink.core.message.MessageFamilies.fixedHeaderLength(protocol, type);
        if (registered >= 0) {
            return registered;
        }
        if (protocol == Netlink.NETLINK_ROUTE) {
            int group = (type - RTM_BASE) / 4;
            if (group < RTM_HEADERS.length) {
                return RTM_HEADERS[group];
            }
            return switch (type & ~3) {
                case 80, 88 -> 4;  // RTM_*NETCONF: struct netconfmsg; RTM_*NSID: struct rtgenmsg
                case 104 -> 8;     // RTM_*NEXTHOP: struct nhmsg
                default -> UNKNOWN_HEADER;
            };
        }
        return UNKNOWN_HEADER;
    }

    /** Names of the flag bits of a message of this type: request-kind bits depend on NEW/GET/DEL. */
    static String flagNames(String typeName, int flags) {
        StringBuilder s = new StringBuilder();
        int left = flags;
        left = flag(s, left, Netlink.NLM_F_REQUEST, "REQUEST");
        left = flag(s, left, Netlink.NLM_F_MULTI, "MULTI");
        left = flag(s, left, Netlink.NLM_F_ACK, "ACK");
        left = flag(s, left, Netlink.NLM_F_ECHO, "ECHO");
        left = flag(s, left, Netlink.NLM_F_DUMP_INTR, "DUMP_INTR");
        left = flag(s, left, Netlink.NLM_F_DUMP_FILTERED, "DUMP_FILTERED");
        if (typeName.equals("NLMSG_ERROR")) {
            left = flag(s, left, Netlink.NLM_F_CAPPED, "CAPPED");
            left = flag(s, left, Netlink.NLM_F_ACK_TLVS, "ACK_TLVS");
        } else if (typeName.contains("_GET")) {
            left = flag(s, left, Netlink.NLM_F_DUMP, "DUMP");
            left = flag(s, left, Netlink.NLM_F_ROOT, "ROOT");
            left = flag(s, left, Netlink.NLM_F_MATCH, "MATCH");
            left = flag(s, left, Netlink.NLM_F_ATOMIC, "ATOMIC");
        } else if (typeName.contains("_NEW") || typeName.contains("_SET")) {
            left = flag(s, left, Netlink.NLM_F_REPLACE, "REPLACE");
            left = flag(s, left, Netlink.NLM_F_EXCL, "EXCL");
            left = flag(s, left, Netlink.NLM_F_CREATE, "CREATE");
            left = flag(s, left, Netlink.NLM_F_APPEND, "APPEND");
        } else if (typeName.contains("_DEL")) {
            left = flag(s, left, Netlink.NLM_F_NONREC, "NONREC");
            left = flag(s, left, Netlink.NLM_F_BULK, "BULK");
        }
        if (left != 0) {
            s.append(s.length() == 0 ? "" : ",").append("0x").append(Integer.toHexString(left));
        }
        return s.toString();
    }

    private static int flag(StringBuilder s, int left, int bits, String name) {
        if ((left & bits) != bits) {
            return left;
        }
        s.append(s.length() == 0 ? "" : ",").append(name);
        return left & ~bits;
    }
}
