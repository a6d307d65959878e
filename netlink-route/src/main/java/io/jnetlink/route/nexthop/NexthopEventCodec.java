package io.jnetlink.route.nexthop;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.route.wire.NhMsg;

/** Nexthop notifications and dump replies to states keyed by id, for the state follower. */
final class NexthopEventCodec implements StateCodec<Nexthop> {
    private final NexthopView view = new NexthopView();

    @Override
    public StateUpdate<Nexthop> decode(MessageReader message) {
        if (message.type() != NhMsg.RTM_NEWNEXTHOP && message.type() != NhMsg.RTM_DELNEXTHOP) {
            return null;
        }
        return new StateUpdate<>(view.wrap(message).toNexthop(), message.type() == NhMsg.RTM_DELNEXTHOP);
    }

    @Override
    public Object key(Nexthop value) {
        return value.id();
    }

    static NexthopEvent event(ChangeType type, Nexthop nexthop) {
        return new NexthopChangeEvent(type, nexthop);
    }
}
