package io.jnetlink.core.testing;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateFollower;
import io.jnetlink.core.event.StateListener;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.event.SubscriptionChannel;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fuzzes a {@link StateFollower} over a real protocol's {@link StateCodec}: a random script of dump
 * replies, notifications (some of them deletions), {@code NLMSG_DONE} with and without
 * {@code NLM_F_DUMP_INTR}, overruns and idle ticks, built from captured kernel messages of which
 * some are mutated by {@link FuzzMutator}. It fails if
 * <ul>
 *   <li>anything but a {@link NetlinkDecodeException} or {@link NetlinkException} leaves the follower
 *       (either ends a real subscription, as it ends the script);</li>
 *   <li>a delivered value has an accessor that throws ({@link Accessors#touch});</li>
 *   <li>after the script, one clean resync (an overrun, then a dump of every unmutated message)
 *       does not leave the subscriber's state equal to what that dump says: whatever came before,
 *       the sum of the changes delivered must be the kernel's state.</li>
 * </ul>
 * {@link #check} runs a case under {@link FuzzRunner}'s watchdog and allocation bound.
 *
 * @param <V> the codec's value type
 */
public final class FollowerFuzz<V> {
    private static final int PORT = 4242;
    private static final int OTHER_PORT = 0;

    private final StateCodec<V> codec;
    private final List<byte[]> objects;
    private final int deleteTypeOffset;
    private boolean warm;

    /**
     * @param codec            the protocol's codec
     * @param objects          captured kernel messages describing objects (NEW type; control messages are skipped)
     * @param deleteTypeOffset added to a message's type to make its deletion (RTM_NEWLINK + 1 = RTM_DELLINK;
     *                         0 when the protocol has no separate type)
     */
    public FollowerFuzz(StateCodec<V> codec, List<byte[]> objects, int deleteTypeOffset) {
        // captured dumps end in NLMSG_DONE: the script places its own control messages
        List<byte[]> described = objects.stream()
                .filter(m -> m.length >= 16 && (ByteBuffer.wrap(m).order(ByteOrder.nativeOrder()).getShort(4) & 0xffff) >= Netlink.NLMSG_MIN_TYPE)
                .toList();
        if (described.isEmpty()) {
            throw new IllegalArgumentException("objects: no captured object messages");
        }
        this.codec = codec;
        this.objects = described;
        this.deleteTypeOffset = deleteTypeOffset;
    }

    /**
     * One script from {@code seed} under {@link FuzzRunner}: at most {@link FuzzRunner#TIMEOUT_MILLIS}, and a flat
     * allocation budget of 32 MiB (the script, the follower and the accessor walk allocate per case, not per input byte).
     * The first call runs one script unwatched first, so that class loading and linking are not timed.
     */
    public void check(long seed) {
        if (!warm) {
            run(seed);
            warm = true;
        }
        byte[] input = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
        FuzzRunner.check(input, 4 << 20, b -> run(seed));
    }

    /** One script from {@code seed}; see the class comment for what fails. */
    public void run(long seed) {
        Random random = new Random(seed);
        Channel channel = new Channel();
        Subscriber<V> subscriber = new Subscriber<>(codec);
        boolean listThenFollow = random.nextBoolean();
        StateFollower<V> follower = new StateFollower<>(List.of(dumpRequest()), codec, subscriber, listThenFollow);
        follower.begin(channel);
        try {
            int steps = 5 + random.nextInt(40);
            for (int i = 0; i < steps; i++) {
                step(random, follower, channel);
            }
        } catch (NetlinkDecodeException | NetlinkException endsTheSubscription) {
            return;
        }
        // a clean resync must bring the subscriber to exactly the dumped state; a round that was already
        // disturbed (an interrupted dump, the overrun itself) runs again, so dump until no new round starts
        follower.onOverrun();
        Map<Object, V> truth = new LinkedHashMap<>();
        for (byte[] m : objects) {
            StateUpdate<V> update;
            try {
                update = decodeAlone(m);
            } catch (NetlinkDecodeException notAnObject) {
                continue;
            }
            if (update != null && !update.deleted()) {
                truth.put(codec.key(update.value()), update.value());
            }
        }
        for (int round = 0, seq = -1; seq != channel.seq; round++) {
            if (round == 3) {
                throw new AssertionError("three clean dumps did not end the resync (seed " + seed + ")");
            }
            seq = channel.seq;
            for (byte[] m : objects) {
                feed(follower, withHeader(m, Netlink.NLM_F_MULTI, seq, PORT, 0));
            }
            feed(follower, done(seq, 0));
        }
        // list then follow: the subscriber holds everything; follow only: what changed after the listing,
        // so a subset, but never an object the kernel does not have nor a state it does not hold
        boolean complete = listThenFollow ? subscriber.state.keySet().equals(truth.keySet())
                : truth.keySet().containsAll(subscriber.state.keySet());
        if (!complete) {
            throw new AssertionError("after a clean resync (" + (listThenFollow ? "list then follow" : "follow only")
                    + ") the subscriber holds " + subscriber.state.keySet()
                    + " but the kernel's dump holds " + truth.keySet() + " (seed " + seed + ")");
        }
        for (Map.Entry<Object, V> e : subscriber.state.entrySet()) {
            if (!codec.sameState(e.getValue(), truth.get(e.getKey()))) {
                throw new AssertionError("after a clean resync object " + e.getKey() + " is " + e.getValue()
                        + " but the kernel's dump says " + truth.get(e.getKey()) + " (seed " + seed + ")");
            }
        }
    }

    private void step(Random random, StateFollower<V> follower, Channel channel) {
        byte[] object = objects.get(random.nextInt(objects.size()));
        boolean mutate = random.nextInt(4) == 0;
        switch (random.nextInt(8)) {
            case 0, 1, 2 -> feed(follower, maybeMutated(withHeader(object, Netlink.NLM_F_MULTI, channel.seq, PORT, 0), mutate, random));
            case 3, 4 -> feed(follower, maybeMutated(withHeader(object, 0, 0, OTHER_PORT, 0), mutate, random));
            case 5 -> feed(follower, maybeMutated(withHeader(object, 0, 0, OTHER_PORT, deleteTypeOffset), mutate, random));
            case 6 -> feed(follower, done(channel.seq, random.nextBoolean() ? Netlink.NLM_F_DUMP_INTR : 0));
            default -> {
                if (random.nextBoolean()) {
                    follower.onOverrun();
                } else {
                    follower.onIdle();
                }
            }
        }
    }

    private StateUpdate<V> decodeAlone(byte[] message) {
        MessageReader r = reader(message);
        return r.next() ? codec.decode(r) : null;
    }

    private static byte[] maybeMutated(byte[] message, boolean mutate, Random random) {
        return mutate ? FuzzMutator.mutate(message, random) : message;
    }

    private static byte[] withHeader(byte[] message, int flags, int seq, int port, int typeOffset) {
        byte[] copy = message.clone();
        if (copy.length >= 16) {
            ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.nativeOrder());
            b.putShort(4, (short) (b.getShort(4) + typeOffset));
            b.putShort(6, (short) ((b.getShort(6) & ~Netlink.NLM_F_MULTI) | flags));
            b.putInt(8, seq).putInt(12, port);
        }
        return copy;
    }

    private static byte[] done(int seq, int flags) {
        ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder());
        b.putInt(0, 20).putShort(4, (short) Netlink.NLMSG_DONE).putShort(6, (short) (Netlink.NLM_F_MULTI | flags))
                .putInt(8, seq).putInt(12, PORT).putInt(16, 0);
        return b.array();
    }

    private static void feed(StateFollower<?> follower, byte[] datagram) {
        MessageReader r = reader(datagram);
        while (r.next()) {
            follower.onMessage(r);
        }
    }

    private static MessageReader reader(byte[] datagram) {
        ByteBuffer direct = ByteBuffer.allocateDirect(Math.max(1, datagram.length)).order(ByteOrder.nativeOrder());
        direct.put(0, datagram);
        MessageReader r = new MessageReader();
        r.wrap(direct, 0, datagram.length);
        return r;
    }

    private static RequestEncoder dumpRequest() {
        return w -> w.endMessage(w.beginMessage(Netlink.NLMSG_MIN_TYPE, 0));
    }

    /** Hands out sequence numbers 1, 2, 3 ... and remembers the last. */
    private static final class Channel implements SubscriptionChannel {
        int seq;

        @Override
        public int send(RequestEncoder encoder, int flags) {
            return ++seq;
        }

        @Override
        public int portId() {
            return PORT;
        }
    }

    /** Applies the delivered changes to a map, touching every accessor of every value. */
    private static final class Subscriber<V> implements StateListener<V> {
        final StateCodec<V> codec;
        final Map<Object, V> state = new HashMap<>();
        final List<SyncSignal> signals = new ArrayList<>();

        Subscriber(StateCodec<V> codec) {
            this.codec = codec;
        }

        @Override
        public void onChange(ChangeType type, V value) {
            Accessors.touch(value);
            if (type == ChangeType.DELETED) {
                state.remove(codec.key(value));
            } else {
                state.put(codec.key(value), value);
            }
        }

        @Override
        public void onSync(SyncSignal signal) {
            signals.add(signal);
        }
    }
}
