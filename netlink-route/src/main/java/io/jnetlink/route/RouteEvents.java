package io.jnetlink.route;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.event.TypedEventsBuilder;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code ip monitor} from Java: typed rtnetlink events of one namespace.
 *
 * <pre>{@code
 * try (EventSubscription s = RouteEvents.subscribe().in(ns)       // ip -n NS monitor link nsid
 *         .groups(RouteEventGroup.LINK, RouteEventGroup.NSID)
 *         .start(event -> System.out.println(event))) {
 *     ...
 * }
 * }</pre>
 *
 * <p>By default the subscription lists what exists first: every existing object arrives as
 * {@link ChangeType#NEW}, then {@link EventSync} {@code LISTED}, then live changes, with nothing
 * missed or repeated in between (the groups are joined before the dump, and notifications
 * identical to the known state are not delivered). When the kernel drops notifications because
 * the receive buffer is full, the subscriber gets {@code OVERRUN}, the library re-dumps and
 * delivers the differences, then {@code RESYNCED}: applying every event to a map keyed by
 * identity always ends at the kernel's state.
 *
 * <p>What the kernel does not notify cannot be followed: a new veth's first end is announced
 * before the pair is joined ({@code linkIndex} 0) and not again when it is; multicast
 * neighbours in state {@code NOARP} appear without a notification (they are left out, as
 * {@code ip neigh} leaves them out); IPv6 addresses are notified once duplicate address
 * detection ends, though a dump shows them while it runs. A resync corrects all of these.
 *
 * <p>Events are delivered in order on the library's one event-loop thread (shared by every
 * subscription of the process: keep the consumer short); with
 * {@link #executor(java.util.concurrent.Executor)} they are handed to yours, still in order. {@link #queue(int)} is the
 * pull form, {@link #startViews(RouteEventViewHandler)} the zero-allocation one.
 */
public final class RouteEvents extends TypedEventsBuilder<RouteEvents, RtnetlinkEvent> {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    /** The smallest receive buffer accepted: dump replies (up to 32 KiB datagrams) must fit beside notifications. */
    public static final int MIN_RECEIVE_BUFFER = TypedEventsBuilder.MIN_RECEIVE_BUFFER;

    private Set<RouteEventGroup> groups = EnumSet.allOf(RouteEventGroup.class);

    private RouteEvents() {
    }

    /**
     * Starts describing a subscription: {@code ip monitor}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static RouteEvents subscribe() {
        return new RouteEvents();
    }

    /**
     * What to follow ({@code ip monitor link nsid}); default: everything this module knows.
     *
     * @param groups the groups to follow
     * @return this builder
     */
    public RouteEvents groups(RouteEventGroup... groups) {
        if (groups.length == 0) {
            throw new IllegalArgumentException("groups must name at least one RouteEventGroup");
        }
        for (RouteEventGroup g : groups) {
            Objects.requireNonNull(g, "group");
        }
        this.groups = EnumSet.copyOf(Arrays.asList(groups));
        return this;
    }

    /**
     * Starts the zero-allocation form: notifications through reused views, on the receive thread,
     * without listing or resync (an overrun is only reported). {@link #executor} and
     * {@link #listExisting} do not apply.
     *
     * @param handler receives the notifications on the receive thread
     * @return the running subscription; close it to stop
     */
    public EventSubscription startViews(RouteEventViewHandler handler) {
        Objects.requireNonNull(handler, "handler");
        NetlinkSubscription s = socket().start(new EventViewDispatcher(groups, handler));
        return new EventSubscription(s, null, new EventSubscription.Failure());
    }

    @Override
    protected TypedEvents<?, RtnetlinkEvent> events() {
        List<RequestEncoder> dumps = new ArrayList<>();
        for (RouteEventGroup g : groups) {
            dumps.add(g.dump());
        }
        return new TypedEvents<>(dumps, new EventCodec(groups), EventCodec::event, EventSync::new);
    }

    @Override
    protected NetlinkSubscription.Builder subscription() {
        NetlinkSubscription.Builder b = NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).threadName("jnetlink-route-events");
        for (RouteEventGroup g : groups) {
            b.groups(g.group());
        }
        return b;
    }
}
