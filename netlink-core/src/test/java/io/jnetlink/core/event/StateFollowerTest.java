package io.jnetlink.core.event;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The list-then-follow and resync algorithm, driven message by message through a scripted
 * channel: toy objects (type 100 = new/changed, 101 = deleted; payload key, value).
 */
class StateFollowerTest {
    private static final int NEW = 100;
    private static final int DEL = 101;
    private static final int PORT = 4242;

    record Obj(int key, int value) {
    }

    /** Records the dumps sent; hands out sequence numbers 1, 2, 3 ... */
    static final class Channel implements SubscriptionChannel {
        final List<Integer> sent = new ArrayList<>();

        @Override
        public int send(RequestEncoder encoder, int flags) {
            assertEquals(Netlink.NLM_F_DUMP, flags);
            sent.add(sent.size() + 1);
            return sent.size();
        }

        @Override
        public int portId() {
            return PORT;
        }

        int lastSeq() {
            return sent.get(sent.size() - 1);
        }
    }

    static final class Codec implements StateCodec<Obj> {
        @Override
        public StateUpdate<Obj> decode(MessageReader m) {
            if (m.type() != NEW && m.type() != DEL) {
                return null;
            }
            return new StateUpdate<>(new Obj(m.payloadU32(0), m.payloadU32(4)), m.type() == DEL);
        }

        @Override
        public Object key(Obj value) {
            return value.key();
        }
    }

    /** Applies changes to a map and logs them as "NEW 1=10", "SYNC LISTED", ... */
    static final class Subscriber implements StateListener<Obj> {
        final List<String> log = new ArrayList<>();
        final Map<Integer, Integer> state = new HashMap<>();

        @Override
        public void onChange(ChangeType type, Obj value) {
            log.add(type + " " + value.key() + "=" + value.value());
            if (type == ChangeType.DELETED) {
                state.remove(value.key());
            } else {
                state.put(value.key(), value.value());
            }
        }

        @Override
        public void onSync(SyncSignal signal) {
            log.add("SYNC " + signal);
        }
    }

    private final Channel channel = new Channel();
    private final Subscriber subscriber = new Subscriber();
    private final MessageWriter w = new MessageWriter();
    private final MessageReader r = new MessageReader();

    private StateFollower<Obj> follower(boolean deliverExisting) {
        StateFollower<Obj> f = new StateFollower<>(List.of(x -> {
            int m = x.beginMessage(1, 0);
            x.endMessage(m);
        }), new Codec(), subscriber, deliverExisting);
        f.begin(channel);
        return f;
    }

    /** A notification (another process's port, sequence of its request). */
    private void event(StateFollower<Obj> f, int type, int key, int value) {
        deliver(f, type, 0, 777, 55, key, value);
    }

    /** A reply to the current dump. */
    private void dumped(StateFollower<Obj> f, int key, int value) {
        deliver(f, NEW, Netlink.NLM_F_MULTI, PORT, channel.lastSeq(), key, value);
    }

    private void done(StateFollower<Obj> f, int flags) {
        w.reset();
        int m = w.beginMessage(Netlink.NLMSG_DONE, Netlink.NLM_F_MULTI | flags, channel.lastSeq(), PORT);
        w.reserve(4);
        w.endMessage(m);
        feed(f);
    }

    private void deliver(StateFollower<Obj> f, int type, int flags, int port, int seq, int key, int value) {
        w.reset();
        int m = w.beginMessage(type, flags, seq, port);
        int at = w.reserve(8);
        w.putU32At(at, key).putU32At(at + 4, value);
        w.endMessage(m);
        feed(f);
    }

    private void feed(StateFollower<Obj> f) {
        r.wrap(w.buffer(), 0, w.position());
        while (r.next()) {
            f.onMessage(r);
        }
    }

    @Test
    void shouldListThenFollowWithoutDuplicatingWhatTheDumpAlreadyShowed() {
        StateFollower<Obj> f = follower(true);
        assertEquals(1, channel.sent.size(), "the dump is sent at start");
        dumped(f, 1, 10);
        event(f, NEW, 2, 20);          // made while the dump runs
        dumped(f, 2, 20);               // and then shown by the dump too: not repeated
        event(f, NEW, 1, 10);           // a notification identical to the known state
        done(f, 0);
        event(f, NEW, 1, 11);
        event(f, DEL, 3, 30);           // deletion of an unknown object
        event(f, DEL, 2, 20);
        assertEquals(List.of("NEW 1=10", "NEW 2=20", "SYNC LISTED", "CHANGED 1=11", "DELETED 2=20"), subscriber.log);
        assertEquals(Map.of(1, 11), subscriber.state);
    }

