package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;

/**
 * {@code ip rule add|del [not] [from P] [to P] [iif N] [oif N] [fwmark M[/MASK]] [pref N] [table T | ACTION]}:
 * one {@code RTM_NEWRULE} or {@code RTM_DELRULE}, made by {@link Rules#add} and {@link Rules#delete}.
 * As with {@code ip}, a new rule without a table or action looks up the main table.
 */
public final class RuleRequest extends NetlinkRequest<RuleRequest, Void> {
    private final boolean delete;
    private int family;
    private IpPrefix from;
    private IpPrefix to;
    private String iif;
    private String oif;
    private long fwmark = -1;
    private long fwmask = -1;
    private long table = -1;
    private long priority = -1;
    private int action = -1;
    private boolean invert;

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
        this.table = RouteTables.check(id, "table");
        return this;
    }

    /**
     * {@code table main|local|default|ID}.
     *
     * @param name a table name ({@code main}, {@code local}, {@code default}) or number
     * @return this request
     */
    public RuleRequest table(String name) {
        this.table = RouteTables.parse(name, "table");
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

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        connection.request(operation(), this::encode);
        return null;
    }

    String operation() {
        return Rtnl.typeName(delete ? Rtnl.RTM_DELRULE : Rtnl.RTM_NEWRULE)
                + (priority >= 0 ? " pref " + priority : "") + (from != null ? " from " + from : "")
                + (to != null ? " to " + to : "");
    }

    /** Writes the message as {@code ip rule} does. */
    void encode(MessageWriter w) {
        int act = action >= 0 ? action : delete ? FibRuleHdr.FR_ACT_UNSPEC : FibRuleHdr.FR_ACT_TO_TBL;
        long tid = table >= 0 ? table : (!delete && act == FibRuleHdr.FR_ACT_TO_TBL) ? RtMsg.RT_TABLE_MAIN : 0;
        int msg = w.beginMessage(delete ? Rtnl.RTM_DELRULE : Rtnl.RTM_NEWRULE,
                delete ? 0 : Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
        int h = w.reserve(FibRuleHdr.LENGTH);
        w.putU8At(h + FibRuleHdr.FAMILY_OFFSET, family != 0 ? family : IpAddresses.AF_INET);
        w.putU8At(h + FibRuleHdr.DST_LEN_OFFSET, to != null ? to.prefixLength() : 0);
        w.putU8At(h + FibRuleHdr.SRC_LEN_OFFSET, from != null ? from.prefixLength() : 0);
        w.putU8At(h + FibRuleHdr.TABLE_OFFSET, tid < 256 ? (int) tid : RtMsg.RT_TABLE_UNSPEC);
        w.putU8At(h + FibRuleHdr.ACTION_OFFSET, act);
        w.putU32At(h + FibRuleHdr.FLAGS_OFFSET, invert ? FibRuleHdr.FIB_RULE_INVERT : 0);
        if (priority >= 0) {
            w.putAttrU32(FibRuleHdr.FRA_PRIORITY, (int) priority);
        }
        if (from != null && from.prefixLength() > 0) {
            w.putAttrAddress(FibRuleHdr.FRA_SRC, from.address());
        }
        if (to != null && to.prefixLength() > 0) {
            w.putAttrAddress(FibRuleHdr.FRA_DST, to.address());
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
        w.endMessage(msg);
    }

    private IpPrefix prefix(String text, String what) {
        IpPrefix p = IpPrefix.parse(text, what);
        if (!p.network().equals(p.address())) {
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
