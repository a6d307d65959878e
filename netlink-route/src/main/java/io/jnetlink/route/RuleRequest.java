package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.route.wire.FibRuleHdr;
import io.jnetlink.route.wire.FibRuleHdrEncoder;

/**
 * {@code ip rule add|del [not] [from P] [to P] [tos T] [fwmark M[/MASK]] [iif N] [oif N] [pref N]
 * [l3mdev] [uidrange A-B] [ipproto P] [sport A[-B]] [dport A[-B]] [tun_id N] [protocol P]
 * [realms FROM/TO] [table T | goto PREF | ACTION] [suppress_prefixlength N] [suppress_ifgroup G]}:
 * one {@code RTM_NEWRULE} or {@code RTM_DELRULE} with every {@code FRA_*} attribute of
 * {@code <linux/fib_rules.h>}, made by {@link Rules#add} and {@link Rules#delete}. As with
 * {@code ip}, a new rule without a table or action looks up the main table. Encoding allocates nothing.
 */
public final class RuleRequest extends NetlinkRequest<RuleRequest, Void> implements RequestEncoder {
    private final boolean delete;
    private int family;
    private IpPrefix from;
    private byte[] fromBytes; // taken once: InetAddress.getAddress() copies
    private IpPrefix to;
    private byte[] toBytes;
    private String iif;
    private String oif;
    private long fwmark = -1;
    private long fwmask = -1;
    private long table = -1;
    private long priority = -1;
    private int action = -1;
    private boolean invert;
    private int tos;
    private long gotoTarget = -1;
    private long flow = -1;
    private long tunId;
    private boolean hasTunId;
    private long suppressIfgroup = -1;
    private int suppressPrefixLength = -1;
    private boolean l3mdev;
    private long uidStart = -1;
    private long uidEnd;
    private int protocol = -1;
    private int ipProto;
    private int sportStart;
    private int sportEnd;
    private int dportStart;
    private int dportEnd;
    private final RawAttributes raw = new RawAttributes();

    RuleRequest(boolean delete) {
        this.delete = delete;
    }

    /**
     * {@code from PREFIX} ({@code FRA_SRC}).
     *
     * @param prefix the source prefix
     * @return this request
     */
    public RuleRequest from(String prefix) {
        this.from = prefix(prefix, "from");
        this.fromBytes = from.address().getAddress();
        return this;
    }

    /**
     * {@code to PREFIX} ({@code FRA_DST}).
     *
     * @param prefix the destination prefix
     * @return this request
     */
    public RuleRequest to(String prefix) {
        this.to = prefix(prefix, "to");
        this.toBytes = to.address().getAddress();
        return this;
    }

    /**
     * {@code iif NAME} ({@code FRA_IIFNAME}); the device need not exist yet.
     *
     * @param name the input interface name
     * @return this request
     */
    public RuleRequest iif(String name) {
        this.iif = InterfaceNames.check(name, "iif");
        return this;
    }

    /**
     * {@code oif NAME} ({@code FRA_OIFNAME}); the device need not exist yet.
     *
     * @param name the output interface name
     * @return this request
     */
    public RuleRequest oif(String name) {
        this.oif = InterfaceNames.check(name, "oif");
        return this;
    }

    /**
     * {@code fwmark MARK} ({@code FRA_FWMARK}), 0..2^32-1.
     *
     * @param mark the firewall mark
     * @return this request
     */
    public RuleRequest fwmark(long mark) {
        this.fwmark = u32(mark, "fwmark");
        return this;
    }

    /**
     * {@code fwmark MARK/MASK} ({@code FRA_FWMARK}, {@code FRA_FWMASK}).
     *
     * @param mark the firewall mark
     * @param mask the mask applied before comparing
     * @return this request
     */
    public RuleRequest fwmark(long mark, long mask) {
        this.fwmark = u32(mark, "fwmark");
        this.fwmask = u32(mask, "fwmark mask");
        return this;
    }

    /**
     * {@code table ID} ({@code lookup}): 1..2^32-1; above 255 it travels in {@code FRA_TABLE}.
     *
     * @param id the routing table id
     * @return this request
     */
    public RuleRequest table(long id) {
        this.table = RouteTable.check(id, "table");
        return this;
    }

