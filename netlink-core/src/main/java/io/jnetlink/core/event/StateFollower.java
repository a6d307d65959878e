package io.jnetlink.core.event;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "List then follow" without a gap, and recovery from overruns, over a {@link NetlinkSubscription}:
 * the {@link SubscriptionHandler} that turns notifications and dumps into a stream of
 * NEW/CHANGED/DELETED changes whose sum is always the kernel's state.
 *
 * <p>How: the groups are joined first; then the dumps are sent on the same socket, so their
 * replies arrive in one queue with the notifications, in the order the kernel made them. Every
 * object seen is cached by {@link StateCodec#key}. A notification identical to the cached state
 * is not delivered, nor is the deletion of an unknown object, so what the subscriber receives is
 * exactly the difference between successive states. During a dump, an object touched by a
 * notification read after the dump's first reply keeps the notification's state (every later
 * change has a notification of its own, in queue order). Notifications read before the first
 * reply were queued before the dump began (after an overrun: the backlog, possibly with later
 * deletions lost), so they are applied but do not count as touching. When a round of dumps ends,
 * cached objects the dumps did not show and no notification touched are reported DELETED.
 *
 * <p>On an overrun ({@code ENOBUFS}) the subscriber gets {@link SyncSignal#OVERRUN}, the dumps
 * run again (a "resync") and the differences are delivered, then {@link SyncSignal#RESYNCED}.
 * A round disturbed by another overrun or by {@code NLM_F_DUMP_INTR} is repeated.
 *
 * <p>All methods run on the event loop's thread; the follower is not shared.
 *
 * @param <V> the value type
 */
public final class StateFollower<V> implements SubscriptionHandler {
    /** A dump that makes no progress for this long is sent again (it may have been lost in an overrun). */
    private static final long DUMP_STALL_NANOS = 3_000_000_000L;

    private final List<RequestEncoder> dumps;
    private final StateCodec<V> codec;
    private final StateListener<V> listener;
    private final boolean deliverExisting;
    private final Map<Object, V> cache = new HashMap<>();
    private final Set<Object> seen = new HashSet<>();
    private final Set<Object> touched = new HashSet<>();
    private SubscriptionChannel subscription;
    private boolean listed;
    private boolean inRound;
    /** Whether a reply of this round's first dump has been read: only notifications after it count as touching. */
    private boolean dumpStarted;
    private boolean dirty;
    private boolean overrunPending;
    private int dumpIndex;
    private int dumpSeq;
    private long lastDumpProgress;
    private int rounds;

    /**
     * @param dumps           the dump requests that together list every followed object
     *                        ({@code NLM_F_DUMP} and the sequence number are added)
     * @param codec           reads the objects
     * @param listener        receives the changes
     * @param deliverExisting whether the objects found by the first dump are delivered as NEW
     *                        (list then follow) or only cached (follow from now on)
     */
    public StateFollower(List<RequestEncoder> dumps, StateCodec<V> codec, StateListener<V> listener,
                         boolean deliverExisting) {
        this.dumps = List.copyOf(dumps);
        this.codec = Objects.requireNonNull(codec, "codec");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.deliverExisting = deliverExisting;
    }

    /** {@return how many rounds of dumps have been started (the first listing included)} */
    public int rounds() {
        return rounds;
    }

    @Override
    public void onStart(NetlinkSubscription subscription) {
        begin(subscription);
    }

    /**
     * Starts the first round of dumps on {@code channel} (what {@link #onStart} does; public for tests).
     *
     * @param channel the subscription's socket, for the dump requests
     */
    public void begin(SubscriptionChannel channel) {
        this.subscription = Objects.requireNonNull(channel, "channel");
        startRound();
    }

    @Override
    public void onMessage(MessageReader message) {
        if (message.portId() == subscription.portId()) {
            // a reply to one of our dumps (notifications carry the port of the socket that caused them)
            if (inRound && message.sequence() == dumpSeq) {
                onDumpMessage(message);
            }
            return; // else: a late reply to a dump that was sent again
        }
        StateUpdate<V> update = codec.decode(message);
        if (update != null) {
            applyNotification(update);
        }
        checkStall();
    }

    @Override
    public void onOverrun() {
        dirty = true;
        if (!overrunPending) {
            overrunPending = true;
            listener.onSync(SyncSignal.OVERRUN);
        }
        if (!inRound) {
            startRound();
        }
    }

    @Override
    public void onIdle() {
        checkStall();
    }

    /** Idle calls only while a round of dumps runs (to resend a stalled dump); none while following. */
    @Override
    public long idleMillis() {
        return inRound ? NetlinkSubscription.IDLE_MILLIS : -1;
    }

    @Override
    public void onError(RuntimeException error) {
        listener.onError(error);
    }

    @Override
    public void onClose() {
        listener.onClose();
    }

    // ---- rounds of dumps ------------------------------------------------------------------------

    private void startRound() {
        rounds++;
        inRound = true;
        dumpStarted = false;
        dirty = false;
        seen.clear();
        touched.clear();
        dumpIndex = 0;
        if (dumps.isEmpty()) {
            finishRound();
        } else {
            sendDump();
        }
    }

    private void sendDump() {
        lastDumpProgress = System.nanoTime();
        dumpSeq = subscription.send(dumps.get(dumpIndex), Netlink.NLM_F_DUMP);
    }

    private void checkStall() {
        if (inRound && System.nanoTime() - lastDumpProgress > DUMP_STALL_NANOS) {
            dirty = true;
            sendDump();
        }
    }

    private void onDumpMessage(MessageReader m) {
        lastDumpProgress = System.nanoTime();
        dumpStarted = true;
        if ((m.flags() & Netlink.NLM_F_DUMP_INTR) != 0) {
            dirty = true; // the kernel's tables changed under the dump: run the round again
        }
        int type = m.type();
        if (type == Netlink.NLMSG_DONE) {
            if (m.payloadLength() >= 4 && m.payloadU32(0) < 0) {
                throw NetlinkException.kernel("dump #" + dumpIndex + " for a subscription", -m.payloadU32(0), null, -1, dumpSeq);
            }
            if (++dumpIndex < dumps.size()) {
                sendDump();
            } else {
                finishRound();
            }
        } else if (type == Netlink.NLMSG_ERROR) {
            int errno = m.payloadLength() >= 4 ? -m.payloadU32(0) : 0;
            if (errno == Errno.ENOBUFS) {
                // the first part of the dump did not fit: the kernel continues it as we read
                dirty = true;
            } else if (errno == Errno.EBUSY) {
                // an abandoned dump still runs on this socket: send again once it has drained
                lastDumpProgress = System.nanoTime() - DUMP_STALL_NANOS + 200_000_000L;
            } else if (errno != 0) {
                throw NetlinkException.kernel("dump #" + dumpIndex + " for a subscription", errno, null, -1, dumpSeq);
            }
        } else if (type != Netlink.NLMSG_NOOP) {
            StateUpdate<V> update = codec.decode(m);
            if (update != null && !update.deleted()) {
                applyDumped(update.value());
            }
        }
    }

    private void finishRound() {
        for (Iterator<Map.Entry<Object, V>> it = cache.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, V> e = it.next();
            if (!seen.contains(e.getKey()) && !touched.contains(e.getKey())) {
                it.remove();
                emit(ChangeType.DELETED, e.getValue());
            }
        }
        inRound = false;
        seen.clear();
        touched.clear();
        if (dirty) {
            startRound();
            return;
        }
        if (!listed) {
            listed = true;
            listener.onSync(SyncSignal.LISTED);
        }
        if (overrunPending) {
            overrunPending = false;
            listener.onSync(SyncSignal.RESYNCED);
        }
    }

    // ---- the cache ------------------------------------------------------------------------------

    private void applyDumped(V value) {
        Object key = codec.key(value);
        seen.add(key);
        if (!touched.contains(key)) {
            upsert(key, value);
        }
    }

    private void applyNotification(StateUpdate<V> update) {
        Object key = codec.key(update.value());
        if (inRound && dumpStarted) {
            touched.add(key); // newer than what the dump has shown so far
        }
        if (update.deleted()) {
            if (cache.remove(key) != null) {
                emit(ChangeType.DELETED, update.value());
            }
        } else {
            upsert(key, update.value());
        }
    }

    private void upsert(Object key, V value) {
        V known = cache.put(key, value);
        if (known == null) {
            emit(ChangeType.NEW, value);
        } else if (!codec.sameState(known, value)) {
            emit(ChangeType.CHANGED, value);
        }
    }

    private void emit(ChangeType type, V value) {
        if (listed || deliverExisting) {
            listener.onChange(type, value);
        }
    }
}
