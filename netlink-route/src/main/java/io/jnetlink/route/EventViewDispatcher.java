package io.jnetlink.route;

import io.jnetlink.core.event.SubscriptionHandler;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;

import java.util.EnumSet;
import java.util.Set;

/** Hands notifications to a {@link RouteEventViewHandler} through reused views: no allocation per message. */
final class EventViewDispatcher implements SubscriptionHandler {
    private final RouteEventViewHandler handler;
    private final boolean links;
    private final boolean nsids;
    private final LinkView linkView = new LinkView();
    private final AttributeReader attrs = new AttributeReader();

    EventViewDispatcher(Set<RouteEventGroup> groups, RouteEventViewHandler handler) {
        Set<RouteEventGroup> g = EnumSet.copyOf(groups);
        this.links = g.contains(RouteEventGroup.LINK);
        this.nsids = g.contains(RouteEventGroup.NSID);
        this.handler = handler;
    }

    @Override
    public void onMessage(MessageReader m) {
        int type = m.type();
        if (links && (type == Rtnl.RTM_NEWLINK || type == Rtnl.RTM_DELLINK)) {
            m.requirePayload(IfInfoMsg.LENGTH, "ifinfomsg");
            if (m.payloadU8(IfInfoMsg.FAMILY_OFFSET) == 0) {
                handler.onLink(type == Rtnl.RTM_DELLINK, linkView.wrap(m));
            }
        } else if (nsids && (type == Rtnl.RTM_NEWNSID || type == Rtnl.RTM_DELNSID)) {
            m.requirePayload(1, "rtgenmsg");
            int nsid = EventNsIds.nsid(m, attrs);
            if (nsid != EventNsIds.NSID_NOT_ASSIGNED) {
                handler.onNsId(type == Rtnl.RTM_DELNSID, nsid);
            }
        }
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