    @Test
    void shouldKeepTheNotifiedStateOfObjectsTouchedDuringTheDump() {
        StateFollower<Obj> f = follower(true);
        dumped(f, 3, 30);               // the dump's first reply
        event(f, NEW, 1, 10);
        event(f, NEW, 1, 12);
        dumped(f, 1, 11);               // a dump view older than the last notification: ignored
        event(f, DEL, 2, 0);
        dumped(f, 2, 20);               // deleted then shown: its re-creation is notified below
        event(f, NEW, 2, 21);
        done(f, 0);
        assertEquals(List.of("NEW 3=30", "NEW 1=10", "CHANGED 1=12", "NEW 2=21", "SYNC LISTED"), subscriber.log);
        assertEquals(Map.of(1, 12, 2, 21, 3, 30), subscriber.state);
    }

    @Test
    void shouldResyncAfterOverrunWithTheDifferencesOnly() {
        StateFollower<Obj> f = follower(true);
        dumped(f, 1, 10);
        dumped(f, 2, 20);
        dumped(f, 3, 30);
        done(f, 0);
        subscriber.log.clear();
        f.onOverrun();                   // lost: 1 changed, 2 deleted, 4 created
        assertEquals(2, channel.sent.size(), "a resync dump is sent");
        assertEquals(2, f.rounds());
        dumped(f, 1, 11);
        dumped(f, 3, 30);
        dumped(f, 4, 40);
        done(f, 0);
        assertEquals(List.of("SYNC OVERRUN", "CHANGED 1=11", "NEW 4=40", "DELETED 2=20", "SYNC RESYNCED"), subscriber.log);
        assertEquals(Map.of(1, 11, 3, 30, 4, 40), subscriber.state);
        event(f, NEW, 5, 50);            // and it goes on
        assertEquals(Map.of(1, 11, 3, 30, 4, 40, 5, 50), subscriber.state);
    }

    @Test
    void shouldSweepObjectsOnlyTheBacklogBeforeTheResyncDumpMentioned() {
        StateFollower<Obj> f = follower(true);
        dumped(f, 1, 10);
        done(f, 0);
        subscriber.log.clear();
        f.onOverrun();                   // the queue still holds notifications from before the loss
        event(f, NEW, 9, 90);            // backlog: 9 was made, and its deletion was then lost
        dumped(f, 1, 10);
        event(f, NEW, 8, 80);            // made while the dump runs, after its first reply
        done(f, 0);
        assertEquals(List.of("SYNC OVERRUN", "NEW 9=90", "NEW 8=80", "DELETED 9=90", "SYNC RESYNCED"), subscriber.log);
        assertEquals(Map.of(1, 10, 8, 80), subscriber.state);
    }

    @Test
    void shouldRepeatARoundDisturbedByAnotherOverrunOrAnInterruptedDump() {
        StateFollower<Obj> f = follower(true);
        dumped(f, 1, 10);
        f.onOverrun();                   // during the first listing
        done(f, 0);
        assertEquals(2, channel.sent.size(), "the round is repeated");
        dumped(f, 1, 10);
        dumped(f, 2, 20);
        done(f, Netlink.NLM_F_DUMP_INTR); // inconsistent: once more
        assertEquals(3, channel.sent.size());
        dumped(f, 2, 20);
        done(f, 0);
        assertEquals(List.of("NEW 1=10", "SYNC OVERRUN", "NEW 2=20", "DELETED 1=10", "SYNC LISTED", "SYNC RESYNCED"),
                subscriber.log);
        assertEquals(Map.of(2, 20), subscriber.state);
    }

    @Test
    void shouldIgnoreLateRepliesToAnEarlierDump() {
        StateFollower<Obj> f = follower(true);
        int first = channel.lastSeq();
        f.onOverrun();                   // still in round one: marks it dirty, no new dump yet
        done(f, 0);                      // round one ends; round two's dump is sent
        deliver(f, NEW, Netlink.NLM_F_MULTI, PORT, first, 9, 90); // a straggler of round one
        dumped(f, 1, 10);
        done(f, 0);
        assertEquals(Map.of(1, 10), subscriber.state);
    }

    @Test
    void shouldDeliverOnlyLiveChangesWhenNotListing() {
        StateFollower<Obj> f = follower(false);
        dumped(f, 1, 10);
        done(f, 0);
        event(f, NEW, 1, 10);            // known from the silent dump: nothing to say
        event(f, NEW, 2, 20);
        assertEquals(List.of("SYNC LISTED", "NEW 2=20"), subscriber.log);
    }

    @Test
    void shouldFailWithTheKernelErrorOfADump() {
        StateFollower<Obj> f = follower(true);
        w.reset();
        int m = w.beginMessage(Netlink.NLMSG_ERROR, 0, channel.lastSeq(), PORT);
        int at = w.reserve(20);
        w.putU32At(at, -22); // -EINVAL
        w.endMessage(m);
        NetlinkException e = assertThrows(NetlinkException.class, () -> feed(f));
        assertEquals(22, e.errno());
    }
}
