package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.FibRuleHdr;
import io.jnetlink.route.wire.FibRuleHdrEncoder;

import java.util.List;

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
        RuleView view = new RuleView();
        int fam = family;
        return connection.dumpToList(Rtnl.typeName(Rtnl.RTM_GETRULE), w -> encodeDump(w, fam), m -> {
            if (m.type() != Rtnl.RTM_NEWRULE) {
                return null;
            }
            m.requirePayload(FibRuleHdr.LENGTH, "fib_rule_hdr");
            int f = m.payloadU8(FibRuleHdr.FAMILY_OFFSET);
            return (f == IpAddresses.AF_INET || f == IpAddresses.AF_INET6) && (fam == 0 || f == fam)
                    ? view.wrap(m).toRule() : null;
        });
    }

    /** The dump request: a zeroed {@code fib_rule_hdr} with only the family, as strict checking requires. */
    static void encodeDump(MessageWriter w, int family) {
        int msg = w.beginMessage(Rtnl.RTM_GETRULE, 0);
        FibRuleHdrEncoder.writeDump(w, family);
        w.endMessage(msg);
    }

}
