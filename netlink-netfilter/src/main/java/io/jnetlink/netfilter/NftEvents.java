package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.TypedEvents;
import io.jnetlink.core.message.Netlink;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * {@code nft monitor} from Java: tables, chains, rules and sets of one namespace as they are
 * added, changed and deleted ({@code NFNLGRP_NFTABLES}).
 *
 * <pre>{@code
 * try (EventSubscription s = NftEvents.subscribe().in(ns).start(System.out::println)) { ... }
 * }</pre>
 *
 * <p>Lists first by default (every existing object as NEW, then {@link NftEventSync} LISTED),
 * then follows with nothing missed or repeated; an overrun is reported (OVERRUN), the ruleset
 * re-dumped and the differences delivered (then RESYNCED). Delivery is on a library thread, in
 * order, or handed to an executor; {@link #queue(int)} is the pull form.
 */
public final class NftEvents {
    /** The nftables multicast group ({@code NFNLGRP_NFTABLES} in {@code <linux/netfilter/nfnetlink.h>}). */
    public static final int NFNLGRP_NFTABLES = 7;
    /** The smallest receive buffer accepted: dump replies (up to 32 KiB datagrams) must fit beside notifications. */
    public static final int MIN_RECEIVE_BUFFER = 64 * 1024;

    private NetNamespace namespace;
    private boolean listExisting = true;
    private int receiveBufferBytes;
    private Executor executor;
    private Consumer<? super RuntimeException> onError;

    private NftEvents() {
    }

    /**
     * Starts describing a subscription: {@code nft monitor}.
     *
     * @return a new subscription builder; {@code start} or {@code queue} starts it
     */
    public static NftEvents subscribe() {
        return new NftEvents();
    }

    /**
     * Follows {@code ns} ({@code ip netns exec NS nft monitor}); default: the calling thread's namespace.
     *
     * @param ns the network namespace (like {@code ip -n NS})
     * @return this builder
     */
    public NftEvents in(NetNamespace ns) {
        this.namespace = Objects.requireNonNull(ns, "namespace");
        return this;
    }

    /**
     * Whether existing objects are delivered first as NEW (default true), or only live changes.
     *
     * @param on true to list the existing objects first
     * @return this builder
     */
    public NftEvents listExisting(boolean on) {
        this.listExisting = on;
        return this;
    }

    /**
     * The kernel receive buffer in bytes (forced where permitted; the kernel doubles it); at least {@link #MIN_RECEIVE_BUFFER}.
     *
     * @param bytes the requested size in bytes
     * @return this builder
     */
    public NftEvents receiveBufferSize(int bytes) {
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
    public NftEvents executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /**
     * Told when the subscription ends because of an error.
     *
     * @param onError called once with the error that ends the subscription
     * @return this builder
     */
    public NftEvents onError(Consumer<? super RuntimeException> onError) {
        this.onError = Objects.requireNonNull(onError, "onError");
        return this;
    }

    /**
     * Starts the subscription, calling {@code consumer} with each event.
     *
     * @param consumer called with each item; a view is valid only during the call
     * @return the running subscription; close it to stop
     */
    public EventSubscription start(Consumer<? super NftEvent> consumer) {
        return typed().start(socket(), listExisting, executor, consumer, onError);
    }

    /**
     * Starts the subscription with events waiting in a queue of {@code capacity} (a blocking iterator).
     *
     * @param capacity how many events may wait before the subscription fails with an overrun
     * @return the queue the events wait in; close it to stop the subscription
     */
    public EventQueue<NftEvent> queue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("queue capacity must be positive: " + capacity);
        }
        return typed().queue(socket(), listExisting, capacity);
    }

    private static TypedEvents<Object, NftEvent> typed() {
        return new TypedEvents<>(NftEventCodec.dumps(), new NftEventCodec(), NftEventCodec::event, NftEventSync::new);
    }

    private NetlinkSubscription.Builder socket() {
        NetlinkSubscription.Builder b = NetlinkSubscription.builder(Netlink.NETLINK_NETFILTER)
                .groups(NFNLGRP_NFTABLES).threadName("jnetlink-nft-events");
        if (namespace != null) {
            b.in(namespace);
        }
        if (receiveBufferBytes > 0) {
            b.receiveBufferSize(receiveBufferBytes, true);
        }
        return b;
    }
}
