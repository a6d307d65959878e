package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.route.wire.FibRuleHdr;
import io.jnetlink.core.event.SubscriptionHandler;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.net.IpAddresses;

import io.jnetlink.route.wire.IfInfoMsg;
import java.util.EnumSet;
import java.util.Set;

/**
 * Hands notifications to a {@link RouteEventViewHandler} through reused views: no allocation per
 * message (rules excepted). Filters as {@link EventCodec} does: followed groups only, no bridge
 * port or fdb messages, no proxy neighbours, no cloned routes.
 */
final class EventViewDispatcher implements SubscriptionHandler {
    private final RouteEventViewHandler handler;
    private final Set<RouteEventGroup> groups;
    private final LinkView linkView = new LinkView();
    private final AddressView addressView = new AddressView();
    private final RouteView routeView = new RouteView();
    private final NeighborView neighborView = new NeighborView();
    private final RuleView ruleView = new RuleView();
    private final AttributeReader attrs = new AttributeReader();

    EventViewDispatcher(Set<RouteEventGroup> groups, RouteEventViewHandler handler) {
        this.groups = EnumSet.copyOf(groups);
        this.handler = handler;
    }

    @Override
    public void onMessage(MessageReader m) {
        int type = m.type();
        switch (type) {
            case Rtnl.RTM_NEWLINK, Rtnl.RTM_DELLINK -> {
                m.requirePayload(IfInfoMsg.LENGTH, "ifinfomsg");
                if (groups.contains(RouteEventGroup.LINK) && m.payloadU8(IfInfoMsg.FAMILY_OFFSET) == 0) {
                    handler.onLink(type == Rtnl.RTM_DELLINK, linkView.wrap(m));
                }
            }
            case Rtnl.RTM_NEWADDR, Rtnl.RTM_DELADDR -> {
                m.requirePayload(IfAddrMsg.LENGTH, "ifaddrmsg");
                if (follows(m.payloadU8(IfAddrMsg.FAMILY_OFFSET), RouteEventGroup.IPV4_ADDRESS, RouteEventGroup.IPV6_ADDRESS)) {
                    handler.onAddress(type == Rtnl.RTM_DELADDR, addressView.wrap(m));
                }
            }
            case Rtnl.RTM_NEWROUTE, Rtnl.RTM_DELROUTE -> {
                m.requirePayload(RtMsg.LENGTH, "rtmsg");
                if (follows(m.payloadU8(RtMsg.FAMILY_OFFSET), RouteEventGroup.IPV4_ROUTE, RouteEventGroup.IPV6_ROUTE)
                        && (m.payloadU32(RtMsg.FLAGS_OFFSET) & RtMsg.RTM_F_CLONED) == 0) {
                    handler.onRoute(type == Rtnl.RTM_DELROUTE, routeView.wrap(m));
                }
            }
            case Rtnl.RTM_NEWNEIGH, Rtnl.RTM_DELNEIGH -> {
                m.requirePayload(NdMsg.LENGTH, "ndmsg");
                int family = m.payloadU8(NdMsg.FAMILY_OFFSET);
                if (groups.contains(RouteEventGroup.NEIGHBOR)
                        && (family == IpAddresses.AF_INET || family == IpAddresses.AF_INET6)
                        && (m.payloadU8(NdMsg.FLAGS_OFFSET) & NdMsg.NTF_PROXY) == 0) {
                    handler.onNeighbor(type == Rtnl.RTM_DELNEIGH, neighborView.wrap(m));
                }
            }
            case Rtnl.RTM_NEWRULE, Rtnl.RTM_DELRULE -> {
                m.requirePayload(FibRuleHdr.LENGTH, "fib_rule_hdr");
                if (follows(m.payloadU8(FibRuleHdr.FAMILY_OFFSET), RouteEventGroup.IPV4_RULE, RouteEventGroup.IPV6_RULE)) {
                    handler.onRule(type == Rtnl.RTM_DELRULE, ruleView.wrap(m).toRule());
                }
            }
            case Rtnl.RTM_NEWNSID, Rtnl.RTM_DELNSID -> {
                if (groups.contains(RouteEventGroup.NSID)) {
                    m.requirePayload(1, "rtgenmsg");
                    int nsid = EventNsIds.nsid(m, attrs);
                    if (nsid != EventNsIds.NSID_NOT_ASSIGNED) {
                        handler.onNsId(type == Rtnl.RTM_DELNSID, nsid);
                    }
                }
            }
            default -> {
            }
        }
    }

    private boolean follows(int family, RouteEventGroup v4, RouteEventGroup v6) {
        return family == IpAddresses.AF_INET ? groups.contains(v4)
                : family == IpAddresses.AF_INET6 && groups.contains(v6);
    }

    @Override
    public void onOverrun() {
        handler.onOverrun();
    }

    @Override
    public void onError(RuntimeException error) {
        handler.onError(error);
    }
}
