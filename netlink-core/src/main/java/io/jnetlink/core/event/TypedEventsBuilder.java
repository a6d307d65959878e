package io.jnetlink.core.event;

import io.jnetlink.core.NetNamespace;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The common builder of a typed, list-then-follow subscription to one protocol's multicast groups
 * (nftables, conntrack, …): where to follow, whether to list first, the receive buffer, and how
 * events are handed over. A protocol module says only what it subscribes to and how it decodes.
 *
 * @param <SELF> the concrete builder, returned by the builder methods
 * @param <E>    the events it delivers
 */
public abstract class TypedEventsBuilder<SELF extends TypedEventsBuilder<SELF, E>, E> {
    /** The smallest receive buffer accepted: dump replies (up to 32 KiB datagrams) must fit beside notifications. */
    public static final int MIN_RECEIVE_BUFFER = 64 * 1024;

    private NetNamespace namespace;
    private boolean listExisting = true;
    private int receiveBufferBytes;
    private Executor executor;
    private Consumer<? super RuntimeException> onError;

    /** For subclasses. */
    protected TypedEventsBuilder() {
    }

    /**
     * The socket this subscription listens on: protocol, groups and thread name; namespace and
     * buffer size are added by this class.
     *
     * @return a new subscription socket builder
     */
    protected abstract NetlinkSubscription.Builder subscription();

    /**
     * How dumps and notifications become typed events.
     *
     * @return the decoding and state-following of this event family
     */
    protected abstract TypedEvents<?, E> events();

    /**
     * Follows {@code ns} (like {@code ip -n NS}); default: the calling thread's namespace.
     *
     * @param ns the network namespace
     * @return this builder
     */
    public SELF in(NetNamespace ns) {
        this.namespace = Objects.requireNonNull(ns, "namespace");
        return self();
    }

    /**
     * Whether existing objects are delivered first as NEW, then LISTED (default true), or only live changes.
     *
     * @param on true to list what exists first
     * @return this builder
     */
    public SELF listExisting(boolean on) {
        this.listExisting = on;
        return self();
    }

    /**
     * The kernel receive buffer in bytes (forced where permitted; the kernel doubles it); at least
     * {@link #MIN_RECEIVE_BUFFER}.
     *
     * @param bytes the requested size in bytes
     * @return this builder
     */
    public SELF receiveBufferSize(int bytes) {
        if (bytes < MIN_RECEIVE_BUFFER) {
            throw new IllegalArgumentException("receive buffer size must be at least " + MIN_RECEIVE_BUFFER + " bytes: " + bytes);
        }
        this.receiveBufferBytes = bytes;
        return self();
    }

    /**
     * Hands events to {@code executor}, in order, one at a time.
     *
     * @param executor runs the deliveries in order
     * @return this builder
     */
    public SELF executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return self();
    }

    /**
     * Told when the subscription ends because of an error.
     *
     * @param onError called once with the error that ends the subscription
     * @return this builder
     */
    public SELF onError(Consumer<? super RuntimeException> onError) {
        this.onError = Objects.requireNonNull(onError, "onError");
        return self();
    }

    /**
     * Starts the subscription, calling {@code consumer} with each event.
     *
     * @param consumer called with each event, in order
     * @return the running subscription; close it to stop
     */
    public EventSubscription start(Consumer<? super E> consumer) {
        return events().start(socket(), listExisting, executor, consumer, onError);
    }

    /**
     * Opens the subscription as a {@link NetlinkChannel} for a program with its own event loop
     * (jnr-enxio's selector; see {@link NetlinkChannel}): the same list-then-follow as
     * {@link #start} — existing objects first, then {@link SyncSignal#LISTED}, then changes, none
     * missed or repeated, and a resync after an overrun — with {@code consumer} called on the
     * thread that calls {@link NetlinkChannel#receiveReady()}. While the dumps run, call
     * {@link NetlinkChannel#idle()} when nothing was selected for {@link NetlinkChannel#idleMillis()}
     * (a dump lost in an overrun is then sent again). Like {@code ip -n NS monitor} read by your loop.
     *
     * @param consumer called with each event, in order, on the reading thread
     * @return the channel; close it to stop
     * @throws IllegalStateException if an {@link #executor(Executor)} was set: a channel's events
     *                               run on the thread that reads it
     */
    public NetlinkChannel channel(Consumer<? super E> consumer) {
        if (executor != null) {
            throw new IllegalStateException("channel(): events run on the thread that calls receiveReady();"
                    + " an executor(...) does not apply");
        }
        return events().channel(socket(), listExisting, consumer, onError);
    }

    /**
     * Starts the subscription with events waiting in a queue of {@code capacity} (a blocking iterator).
     *
     * @param capacity how many events may wait before the subscription fails with an overrun
     * @return the queue the events wait in; close it to stop the subscription
     */
    public EventQueue<E> queue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("queue capacity must be positive: " + capacity);
        }
        return events().queue(socket(), listExisting, capacity);
    }

    /**
     * The socket builder of this subscription as configured: {@link #subscription()} plus the
     * namespace and buffer size set here (for subclasses that start other forms of it).
     *
     * @return a new, configured subscription socket builder
     */
    protected final NetlinkSubscription.Builder socket() {
        NetlinkSubscription.Builder b = subscription();
        if (namespace != null) {
            b.in(namespace);
        }
        if (receiveBufferBytes > 0) {
            b.receiveBufferSize(receiveBufferBytes, true);
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }
}