    /**
     * {@code table main|local|default|ID}.
     *
     * @param name a table name ({@code main}, {@code local}, {@code default}) or number
     * @return this request
     */
    public RuleRequest table(String name) {
        this.table = RouteTable.parse(name, "table");
        return this;
    }

    /**
     * {@code pref N} / {@code priority N} ({@code FRA_PRIORITY}), 0..2^32-1.
     *
     * @param priority the rule priority (preference)
     * @return this request
     */
    public RuleRequest priority(long priority) {
        this.priority = u32(priority, "priority");
        return this;
    }

    /**
     * {@code blackhole}, {@code unreachable}, {@code prohibit}, {@code nop} or {@code lookup} ({@code FR_ACT_*}).
     *
     * @param action what the rule does
     * @return this request
     */
    public RuleRequest action(RuleAction action) {
        if (action == null || action == RuleAction.UNKNOWN || action == RuleAction.GOTO) {
            throw new IllegalArgumentException("action must be TO_TABLE, NOP, BLACKHOLE, UNREACHABLE, PROHIBIT or UNSPEC: "
                    + action);
        }
        this.action = action.raw();
        return this;
    }

    /**
     * {@code not}: inverts the selector ({@code FIB_RULE_INVERT}).
     *
     * @return this request
     */
    public RuleRequest not() {
        this.invert = true;
        return this;
    }

    /**
     * {@code ip -6 rule}: an IPv6 rule (otherwise the family comes from from/to, else IPv4).
     *
     * @return this request
     */
    public RuleRequest ipv6() {
        setFamily(IpAddresses.AF_INET6, "ipv6");
        return this;
    }

    /**
     * {@code tos T}: the TOS byte to match (the header's {@code tos}), 0..255.
     *
     * @param tos the TOS value
     * @return this request
     */
    public RuleRequest tos(int tos) {
        this.tos = range(tos, 0, 0xFF, "tos");
        return this;
    }

    /**
     * {@code goto PREF}: jump to the rule of that priority ({@code FR_ACT_GOTO}, {@code FRA_GOTO}).
     *
     * @param priority the priority of the rule to jump to, 1..2^32-1
     * @return this request
     */
    public RuleRequest goTo(long priority) {
        if (priority == 0) {
            throw new IllegalArgumentException("goto priority must be 1..4294967295: 0");
        }
        this.gotoTarget = u32(priority, "goto priority");
        this.action = FibRuleHdr.FR_ACT_GOTO;
        return this;
    }

    /**
     * {@code realms FROM/TO} ({@code FRA_FLOW}: from in the high 16 bits, to in the low).
     *
     * @param from the source realm, 0..65535
     * @param to   the destination realm, 0..65535
     * @return this request
     */
    public RuleRequest realms(int from, int to) {
        this.flow = ((long) range(from, 0, 0xFFFF, "realm from") << 16) | range(to, 0, 0xFFFF, "realm to");
        return this;
    }

    /**
     * {@code tun_id N} ({@code FRA_TUN_ID}, a 64-bit tunnel id in network order).
     *
     * @param id the tunnel id
     * @return this request
     */
    public RuleRequest tunId(long id) {
        this.tunId = id;
        this.hasTunId = true;
        return this;
    }

    /**
     * {@code suppress_ifgroup G} ({@code FRA_SUPPRESS_IFGROUP}): reject a lookup result whose device is in group G.
     *
     * @param group the device group, 0..2^32-1
     * @return this request
     */
    public RuleRequest suppressIfgroup(long group) {
        this.suppressIfgroup = u32(group, "suppress_ifgroup");
        return this;
    }

    /**
     * {@code suppress_prefixlength N} ({@code FRA_SUPPRESS_PREFIXLEN}): reject lookup results with a
     * prefix of N bits or less ({@code 0}: ignore the default route).
     *
     * @param length 0..128
     * @return this request
     */
    public RuleRequest suppressPrefixLength(int length) {
        this.suppressPrefixLength = range(length, 0, 128, "suppress_prefixlength");
        return this;
    }

