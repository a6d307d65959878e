package io.jnetlink.core.event;

import io.jnetlink.core.RequestEncoder;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Wires a {@link StateFollower} to typed events for protocol modules: turns each change and
 * milestone into the module's event type and hands it to a consumer, an executor (in order) or
 * a pull queue. Modules add their groups, dumps and codec; users never see this class.
 *
 * @param <V> the cached value type
 * @param <E> the module's event type
 */
public final class TypedEvents<V, E> {
    private final List<RequestEncoder> dumps;
    private final StateCodec<V> codec;
    private final BiFunction<ChangeType, V, E> change;
    private final Function<SyncSignal, E> sync;

    /**
     * @param dumps  the dumps that list every followed object
     * @param codec  reads the objects
     * @param change makes the event for a change
     * @param sync   makes the event for a milestone
     */
    public TypedEvents(List<RequestEncoder> dumps, StateCodec<V> codec, BiFunction<ChangeType, V, E> change,
                       Function<SyncSignal, E> sync) {
        this.dumps = List.copyOf(dumps);
        this.codec = Objects.requireNonNull(codec, "codec");
        this.change = Objects.requireNonNull(change, "change");
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    /**
     * Starts delivering to {@code consumer}, on the event loop thread or, when {@code executor} is
     * not null, handed to it in order.
     *
     * @param socket describes the subscription socket (groups, namespace)
     * @param listExisting whether to deliver the objects that exist at the start first (list-then-follow)
     * @param executor runs the deliveries in order, or null to deliver on the event loop thread
     * @param consumer called with each item; a view is valid only during the call
     * @param onError called once with the error that ends the subscription
     * @return the running subscription; close it to stop
     */
    public EventSubscription start(NetlinkSubscription.Builder socket, boolean listExisting, Executor executor,
                                   Consumer<? super E> consumer, Consumer<? super RuntimeException> onError) {
        Objects.requireNonNull(consumer, "consumer");
        OrderedDelivery<E> delivery = executor == null ? null : new OrderedDelivery<>(executor, consumer);
        Consumer<E> sink = delivery != null ? delivery : consumer::accept;
        EventSubscription.Failure failure = new EventSubscription.Failure();
        NetlinkSubscription s = socket.start(follower(listExisting, sink, e -> {
            failure.set(e);
            if (onError != null) {
                onError.accept(e);
            }
        }, () -> {
        }));
        return new EventSubscription(s, delivery, failure);
    }

    /**
     * Opens the subscription as a channel for the caller's own event loop: the same
     * list-then-follow as {@link #start} (no gap, no repeat, resync after an overrun), with
     * {@code consumer} called on the thread that calls {@link NetlinkChannel#receiveReady()}.
     * The first dump is sent now, on the calling thread.
     *
     * @param socket describes the subscription socket (groups, namespace)
     * @param listExisting whether to deliver the objects that exist at the start first (list-then-follow)
     * @param consumer called with each item on the reading thread
     * @param onError called once with the error that ends the subscription, or null
     * @return the channel; register it in a jnr-enxio selector, close it to stop
     */
    public NetlinkChannel channel(NetlinkSubscription.Builder socket, boolean listExisting,
                                  Consumer<? super E> consumer, Consumer<? super RuntimeException> onError) {
        Objects.requireNonNull(consumer, "consumer");
        return socket.channel(follower(listExisting, consumer::accept, e -> {
            if (onError != null) {
                onError.accept(e);
            }
        }, () -> {
        }));
    }

    /**
     * Starts delivering into a pull queue of {@code capacity}.
     *
     * @param socket describes the subscription socket (groups, namespace)
     * @param listExisting whether to deliver the objects that exist at the start first (list-then-follow)
     * @param capacity how many events may wait before the subscription fails with an overrun
     * @return the queue the events wait in; close it to stop the subscription
     */
    public EventQueue<E> queue(NetlinkSubscription.Builder socket, boolean listExisting, int capacity) {
        NetlinkSubscription[] holder = new NetlinkSubscription[1];
        EventQueue<E> queue = new EventQueue<>(capacity, () -> holder[0].close());
        holder[0] = socket.start(follower(listExisting, queue::put, queue::fail, queue::end));
        return queue;
    }

    /** The list-then-follow handler that turns changes and milestones into events for {@code sink}. */
    private StateFollower<V> follower(boolean listExisting, Consumer<E> sink, Consumer<RuntimeException> failed,
                                      Runnable closed) {
        StateListener<V> listener = new StateListener<>() {
            @Override
            public void onChange(ChangeType type, V value) {
                sink.accept(change.apply(type, value));
            }

            @Override
            public void onSync(SyncSignal signal) {
                sink.accept(sync.apply(signal));
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
        return new StateFollower<>(dumps, codec, listener, listExisting);
    }
}
