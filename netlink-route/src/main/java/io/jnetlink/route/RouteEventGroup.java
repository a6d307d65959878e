package io.jnetlink.route;

import io.jnetlink.core.RequestEncoder;

/**
 * What a {@link RouteEvents} subscription follows; each is an {@code ip monitor} object and the
 * rtnetlink multicast group(s) behind it.
 */
public enum RouteEventGroup {
    /** {@code ip monitor link}: {@code RTNLGRP_LINK}. */
    LINK(new int[]{Rtnl.RTNLGRP_LINK}, w -> {
        int msg = w.beginMessage(Rtnl.RTM_GETLINK, 0);
        w.reserve(IfInfoMsg.LENGTH);
        w.endMessage(msg);
    }),
    /** {@code ip monitor nsid}: {@code RTNLGRP_NSID}. */
    NSID(new int[]{Rtnl.RTNLGRP_NSID}, EventNsIds.DUMP);

    private final int[] groups;
    private final RequestEncoder dump;

    RouteEventGroup(int[] groups, RequestEncoder dump) {
        this.groups = groups;
        this.dump = dump;
    }

    /** The {@code RTNLGRP_*} numbers joined for it. */
    public int[] groups() {
        return groups.clone();
    }

    /** The dump that lists its objects (for list-then-follow and resync). */
    RequestEncoder dump() {
        return dump;
    }
}
