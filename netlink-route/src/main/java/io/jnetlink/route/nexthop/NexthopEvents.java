package io.jnetlink.route.nexthop;

import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.event.TypedEventsBuilder;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.NhMsg;

import java.util.List;

/**
 * {@code ip monitor nexthop} from Java: nexthop objects of one namespace as typed events
 * ({@code RTNLGRP_NEXTHOP}).
 *
 * <pre>{@code
 * try (EventSubscription s = NexthopEvents.subscribe().in(ns).start(System.out::println)) {
 *     ...
 * }
 * }</pre>
 *
 * <p>By default every existing nexthop arrives first as {@code NEW}, then {@link NexthopEventSync}
 * {@code LISTED}, then live changes; after an overrun the library re-dumps and delivers the
 * differences ({@code OVERRUN} … {@code RESYNCED}).
 */
public final class NexthopEvents extends TypedEventsBuilder<NexthopEvents, NexthopEvent> {
    private NexthopEvents() {
    }

    /**
     * Starts describing a subscription: {@code ip monitor nexthop}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static NexthopEvents subscribe() {
        return new NexthopEvents();
    }

    @Override
    protected TypedEvents<?, NexthopEvent> events() {
        return new TypedEvents<>(List.of(Nexthops.DUMP), new NexthopEventCodec(), NexthopEventCodec::event,
                NexthopEventSync::new);
    }

    @Override
    protected NetlinkSubscription.Builder subscription() {
        return NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).groups(NhMsg.RTNLGRP_NEXTHOP)
                .threadName("jnetlink-nexthop-events");
    }
}
