package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * {@code ip rule show} and {@code ip -6 rule show}: an {@code RTM_GETRULE} dump, made by
 * {@link Rules#show()}; both families unless narrowed.
 */
public final class RuleQuery extends NetlinkRequest<RuleQuery, List<Rule>> {
    private int family;

    RuleQuery() {
    }

    /**
     * {@code ip -4 rule show}.
     *
     * @return this request
     */
    public RuleQuery ipv4() {
        this.family = IpAddresses.AF_INET;
        return this;
    }

    /**
     * {@code ip -6 rule show}.
     *
     * @return this request
     */
    public RuleQuery ipv6() {
        this.family = IpAddresses.AF_INET6;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public List<Rule> apply(NetlinkConnection connection) {
        AttributeReader attrs = new AttributeReader();
        int fam = family;
        return connection.dumpToList(Rtnl.typeName(Rtnl.RTM_GETRULE), w -> encodeDump(w, fam), m -> {
            if (m.type() != Rtnl.RTM_NEWRULE) {
                return null;
            }
            Rule r = decode(m, attrs);
            return (r.family() == IpAddresses.AF_INET || r.family() == IpAddresses.AF_INET6)
                    && (fam == 0 || r.family() == fam) ? r : null;
        });
    }

    /** The dump request: a zeroed {@code fib_rule_hdr} with only the family, as strict checking requires. */
    static void encodeDump(MessageWriter w, int family) {
        int msg = w.beginMessage(Rtnl.RTM_GETRULE, 0);
        int h = w.reserve(FibRuleHdr.LENGTH);
        w.putU8At(h + FibRuleHdr.FAMILY_OFFSET, family);
        w.endMessage(msg);
    }

    /**
     * Decodes one {@code RTM_NEWRULE} message.
     *
     * @throws NetlinkDecodeException when it is malformed
     */
    static Rule decode(MessageReader m, AttributeReader attrs) {
        m.requirePayload(FibRuleHdr.LENGTH, "fib_rule_hdr");
        int family = m.payloadU8(FibRuleHdr.FAMILY_OFFSET);
        int dstLen = m.payloadU8(FibRuleHdr.DST_LEN_OFFSET);
        int srcLen = m.payloadU8(FibRuleHdr.SRC_LEN_OFFSET);
        long table = m.payloadU8(FibRuleHdr.TABLE_OFFSET);
        int action = m.payloadU8(FibRuleHdr.ACTION_OFFSET);
        int flags = m.payloadU32(FibRuleHdr.FLAGS_OFFSET);
        long priority = 0;
        long fwmark = 0;
        long fwmask = 0;
        Optional<IpPrefix> src = Optional.empty();
        Optional<IpPrefix> dst = Optional.empty();
        Optional<String> iif = Optional.empty();
        Optional<String> oif = Optional.empty();
        m.attributes(attrs, FibRuleHdr.LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case FibRuleHdr.FRA_PRIORITY -> priority = attrs.u32AsLong();
                case FibRuleHdr.FRA_SRC -> src = Optional.of(prefix(attrs, family, srcLen));
                case FibRuleHdr.FRA_DST -> dst = Optional.of(prefix(attrs, family, dstLen));
                case FibRuleHdr.FRA_IIFNAME -> iif = Optional.of(attrs.string());
                case FibRuleHdr.FRA_OIFNAME -> oif = Optional.of(attrs.string());
                case FibRuleHdr.FRA_FWMARK -> fwmark = attrs.u32AsLong();
                case FibRuleHdr.FRA_FWMASK -> fwmask = attrs.u32AsLong();
                case FibRuleHdr.FRA_TABLE -> table = attrs.u32AsLong();
                default -> {
                }
            }
        }
        return new Rule(family, priority, src, dst, iif, oif, fwmark, fwmask, table, action, flags);
    }

    private static IpPrefix prefix(AttributeReader at, int family, int length) {
        long mark = RtnlInet.checked(at, family, "rule prefix");
        InetAddress address = RtnlInet.read(at.buffer(), RtnlInet.offset(mark), RtnlInet.length(mark), "rule prefix");
        if (length > IpAddresses.bits(address)) {
            throw new NetlinkDecodeException("rule prefix length " + length + " over " + IpAddresses.bits(address),
                    at.offset());
        }
        return new IpPrefix(address, length);
    }
}
