package io.jnetlink.core.message;

/** Constants of {@code <linux/netlink.h>}: protocols, control message types, flags and socket options. */
public final class Netlink {
    private Netlink() {
    }

    // protocols
    /** {@code NETLINK_ROUTE}: Routing and device hook: links, addresses, routes, neighbours, rules (rtnetlink, {@code ip}). */
    public static final int NETLINK_ROUTE = 0;
    /** {@code NETLINK_SOCK_DIAG}: Socket monitoring ({@code ss}). */
    public static final int NETLINK_SOCK_DIAG = 4;
    /** {@code NETLINK_NETFILTER}: Netfilter subsystems: nftables, conntrack ({@code nft}, {@code conntrack}). */
    public static final int NETLINK_NETFILTER = 12;
    /** {@code NETLINK_GENERIC}: Generic netlink: families resolved by name. */
    public static final int NETLINK_GENERIC = 16;

    // control message types
    /** {@code NLMSG_NOOP}: Nothing; to be ignored. */
    public static final int NLMSG_NOOP = 0x1;
    /** {@code NLMSG_ERROR}: Error or ACK; the payload is a {@code struct nlmsgerr} ({@link NlMsgErr}). */
    public static final int NLMSG_ERROR = 0x2;
    /** {@code NLMSG_DONE}: End of a multipart (dump) reply; may carry an errno. */
    public static final int NLMSG_DONE = 0x3;
    /** {@code NLMSG_OVERRUN}: Data lost. */
    public static final int NLMSG_OVERRUN = 0x4;
    /** {@code NLMSG_MIN_TYPE}: types below this are control messages. */
    public static final int NLMSG_MIN_TYPE = 0x10;

    // flags of every message
    /** {@code NLM_F_REQUEST}: It is a request message. */
    public static final int NLM_F_REQUEST = 0x01;
    /** {@code NLM_F_MULTI}: Part of a multipart reply, ended by {@link #NLMSG_DONE}. */
    public static final int NLM_F_MULTI = 0x02;
    /** {@code NLM_F_ACK}: Reply with an ACK (or an error). */
    public static final int NLM_F_ACK = 0x04;
    /** {@code NLM_F_ECHO}: Echo this request back to the sender. */
    public static final int NLM_F_ECHO = 0x08;
    /** {@code NLM_F_DUMP_INTR}: The dump was inconsistent because the data changed during it: start again. */
    public static final int NLM_F_DUMP_INTR = 0x10;
    /** {@code NLM_F_DUMP_FILTERED}: The dump was filtered as the request asked. */
    public static final int NLM_F_DUMP_FILTERED = 0x20;
    // GET requests
    /** {@code NLM_F_ROOT}: GET requests: return the complete table instead of one entry. */
    public static final int NLM_F_ROOT = 0x100;
    /** {@code NLM_F_MATCH}: GET requests: return every entry matching the criteria. */
    public static final int NLM_F_MATCH = 0x200;
    /** {@code NLM_F_ATOMIC}: GET requests: return an atomic snapshot of the table. */
    public static final int NLM_F_ATOMIC = 0x400;
    /** {@code NLM_F_DUMP}: GET requests: a dump, {@code NLM_F_ROOT | NLM_F_MATCH}. */
    public static final int NLM_F_DUMP = NLM_F_ROOT | NLM_F_MATCH;
    // NEW requests
    /** {@code NLM_F_REPLACE}: NEW requests: replace an existing object. */
    public static final int NLM_F_REPLACE = 0x100;
    /** {@code NLM_F_EXCL}: NEW requests: fail with EEXIST if it exists. */
    public static final int NLM_F_EXCL = 0x200;
    /** {@code NLM_F_CREATE}: NEW requests: create it if it does not exist. */
    public static final int NLM_F_CREATE = 0x400;
    /** {@code NLM_F_APPEND}: NEW requests: add to the end of the list. */
    public static final int NLM_F_APPEND = 0x800;
    // DELETE requests
    /** {@code NLM_F_NONREC}: DELETE requests: do not delete recursively. */
    public static final int NLM_F_NONREC = 0x100;
    /** {@code NLM_F_BULK}: DELETE requests: delete several objects at once. */
    public static final int NLM_F_BULK = 0x200;
    // ACK messages
    /** {@code NLM_F_CAPPED}: ACKs: the request payload is left out of the error message. */
    public static final int NLM_F_CAPPED = 0x100;
    /** {@code NLM_F_ACK_TLVS}: ACKs: extended-ACK attributes follow. */
    public static final int NLM_F_ACK_TLVS = 0x200;

    // SOL_NETLINK socket options
    /** {@code SOL_NETLINK}: Socket option level of the netlink options below. */
    public static final int SOL_NETLINK = 270;
    /** {@code NETLINK_ADD_MEMBERSHIP}: Socket option: join a multicast group. */
    public static final int NETLINK_ADD_MEMBERSHIP = 1;
    /** {@code NETLINK_DROP_MEMBERSHIP}: Socket option: leave a multicast group. */
    public static final int NETLINK_DROP_MEMBERSHIP = 2;
    /** {@code NETLINK_PKTINFO}: Socket option: receive the destination group of each message. */
    public static final int NETLINK_PKTINFO = 3;
    /** {@code NETLINK_BROADCAST_ERROR}: Socket option: report delivery failures of broadcasts. */
    public static final int NETLINK_BROADCAST_ERROR = 4;
    /** {@code NETLINK_NO_ENOBUFS}: Socket option: do not report receive-buffer overruns (ENOBUFS). */
    public static final int NETLINK_NO_ENOBUFS = 5;
    /** {@code NETLINK_LISTEN_ALL_NSID}: Socket option: receive notifications of every namespace with an id here. */
    public static final int NETLINK_LISTEN_ALL_NSID = 8;
    /** {@code NETLINK_LIST_MEMBERSHIPS}: Socket option: read the groups joined. */
    public static final int NETLINK_LIST_MEMBERSHIPS = 9;
    /** {@code NETLINK_CAP_ACK}: Socket option: cap error messages to the request header ({@code NLM_F_CAPPED}). */
    public static final int NETLINK_CAP_ACK = 10;
    /** {@code NETLINK_EXT_ACK}: Socket option: extended ACKs with the kernel's error text and offset. */
    public static final int NETLINK_EXT_ACK = 11;
    /** {@code NETLINK_GET_STRICT_CHK}: Socket option: strict checking of dump requests (enables filtering). */
    public static final int NETLINK_GET_STRICT_CHK = 12;
}
