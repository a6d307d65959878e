package io.jnetlink.route.tc;

import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.TcAttrs;
import io.jnetlink.route.wire.TcMsg;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static io.jnetlink.route.tc.TcVectors.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link TcEvents} counts as the same object, the same state, and which messages it follows. */
class TcEventCodecTest {
    @Test
    void shouldNotCountTrafficAsAChange() {
        TcEventCodec codec = new TcEventCodec(3);
        ByteBuffer htb = TcVectors.messages("qdisc-show.hex", TcMsg.RTM_NEWQDISC).stream()
                .filter(b -> new QdiscView().wrap(reader(b)).kindEquals("htb")).findFirst().orElseThrow();
        StateUpdate<TcObject> before = codec.decode(reader(htb));
        Qdisc q = (Qdisc) before.value();
        HtbQdiscOptions h = (HtbQdiscOptions) q.options();
        Qdisc afterTraffic = new Qdisc(q.ifindex(), q.handle(), q.parent(),
                new HtbQdiscOptions(h.defaultClass(), h.rateToQuantum(), h.directQueueLength(), h.version(), h.debug(), 99),
                new TcStats(5000, 7, 0, 1, 0, 0, 0), q.otherAttributes().stream()
                .filter(a -> a.type() != TcAttrs.TCA_STATS).toList());
        assertEquals(codec.key(q), codec.key(afterTraffic));
        assertTrue(codec.sameState(q, afterTraffic));
        Qdisc otherDefault = new Qdisc(q.ifindex(), q.handle(), q.parent(), HtbQdiscOptions.defaultClass(0x20), q.stats(),
                q.otherAttributes());
        assertFalse(codec.sameState(q, otherDefault));
        assertFalse(before.deleted());
    }

    @Test
    void shouldFollowOnlyItsDeviceAndTellDeletions() {
        assertNull(new TcEventCodec(99).decode(reader(TcVectors.messages("qdisc-show.hex", TcMsg.RTM_NEWQDISC).get(0))));
        StateUpdate<TcObject> gone = new TcEventCodec(7).decode(reader(message(TcMsg.RTM_DELTCLASS, TcHandle.of(1, 0x10), 0)));
        assertTrue(gone.deleted());
        assertTrue(gone.value() instanceof TrafficClass);
    }

    @Test
    void shouldIgnoreEgressHookFiltersUnlessTheDeviceHasClsact() {
        TcEventCodec codec = new TcEventCodec(7);
        ByteBuffer egressFilter = message(TcMsg.RTM_NEWTFILTER, 0, TcHandle.EGRESS_HOOK);
        assertNull(codec.decode(reader(egressFilter)), "an ingress qdisc answers the egress dump with its own filters");
        codec.decode(reader(qdisc("clsact")));
        assertTrue(codec.decode(reader(egressFilter)).value() instanceof Filter);
        codec.decode(reader(qdisc("ingress")));
        assertNull(codec.decode(reader(egressFilter)));
    }

    @Test
    void shouldKeyFiltersByTheirWholeIdentity() {
        TcEventCodec codec = new TcEventCodec(7);
        Filter a = new Filter(7, 0x800, TcHandle.of(1, 0), TcMsg.ETH_P_IP, 1, 0, new RawOptions("u32"), List.of());
        Filter b = new Filter(7, 0x800, TcHandle.of(1, 0), TcMsg.ETH_P_IP, 2, 0, new RawOptions("u32"), List.of());
        assertNotEquals(codec.key(a), codec.key(b));
        assertEquals("deleted " + a, TcEventCodec.event(io.jnetlink.core.event.ChangeType.DELETED, a).toString());
    }

    private static ByteBuffer qdisc(String kind) {
        MessageWriter w = new MessageWriter(256);
        int msg = w.beginMessage(TcMsg.RTM_NEWQDISC, 0);
        int h = w.reserve(TcMsg.LENGTH);
        w.putU32At(h + TcMsg.IFINDEX_OFFSET, 7).putU32At(h + TcMsg.HANDLE_OFFSET, TcHandle.INGRESS_QDISC)
                .putU32At(h + TcMsg.PARENT_OFFSET, TcHandle.INGRESS);
        w.putAttrString(TcAttrs.TCA_KIND, kind);
        w.endMessage(msg);
        return copy(w);
    }

    private static ByteBuffer message(int type, int handle, int parent) {
        MessageWriter w = new MessageWriter(256);
        int msg = w.beginMessage(type, 0);
        int h = w.reserve(TcMsg.LENGTH);
        w.putU32At(h + TcMsg.IFINDEX_OFFSET, 7).putU32At(h + TcMsg.HANDLE_OFFSET, handle).putU32At(h + TcMsg.PARENT_OFFSET, parent);
        w.putAttrString(TcAttrs.TCA_KIND, type == TcMsg.RTM_DELTCLASS ? "htb" : "u32");
        w.endMessage(msg);
        return copy(w);
    }

    private static ByteBuffer copy(MessageWriter w) {
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return TcVectors.direct(b);
    }
}
