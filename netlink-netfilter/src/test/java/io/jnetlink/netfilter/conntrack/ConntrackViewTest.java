package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ConntrackView} over the kernel's replies to conntrack -L and -S (capture.sh), and its checks. */
class ConntrackViewTest {
    private static MessageReader reader(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder()).put(bytes);
        return new MessageReader().wrap(b, 0, bytes.length);
    }

    private static List<ConntrackEntry> entries(String file) {
        List<ConntrackEntry> out = new ArrayList<>();
        ConntrackView view = new ConntrackView();
        for (byte[] datagram : ConntrackCaptures.lines(file)) {
            MessageReader m = reader(datagram);
            while (m.next()) {
                if (NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_NEW
                        && NfGenMsg.subsystem(m.type()) == NfGenMsg.NFNL_SUBSYS_CTNETLINK) {
                    assertSame(view, view.wrap(m));
                    out.add(view.toConntrackEntry());
                }
            }
        }
        return out;
    }

    @Test
    void shouldDecodeTheEntriesConntrackCreatedInCaptureSh() throws Exception {
        List<ConntrackEntry> list = entries("list.hex");
        assertEquals(5, list.size(), list.toString()); // three conntrack -I, two from ctnetlink.py
        ConntrackEntry zoned = list.stream().filter(e -> e.zone() == 3).findFirst().orElseThrow();
        assertEquals(new ConntrackTuple(17, InetAddress.getByName("10.0.0.1"), InetAddress.getByName("10.0.0.2"), 1001, 53),
                zoned.original());
        assertEquals(8, zoned.mark());
        ConntrackEntry nat = list.stream().filter(e -> e.original().sourcePort() == 1000).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("192.168.1.2"), nat.reply().source());
        assertEquals(InetAddress.getByName("192.168.1.1"), nat.reply().destination());
        assertTrue(list.stream().anyMatch(e -> e.family() == 10 && e.original().source().getAddress().length == 16));
        assertTrue(list.stream().allMatch(e -> e.otherAttributes().stream().anyMatch(a -> a.type() == CtnlAttrs.CTA_USE)));
        ConntrackEntry labelled = list.stream().filter(e -> e.original().sourcePort() == 7).findFirst().orElseThrow();
        assertEquals(new TreeSet<>(Set.of(3, 64)), labelled.labels());
        ConntrackEntry master = list.stream().filter(e -> e.original().destinationPort() == 21).findFirst().orElseThrow();
        assertEquals("ESTABLISHED", master.tcpStateName());
        assertTrue(master.otherAttributes().stream().anyMatch(a -> a.type() == CtnlAttrs.CTA_HELP), "CTA_HELP kept raw");
    }

    @Test
    void shouldDecodePerCpuStatisticsOfTheCapture() {
        List<ConntrackCpuStats> stats = new ArrayList<>();
        for (byte[] datagram : ConntrackCaptures.lines("stats-cpu.hex")) {
            MessageReader m = reader(datagram);
            while (m.next()) {
                if (NfGenMsg.message(m.type()) == CtnlAttrs.IPCTNL_MSG_CT_GET_STATS_CPU) {
                    stats.add(ConntrackCpuStats.decode(m, new AttributeReader()));
                }
            }
        }
        assertEquals(2, stats.size(), stats.toString());
        assertEquals(List.of(0, 1), stats.stream().map(ConntrackCpuStats::cpu).toList());
        assertEquals(5, stats.stream().mapToLong(ConntrackCpuStats::insert).sum(), "three conntrack -I, two ctnetlink.py entries");
    }

    /** An entry written the way the kernel writes one, with CTA_LABELS (native-order words). */
    private static byte[] entryWithLabels(byte[] labels) throws Exception {
        MessageWriter w = new MessageWriter(256);
        int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_NEW, 0, 2, 0);
        ConntrackTuple t = new ConntrackTuple(17, InetAddress.getByName("10.0.0.1"), InetAddress.getByName("10.0.0.2"), 1, 2);
        t.encode(w, CtnlAttrs.CTA_TUPLE_ORIG);
        t.inverse().encode(w, CtnlAttrs.CTA_TUPLE_REPLY);
        w.putAttrBytes(CtnlAttrs.CTA_LABELS, labels);
        w.endMessage(start);
        return ConntrackCaptures.written(w);
    }

    @Test
    void shouldReadLabelsAsBitNumbers() throws Exception {
        ByteBuffer words = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder()).putInt(0, 1 << 3).putInt(8, 1);
        MessageReader m = reader(entryWithLabels(words.array()));
        m.next();
        ConntrackView view = new ConntrackView().wrap(m);
        assertTrue(view.hasLabel(3) && view.hasLabel(64));
        assertEquals(new TreeSet<>(Set.of(3, 64)), view.toConntrackEntry().labels());
    }

    @Test
    void shouldRefuseLabelsOfAnOddLengthOnWrap() throws Exception {
        MessageReader m = reader(entryWithLabels(new byte[5]));
        m.next();
        assertThrows(NetlinkDecodeException.class, () -> new ConntrackView().wrap(m));
    }
}