    /**
     * {@code l3mdev} ({@code FRA_L3MDEV}): look up the table of the l3mdev (VRF) device of the packet.
     *
     * @return this request
     */
    public RuleRequest l3mdev() {
        this.l3mdev = true;
        return this;
    }

    /**
     * {@code uidrange A-B} ({@code FRA_UID_RANGE}).
     *
     * @param start the first uid
     * @param end   the last uid
     * @return this request
     */
    public RuleRequest uidRange(long start, long end) {
        UidRange r = new UidRange(start, end);
        this.uidStart = r.start();
        this.uidEnd = r.end();
        return this;
    }

    /**
     * {@code protocol P} ({@code FRA_PROTOCOL}): who made the rule ({@code RTPROT_*}), 0..255.
     *
     * @param protocol the protocol number
     * @return this request
     */
    public RuleRequest protocol(int protocol) {
        this.protocol = range(protocol, 0, 0xFF, "protocol");
        return this;
    }

    /**
     * {@code ipproto P} ({@code FRA_IP_PROTO}): the IP protocol to match, e.g. 6 (tcp) or 17 (udp).
     *
     * @param protocol 1..255
     * @return this request
     */
    public RuleRequest ipProto(int protocol) {
        this.ipProto = range(protocol, 1, 0xFF, "ipproto");
        return this;
    }

    /**
     * {@code sport A-B} ({@code FRA_SPORT_RANGE}).
     *
     * @param start the first port, 1..65535
     * @param end   the last port
     * @return this request
     */
    public RuleRequest sourcePorts(int start, int end) {
        PortRange r = new PortRange(start, end);
        this.sportStart = r.start();
        this.sportEnd = r.end();
        return this;
    }

    /**
     * {@code dport A-B} ({@code FRA_DPORT_RANGE}); {@code dport 80} is {@code destinationPorts(80, 80)}.
     *
     * @param start the first port, 1..65535
     * @param end   the last port
     * @return this request
     */
    public RuleRequest destinationPorts(int start, int end) {
        PortRange r = new PortRange(start, end);
        this.dportStart = r.start();
        this.dportEnd = r.end();
        return this;
    }

    /**
     * An attribute this builder does not offer, as type and bytes (written after the others).
     *
     * @param type  the attribute type ({@code FRA_*}), flag bits included
     * @param value the value bytes (copied)
     * @return this request
     */
    public RuleRequest attribute(int type, byte[] value) {
        raw.add(type, value);
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        connection.request(this);
        return null;
    }

    /**
     * Names this request in errors, e.g. {@code "RTM_NEWRULE pref 100 from 10.0.0.0/8"} (built only when needed).
     *
     * @return the message type, priority and prefixes when given
     */
    @Override
    public String describe() {
        return Rtnl.typeName(delete ? Rtnl.RTM_DELRULE : Rtnl.RTM_NEWRULE)
                + (priority >= 0 ? " pref " + priority : "") + (from != null ? " from " + from : "")
                + (to != null ? " to " + to : "");
    }

