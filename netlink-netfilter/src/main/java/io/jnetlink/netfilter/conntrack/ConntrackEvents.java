package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.message.Netlink;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * {@code conntrack -E} from Java: connections of one namespace as the kernel starts tracking
 * them, updates their state and destroys them ({@code NFNLGRP_CONNTRACK_NEW}, {@code _UPDATE},
 * {@code _DESTROY}; all three are joined, so that the followed state stays whole).
 *
 * <pre>{@code
 * try (EventSubscription s = ConntrackEvents.subscribe().in(ns).start(System.out::println)) { ... }
 * }</pre>
 *
 * <p>Lists first by default (every tracked connection as NEW, then LISTED), then follows; an
 * overrun, likely under heavy traffic, is reported (OVERRUN), the table re-dumped and the
 * differences delivered (then RESYNCED). Conntrack only runs in a namespace where something uses
 * it (an nft rule matching {@code ct state}, NAT).
 */
public final class ConntrackEvents {
    /** {@code NFNLGRP_CONNTRACK_NEW} in {@code <linux/netfilter/nfnetlink.h>}. */
    public static final int NFNLGRP_CONNTRACK_NEW = 1;
    /** {@code NFNLGRP_CONNTRACK_UPDATE}. */
    public static final int NFNLGRP_CONNTRACK_UPDATE = 2;
    /** {@code NFNLGRP_CONNTRACK_DESTROY}. */
    public static final int NFNLGRP_CONNTRACK_DESTROY = 3;
    /** The smallest receive buffer accepted: dump replies (up to 32 KiB datagrams) must fit beside notifications. */
    public static final int MIN_RECEIVE_BUFFER = 64 * 1024;

    private NetNamespace namespace;
    private boolean listExisting = true;
    private int receiveBufferBytes;
    private Executor executor;
    private Consumer<? super RuntimeException> onError;

    private ConntrackEvents() {
    }

    /**
     * Starts describing a subscription: {@code conntrack -E}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static ConntrackEvents subscribe() {
        return new ConntrackEvents();
    }

    /**
     * Follows {@code ns}; default: the calling thread's namespace.
     *
     * @param ns the network namespace (like {@code ip -n NS})
     * @return this builder
     */
    public ConntrackEvents in(NetNamespace ns) {
        this.namespace = Objects.requireNonNull(ns, "namespace");
        return this;
    }

    /**
     * Whether tracked connections are delivered first as NEW (default true), or only live changes.
     *
     * @param on true to list the existing entries first
     * @return this builder
     */
    public ConntrackEvents listExisting(boolean on) {
        this.listExisting = on;
        return this;
    }

    /**
     * The kernel receive buffer in bytes (forced where permitted; the kernel doubles it); at least {@link #MIN_RECEIVE_BUFFER}.
     *
     * @param bytes the requested size in bytes
     * @return this builder
     */
    public ConntrackEvents receiveBufferSize(int bytes) {
        if (bytes < MIN_RECEIVE_BUFFER) {
            throw new IllegalArgumentException("receive buffer size must be at least " + MIN_RECEIVE_BUFFER + " bytes: " + bytes);
        }
        this.receiveBufferBytes = bytes;
        return this;
    }

    /**
     * Hands events to {@code executor}, in order, one at a time.
     *
     * @param executor runs the deliveries in order, or null to deliver on the receive thread
     * @return this builder
     */
    public ConntrackEvents executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /**
     * Told when the subscription ends because of an error.
     *
     * @param onError called once with the error that ends the subscription
     * @return this builder
     */
    public ConntrackEvents onError(Consumer<? super RuntimeException> onError) {
        this.onError = Objects.requireNonNull(onError, "onError");
        return this;
    }

    /**
     * Starts the subscription, calling {@code consumer} with each event.
     *
     * @param consumer called with each item; a view is valid only during the call
     * @return the running subscription; close it to stop
     */
    public EventSubscription start(Consumer<? super ConntrackEvent> consumer) {
        return typed().start(socket(), listExisting, executor, consumer, onError);
    }

    /**
     * Starts the subscription with events waiting in a queue of {@code capacity} (a blocking iterator).
     *
     * @param capacity how many events may wait before the subscription fails with an overrun
     * @return the queue the events wait in; close it to stop the subscription
     */
    public EventQueue<ConntrackEvent> queue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("queue capacity must be positive: " + capacity);
        }
        return typed().queue(socket(), listExisting, capacity);
    }

    private static TypedEvents<ConntrackEntry, ConntrackEvent> typed() {
        return new TypedEvents<>(List.of(ConntrackEventCodec.DUMP), new ConntrackEventCodec(), ConntrackEventCodec::event,
                ConntrackEventSync::new);
    }

    private NetlinkSubscription.Builder socket() {
        NetlinkSubscription.Builder b = NetlinkSubscription.builder(Netlink.NETLINK_NETFILTER)
                .groups(NFNLGRP_CONNTRACK_NEW, NFNLGRP_CONNTRACK_UPDATE, NFNLGRP_CONNTRACK_DESTROY)
                .threadName("jnetlink-conntrack-events");
        if (namespace != null) {
            b.in(namespace);
        }
        if (receiveBufferBytes > 0) {
            b.receiveBufferSize(receiveBufferBytes, true);
        }
        return b;
    }
}
