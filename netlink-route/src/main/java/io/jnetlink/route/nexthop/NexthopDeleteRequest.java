package io.jnetlink.route.nexthop;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.NhMsg;
import io.jnetlink.route.wire.NhaAttrs;

/** {@code ip nexthop del id ID}: one {@code RTM_DELNEXTHOP}, made by {@link Nexthops#delete}. */
public final class NexthopDeleteRequest extends NetlinkRequest<NexthopDeleteRequest, Void> implements RequestEncoder {
    private final long id;

    NexthopDeleteRequest(long id) {
        this.id = Nexthops.checkId(id);
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
     * Writes the request (sequence 0, for the connection to fill in).
     *
     * @param w the writer to append the message to
     */
    @Override
    public void encode(MessageWriter w) {
        int msg = w.beginMessage(NhMsg.RTM_DELNEXTHOP, 0);
        w.reserve(NhMsg.LENGTH);
        w.putAttrU32(NhaAttrs.NHA_ID, (int) id);
        w.endMessage(msg);
    }

    @Override
    public String describe() {
        return "RTM_DELNEXTHOP ip nexthop del id " + id;
    }
}