    /**
     * Writes the message as {@code ip rule} does.
     *
     * @param w the writer to append the message to
     */
    @Override
    public void encode(MessageWriter w) {
        int act = action >= 0 ? action : delete ? FibRuleHdr.FR_ACT_UNSPEC : FibRuleHdr.FR_ACT_TO_TBL;
        long tid = table >= 0 ? table
                : (!delete && !l3mdev && act == FibRuleHdr.FR_ACT_TO_TBL) ? RtMsg.RT_TABLE_MAIN : 0;
        int msg = w.beginMessage(delete ? Rtnl.RTM_DELRULE : Rtnl.RTM_NEWRULE,
                delete ? 0 : Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
        FibRuleHdrEncoder.write(w, family != 0 ? family : IpAddresses.AF_INET, to != null ? to.prefixLength() : 0,
                from != null ? from.prefixLength() : 0, tos, tid < 256 ? (int) tid : RtMsg.RT_TABLE_UNSPEC, act,
                invert ? FibRuleHdr.FIB_RULE_INVERT : 0);
        if (priority >= 0) {
            w.putAttrU32(FibRuleHdr.FRA_PRIORITY, (int) priority);
        }
        if (from != null && from.prefixLength() > 0) {
            w.putAttrBytes(FibRuleHdr.FRA_SRC, fromBytes);
        }
        if (to != null && to.prefixLength() > 0) {
            w.putAttrBytes(FibRuleHdr.FRA_DST, toBytes);
        }
        if (iif != null) {
            w.putAttrString(FibRuleHdr.FRA_IIFNAME, iif);
        }
        if (oif != null) {
            w.putAttrString(FibRuleHdr.FRA_OIFNAME, oif);
        }
        if (fwmark >= 0) {
            w.putAttrU32(FibRuleHdr.FRA_FWMARK, (int) fwmark);
        }
        if (fwmask >= 0) {
            w.putAttrU32(FibRuleHdr.FRA_FWMASK, (int) fwmask);
        }
        if (tid >= 256) {
            w.putAttrU32(FibRuleHdr.FRA_TABLE, (int) tid);
        }
        encodeSelectors(w);
        raw.writeTo(w);
        w.endMessage(msg);
    }

    /** The attributes beyond ip rule's classic ones, in fib_rules.h order. */
    private void encodeSelectors(MessageWriter w) {
        if (gotoTarget >= 0) {
            w.putAttrU32(FibRuleHdr.FRA_GOTO, (int) gotoTarget);
        }
        if (flow >= 0) {
            w.putAttrU32(FibRuleHdr.FRA_FLOW, (int) flow);
        }
        if (hasTunId) {
            w.putAttrU64Be(FibRuleHdr.FRA_TUN_ID, tunId);
        }
        if (suppressIfgroup >= 0) {
            w.putAttrU32(FibRuleHdr.FRA_SUPPRESS_IFGROUP, (int) suppressIfgroup);
        }
        if (suppressPrefixLength >= 0) {
            w.putAttrU32(FibRuleHdr.FRA_SUPPRESS_PREFIXLEN, suppressPrefixLength);
        }
        if (l3mdev) {
            w.putAttrU8(FibRuleHdr.FRA_L3MDEV, 1);
        }
        if (uidStart >= 0) {
            int at = w.beginNested(FibRuleHdr.FRA_UID_RANGE, false);
            int value = w.reserve(FibRuleHdr.UID_RANGE_LENGTH);
            w.putU32At(value, (int) uidStart);
            w.putU32At(value + 4, (int) uidEnd);
            w.endNested(at);
        }
        if (protocol >= 0) {
            w.putAttrU8(FibRuleHdr.FRA_PROTOCOL, protocol);
        }
        if (ipProto != 0) {
            w.putAttrU8(FibRuleHdr.FRA_IP_PROTO, ipProto);
        }
        putPortRange(w, FibRuleHdr.FRA_SPORT_RANGE, sportStart, sportEnd);
        putPortRange(w, FibRuleHdr.FRA_DPORT_RANGE, dportStart, dportEnd);
    }

    /** A {@code struct fib_rule_port_range} (u16 start, u16 end, host order); nothing when unset. */
    private static void putPortRange(MessageWriter w, int type, int start, int end) {
        if (start != 0) {
            int at = w.beginNested(type, false);
            int value = w.reserve(FibRuleHdr.PORT_RANGE_LENGTH);
            w.putU16At(value, start);
            w.putU16At(value + 2, end);
            w.endNested(at);
        }
    }

    private static int range(int v, int min, int max, String what) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + v);
        }
        return v;
    }

    private IpPrefix prefix(String text, String what) {
        IpPrefix p = IpPrefix.parse(text, what);
        if (!p.isNetwork()) {
            throw new IllegalArgumentException(what + " has host bits set beyond /" + p.prefixLength() + ": " + text);
        }
        setFamily(p.family(), what + " " + text);
        return p;
    }

    private void setFamily(int fam, String what) {
        if (family != 0 && family != fam) {
            throw new IllegalArgumentException(what + " is not of the rule's family ("
                    + (family == IpAddresses.AF_INET ? "IPv4" : "IPv6") + ")");
        }
        family = fam;
    }

    private static long u32(long v, String what) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(what + " must be 0..4294967295: " + v);
        }
        return v;
    }
}
