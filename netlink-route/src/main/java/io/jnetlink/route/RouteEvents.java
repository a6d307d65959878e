package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.OrderedDelivery;
import io.jnetlink.core.event.StateFollower;
import io.jnetlink.core.event.StateListener;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

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
 * <p>Events are delivered on a thread the library owns (one per subscription), in order; with
 * {@link #executor(Executor)} they are handed to yours, still in order. {@link #queue(int)} is the
 * pull form, {@link #startViews(RouteEventViewHandler)} the zero-allocation one.
 */
public final class RouteEvents {
    /**
     * The smallest receive buffer a subscription accepts: the list and resync dumps run on the
     * subscription's socket and the kernel sends their replies in datagrams of up to 32 KiB, which
     * must fit beside the notifications.
     */
    public static final int MIN_RECEIVE_BUFFER = 64 * 1024;

    private NetNamespace namespace;
    private Set<RouteEventGroup> groups = EnumSet.allOf(RouteEventGroup.class);
    private boolean listExisting = true;
    private int receiveBufferBytes;
    private Executor executor;
    private Consumer<? super RuntimeException> onError;

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
     * Follows {@code ns} ({@code ip -n NS monitor}); default: the calling thread's namespace.
     *
     * @param ns the network namespace (like {@code ip -n NS})
     * @return this builder
     */
    public RouteEvents in(NetNamespace ns) {
        this.namespace = Objects.requireNonNull(ns, "namespace");
        return this;
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
     * Whether the objects that exist at the start are delivered first as NEW (default true), or
     * only live changes (the state is still dumped, silently, so that resyncs and the suppression
     * of repeated states work).
     *
     * @param on true to list the existing objects first
     * @return this builder
     */
    public RouteEvents listExisting(boolean on) {
        this.listExisting = on;
        return this;
    }

    /**
     * The kernel receive buffer of the subscription's socket in bytes ({@code SO_RCVBUFFORCE},
     * falling back to {@code SO_RCVBUF} when not permitted; the kernel doubles it). Bigger buffers
     * overrun later; at least {@link #MIN_RECEIVE_BUFFER}.
     *
     * @param bytes the size in bytes
     * @return this builder
     */
    public RouteEvents receiveBufferSize(int bytes) {
        if (bytes < MIN_RECEIVE_BUFFER) {
            throw new IllegalArgumentException("receive buffer size must be at least " + MIN_RECEIVE_BUFFER
                    + " bytes (room for one 32 KiB dump datagram beside the notifications): " + bytes);
        }
        this.receiveBufferBytes = bytes;
        return this;
    }

    /**
     * Hands events to {@code executor} (in order, one at a time) instead of calling back on the receive thread.
     *
     * @param executor runs the deliveries in order, or null to deliver on the receive thread
     * @return this builder
     */
    public RouteEvents executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /**
     * Told (on the receive thread) when the subscription ends because of an error.
     *
     * @param onError called once with the error that ends the subscription
     * @return this builder
     */
    public RouteEvents onError(Consumer<? super RuntimeException> onError) {
        this.onError = Objects.requireNonNull(onError, "onError");
        return this;
    }

    /**
     * Starts the subscription, calling {@code consumer} with each event.
     *
     *
     * @param consumer called with each item; a view is valid only during the call
     * @return the running subscription; close it to stop
     * @throws io.jnetlink.core.NetlinkException if the socket cannot be opened or a group joined
     */
    public EventSubscription start(Consumer<? super RouteEvent> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        OrderedDelivery<RouteEvent> delivery = executor == null ? null : new OrderedDelivery<>(executor, consumer);
        Consumer<RouteEvent> sink = delivery != null ? delivery : consumer::accept;
        EventSubscription.Failure failure = new EventSubscription.Failure();
        Consumer<? super RuntimeException> errors = onError;
        NetlinkSubscription s = open(sink, e -> {
            failure.set(e);
            if (errors != null) {
                errors.accept(e);
            }
        }, () -> {
        });
        return new EventSubscription(s, delivery, failure);
    }

    /**
     * Starts the subscription with events waiting in a queue of {@code capacity} for the caller to
     * take (a blocking iterator). A full queue holds the receive thread back, which ends in an
     * overrun and a resync: the consumer sees fewer intermediate states, never a wrong final one.
     *
     * @param capacity how many events may wait before the subscription fails with an overrun
     * @return the queue the events wait in; close it to stop the subscription
     */
    public EventQueue<RouteEvent> queue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("queue capacity must be positive: " + capacity);
        }
        NetlinkSubscription[] holder = new NetlinkSubscription[1];
        EventQueue<RouteEvent> queue = new EventQueue<>(capacity, () -> holder[0].close());
        holder[0] = open(queue::put, queue::fail, queue::end);
        return queue;
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
        NetlinkSubscription s = builder().start(new EventViewDispatcher(groups, handler));
        return new EventSubscription(s, null, new EventSubscription.Failure());
    }

    private NetlinkSubscription open(Consumer<RouteEvent> sink, Consumer<RuntimeException> failed, Runnable closed) {
        List<RequestEncoder> dumps = new ArrayList<>();
        for (RouteEventGroup g : groups) {
            dumps.add(g.dump());
        }
        StateListener<Object> listener = new StateListener<>() {
            @Override
            public void onChange(ChangeType type, Object value) {
                sink.accept(EventCodec.event(type, value));
            }

            @Override
            public void onSync(SyncSignal signal) {
                sink.accept(new EventSync(signal));
            }

            @Override
            public void onError(RuntimeException error) {
                failed.accept(error);
            }

            @Override
            public void onClose() {
                closed.run();
            }
        };
        return builder().start(new StateFollower<>(dumps, new EventCodec(groups), listener, listExisting));
    }

    private NetlinkSubscription.Builder builder() {
        NetlinkSubscription.Builder b = NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).threadName("jnetlink-route-events");
        if (namespace != null) {
            b.in(namespace);
        }
        for (RouteEventGroup g : groups) {
            b.groups(g.group());
        }
        if (receiveBufferBytes > 0) {
            b.receiveBufferSize(receiveBufferBytes, true);
        }
        return b;
    }
}
