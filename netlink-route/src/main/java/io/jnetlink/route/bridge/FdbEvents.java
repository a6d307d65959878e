package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.event.TypedEventsBuilder;
import io.jnetlink.core.message.Netlink;

import java.util.List;

/**
 * {@code bridge monitor fdb} from Java: forwarding-database entries of one namespace as typed
 * events ({@code RTNLGRP_NEIGH}, family {@code AF_BRIDGE}).
 *
 * <pre>{@code
 * try (EventSubscription s = FdbEvents.subscribe().in(ns).start(System.out::println)) {
 *     ...
 * }
 * }</pre>
 *
 * <p>By default existing entries arrive first as {@code NEW}, then {@link FdbEventSync}
 * {@code LISTED}, then live changes (learnt, aged out, added, deleted).
 */
public final class FdbEvents extends TypedEventsBuilder<FdbEvents, FdbEvent> {
    private FdbEvents() {
    }

    /**
     * Starts describing a subscription: {@code bridge monitor fdb}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static FdbEvents subscribe() {
        return new FdbEvents();
    }

    @Override
    protected TypedEvents<?, FdbEvent> events() {
        return new TypedEvents<>(List.of(w -> FdbQuery.encodeDump(w, 0, 0)), new FdbEventCodec(), FdbEventCodec::event,
                FdbEventSync::new);
    }

    @Override
    protected NetlinkSubscription.Builder subscription() {
        return NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).groups(Rtnl.RTNLGRP_NEIGH).threadName("jnetlink-fdb-events");
    }
}
