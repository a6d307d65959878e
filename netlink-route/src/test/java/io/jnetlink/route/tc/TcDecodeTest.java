package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.ActAttrs;
import io.jnetlink.route.wire.FlowerAttrs;
import io.jnetlink.route.wire.NetemAttrs;
import io.jnetlink.route.wire.TcAttrs;
import io.jnetlink.route.wire.TcMsg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Stream;

import static io.jnetlink.route.tc.TcVectors.messages;
import static io.jnetlink.route.tc.TcVectors.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decoders against the kernel's own replies (dumps captured by {@code tc/capture.sh}), against
 * tc's requests (same layout as the kernel's messages: decoding gives the options back), and against
 * replies built from the UAPI layouts with what the kernel adds when it dumps kinds this kernel
 * lacks (netem's 64-bit times, action timestamps and statistics).
 */
class TcDecodeTest {
    static Stream<TcGolden.Case> adds() {
        return TcGolden.cases().stream().filter(c -> c.options() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adds")
    void shouldDecodeTcsRequestBackToItsOptions(TcGolden.Case c) {
        ByteBuffer b = TcVectors.direct(TcVectors.datagrams(c.file()).get(0));
        MessageReader m = reader(b);
        Object decoded = switch (m.type()) {
            case TcMsg.RTM_NEWQDISC -> new QdiscView().wrap(m).options();
            case TcMsg.RTM_NEWTCLASS -> new TrafficClassView().wrap(m).options();
            default -> new FilterView().wrap(m).options();
        };
        assertEquals(c.options(), decoded);
    }

    @Test
    void shouldDecodeTheCapturedQdiscDump() {
        List<Qdisc> q = messages("qdisc-show.hex", TcMsg.RTM_NEWQDISC).stream()
                .map(b -> new QdiscView().wrap(reader(b)).toQdisc()).toList();
        Qdisc htb = find(q, 3, TcHandle.of(1, 0));
        assertTrue(htb.isRoot());
        HtbQdiscOptions h = (HtbQdiscOptions) htb.options();
        assertEquals(0x10, h.defaultClass());
        assertEquals(10, h.rateToQuantum());
        assertEquals(1000, h.directQueueLength()); // the kernel reports the default (txqueuelen)
        assertEquals(new FifoOptions("pfifo", 50), find(q, 3, TcHandle.of(0x10, 0)).options());
        assertEquals(TcHandle.of(1, 0x10), find(q, 3, TcHandle.of(0x10, 0)).parent());
        assertEquals(new FifoOptions("bfifo", 30000), find(q, 3, TcHandle.of(0x20, 0)).options());
        assertEquals(PlainQdiscOptions.INGRESS, find(q, 3, TcHandle.INGRESS_QDISC).options());
        assertEquals(TcHandle.INGRESS, find(q, 3, TcHandle.INGRESS_QDISC).parent());
        assertEquals(PlainQdiscOptions.CLSACT, find(q, 2, TcHandle.INGRESS_QDISC).options());
        assertEquals(new PrioOptions("pfifo_fast", 3, List.of(1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1)),
                find(q, 1, TcHandle.of(5, 0)).options());
        assertTrue(htb.otherAttributes().stream().anyMatch(a -> a.type() == TcAttrs.TCA_STATS), "legacy stats kept raw");
    }

    @Test
    void shouldDecodeTheCapturedTbfDump() {
        Qdisc tbf = messages("qdisc-show-tbf.hex", TcMsg.RTM_NEWQDISC).stream()
                .map(b -> new QdiscView().wrap(reader(b)).toQdisc()).filter(x -> x.kind().equals("tbf")).findFirst().orElseThrow();
        assertEquals(new TbfOptions(125_000, 4096, 54_096), tbf.options());
        assertEquals(TcHandle.of(3, 0), tbf.handle());
    }

    @Test
    void shouldDecodeTheCapturedClassDumpAsTcShowsIt() {
        List<TrafficClass> c = messages("class-show.hex", TcMsg.RTM_NEWTCLASS).stream()
                .map(b -> new TrafficClassView().wrap(reader(b)).toTrafficClass()).toList();
        assertEquals(3, c.size(), c.toString());
        // tc class show: "rate 5Mbit ceil 5Mbit burst 1600b cburst 1600b" (1:10 after the change)
        assertEquals(new HtbClassOptions(625_000, 625_000, 1600, 1600, 62_500, 0, 0), c.get(0).options()); // quantum = rate / r2q
        HtbClassOptions full = (HtbClassOptions) c.get(1).options();
        assertEquals(List.of(250_000L, 2_500_000L, 15_360L, 20_480L, 1500L, 2L),
                List.of(full.rate(), full.ceil(), full.burst(), full.cburst(), full.quantum(), full.prio()));
        HtbClassOptions big = (HtbClassOptions) c.get(2).options();
        assertEquals(5_000_000_000L, big.rate()); // TCA_HTB_RATE64
        assertEquals(6_250_000_000L, big.ceil());
        assertEquals(TcHandle.ROOT, c.get(0).parent()); // a class right under the qdisc: "class htb 1:10 root"
        assertEquals(TcHandle.of(1, 0x30), c.get(2).handle());
    }

    @Test
    void shouldDecodeTheCapturedU32DumpAsHeadHashTableAndNode() {
        List<Filter> f = messages("filter-show.hex", TcMsg.RTM_NEWTFILTER).stream()
                .map(b -> new FilterView().wrap(reader(b)).toFilter()).toList();
        assertEquals(6, f.size(), f.toString());
        assertEquals(new RawOptions("u32"), f.get(0).options()); // the classifier itself, no options
        U32Options table = (U32Options) f.get(1).options();
        assertEquals(1, table.divisor());
        assertEquals(0x80000000, f.get(1).handle());
        U32Options node = (U32Options) f.get(2).options();
        assertEquals(0x80000800, f.get(2).handle());
        assertEquals(TcHandle.of(1, 0x10), node.classId());
        assertEquals(List.of(new U32Key(0x0000FFFF, 0x00001389, 20, 0)), node.selector().orElseThrow().keys());
        assertEquals(1, f.get(2).priority());
        assertEquals(TcMsg.ETH_P_IP, f.get(2).protocol());
        assertEquals(0, f.get(2).chain());
        assertEquals(4, ((U32Options) f.get(5).options()).selector().orElseThrow().keys().size());
    }

    @Test
    void shouldReadNetemAsTheKernelDumpsIt() {
        // netem_dump: the qopt (times in ticks, capped), then 64-bit times in ns, corr, reorder, corrupt, rate, ecn
        MessageWriter w = message(TcMsg.RTM_NEWQDISC, "netem");
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        int q = w.reserve(NetemAttrs.QOPT_LENGTH);
        w.putU32At(q + NetemAttrs.LATENCY_OFFSET, 1_562_500).putU32At(q + NetemAttrs.LIMIT_OFFSET, 1000)
                .putU32At(q + NetemAttrs.LOSS_OFFSET, 42_949_673).putU32At(q + NetemAttrs.JITTER_OFFSET, 156_250);
        w.putAttrU64(NetemAttrs.TCA_NETEM_LATENCY64, 100_000_000L);
        w.putAttrU64(NetemAttrs.TCA_NETEM_JITTER64, 10_000_000L);
        w.putAttrBytes(NetemAttrs.TCA_NETEM_CORR, new byte[12]);
        w.putAttrBytes(NetemAttrs.TCA_NETEM_RATE, new byte[] {0x48, (byte) 0xe8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        w.putAttrU32(NetemAttrs.TCA_NETEM_ECN, 1);
        w.endNested(opts);
        NetemOptions n = (NetemOptions) decodeQdisc(w).options();
        assertEquals(100_000, n.delayMicros());
        assertEquals(10_000, n.jitterMicros());
        assertEquals(1.0, n.lossPercent(), 1e-6);
        assertEquals(125_000, n.rate());
        assertEquals(List.of(new RawAttribute(NetemAttrs.TCA_NETEM_ECN, new byte[] {1, 0, 0, 0})), n.otherAttributes());
    }

    @Test
    void shouldReadActionsWithTheKernelsTimestampsAndStatistics() {
        // tcf_action_dump_1: kind, then options with parms and TM, then stats (and index, flags)
        MessageWriter w = message(TcMsg.RTM_NEWTFILTER, "matchall");
        int opts = w.beginNested(TcAttrs.TCA_OPTIONS, false);
        int list = w.beginNested(FlowerAttrs.TCA_MATCHALL_ACT, false);
        int one = w.beginNested(1, false);
        w.putAttrString(ActAttrs.TCA_ACT_KIND, "gact");
        int ao = w.beginNested(ActAttrs.TCA_ACT_OPTIONS);
        w.putAttrBytes(1 /* TCA_GACT_TM */, new byte[32]);
        byte[] parms = new byte[ActAttrs.GEN_LENGTH];
        parms[ActAttrs.GEN_ACTION_OFFSET] = ActAttrs.TC_ACT_SHOT;
        w.putAttrBytes(ActAttrs.TCA_GACT_PARMS, parms);
        w.endNested(ao);
        w.endNested(w.beginNested(ActAttrs.TCA_ACT_STATS));
        w.endNested(one);
        int two = w.beginNested(2, false);
        w.putAttrString(ActAttrs.TCA_ACT_KIND, "skbedit");
        w.endNested(w.beginNested(ActAttrs.TCA_ACT_OPTIONS));
        w.endNested(two);
        w.endNested(list);
        w.putAttrU32(FlowerAttrs.TCA_MATCHALL_FLAGS, 8);
        w.putAttrBytes(4 /* TCA_MATCHALL_PCNT */, new byte[8]);
        w.endNested(opts);
        MatchallOptions m = (MatchallOptions) decodeFilter(w).options();
        assertEquals(GactAction.DROP, m.actions().get(0));
        assertEquals("skbedit", m.actions().get(1).kind());
        assertTrue(m.actions().get(1) instanceof RawAction);
        assertEquals(8, m.flags());
        assertEquals(1, m.otherAttributes().size());
    }

    @Test
    void shouldReadTcStats2() {
        MessageWriter w = message(TcMsg.RTM_NEWQDISC, "noqueue");
        int s = w.beginNested(TcAttrs.TCA_STATS2);
        w.putAttrBytes(TcAttrs.TCA_STATS_BASIC, new byte[] {0x10, 0x27, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0});
        w.putAttrBytes(TcAttrs.TCA_STATS_QUEUE, new byte[] {1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 6, 0, 0, 0});
        w.putAttrU64(TcAttrs.TCA_STATS_PKT64, 7_000_000_000L);
        w.endNested(s);
        assertEquals(new TcStats(10_000, 7_000_000_000L, 3, 6, 4, 2, 1), decodeQdisc(w).stats());
    }

    @Test
    void shouldRejectMalformedMessagesWithDecodeErrors() {
        MessageWriter noKind = new MessageWriter(256);
        int msg = noKind.beginMessage(TcMsg.RTM_NEWQDISC, 0);
        noKind.reserve(TcMsg.LENGTH);
        noKind.endMessage(msg);
        assertThrows(NetlinkDecodeException.class, () -> decodeQdisc(noKind));
        MessageWriter shortHtb = message(TcMsg.RTM_NEWTCLASS, "htb");
        int opts = shortHtb.beginNested(TcAttrs.TCA_OPTIONS, false);
        shortHtb.putAttrBytes(1 /* TCA_HTB_PARMS */, new byte[10]);
        shortHtb.endNested(opts);
        TrafficClassView v = new TrafficClassView().wrap(reader(copy(shortHtb)));
        assertThrows(NetlinkDecodeException.class, v::toTrafficClass);
        assertEquals("htb", v.kind()); // the header stays readable
    }

    @Test
    void shouldReuseOneViewAndCopyRecordsOutOfTheBuffer() {
        QdiscView view = new QdiscView();
        List<ByteBuffer> dump = messages("qdisc-show.hex", TcMsg.RTM_NEWQDISC);
        ByteBuffer first = dump.get(0);
        Qdisc record = view.wrap(reader(first)).toQdisc();
        assertSame(view, view.wrap(reader(dump.get(1))));
        for (int i = 0; i < first.capacity(); i++) {
            first.put(i, (byte) 0);
        }
        assertNotEquals(0, record.kind().length()); // the record does not read the buffer
    }

    private static Qdisc find(List<Qdisc> q, int ifindex, int handle) {
        return q.stream().filter(x -> x.ifindex() == ifindex && x.handle() == handle).findFirst()
                .orElseThrow(() -> new AssertionError(ifindex + " " + TcHandle.format(handle) + " in " + q));
    }

    private static MessageWriter message(int type, String kind) {
        MessageWriter w = new MessageWriter(4096);
        w.beginMessage(type, 0);
        int h = w.reserve(TcMsg.LENGTH);
        w.putU32At(h + TcMsg.IFINDEX_OFFSET, 7);
        w.putAttrString(TcAttrs.TCA_KIND, kind);
        return w;
    }

    private static ByteBuffer copy(MessageWriter w) {
        w.endMessage(0);
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return TcVectors.direct(b);
    }

    private static Qdisc decodeQdisc(MessageWriter w) {
        return new QdiscView().wrap(reader(copy(w))).toQdisc();
    }

    private static Filter decodeFilter(MessageWriter w) {
        return new FilterView().wrap(reader(copy(w))).toFilter();
    }
}
