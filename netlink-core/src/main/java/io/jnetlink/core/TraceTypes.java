package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;

/**
 * Names and fixed-header lengths of the message types {@link MessageTrace} decodes, by protocol.
 * Values from {@code <linux/netlink.h>}; every family's types (rtnetlink, nfnetlink, …) come from
 * the families modules register ({@link io.jnetlink.core.message.MessageFamilies}), core knows none;
 * unknown types get a numeric name and no attribute decoding.
 */
final class TraceTypes {
    /** Length of the family header after nlmsghdr when it is not known: attributes are not decoded. */
    static final int UNKNOWN_HEADER = -1;

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
        return "type=0x" + Integer.toHexString(type);
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
