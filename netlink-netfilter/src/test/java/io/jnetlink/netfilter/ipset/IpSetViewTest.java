package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.wire.IpsetAttrs;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel's reply to {@code ipset list} (captured by capture.sh) decodes to the values ipset was given. */
class IpSetViewTest {
    @Test
    void shouldDecodeTheCapturedListingAndKeepRecordsWhenTheBufferIsReused() throws Exception {
        List<IpSet> sets = new ArrayList<>();
        List<ByteBuffer> buffers = new ArrayList<>();
        IpSetView view = new IpSetView();
        for (byte[] reply : IpsetCaptures.lines("list-all.hex")) {
            ByteBuffer b = ByteBuffer.allocateDirect(reply.length).order(ByteOrder.nativeOrder());
            b.put(reply).clear();
            buffers.add(b);
            MessageReader m = new MessageReader().wrap(b, 0, reply.length);
            while (m.next()) {
                if (m.type() == (IpsetAttrs.NFNL_SUBSYS_IPSET << 8 | IpsetAttrs.IPSET_CMD_LIST)) {
                    view.wrap(m);
                    List<IpSetEntry> entries = new ArrayList<>();
                    while (view.nextEntry()) {
                        entries.add(view.toEntry());
                    }
                    sets.add(view.toIpSet().withEntries(entries));
                }
            }
        }
        for (ByteBuffer b : buffers) {
            while (b.hasRemaining()) {
                b.put((byte) 0xFF); // a later receive overwrites the buffer: the records must not notice
            }
        }
        assertEquals(List.of("s1", "s2", "s3", "s4", "s6", "s7"), sets.stream().map(IpSet::name).toList());

        IpSet s1 = sets.get(0);
        assertEquals(java.util.Optional.of(IpSetType.HASH_IP), s1.type());
        assertEquals(6, s1.revision());
        assertEquals(30, s1.timeout());
        assertTrue(s1.counters() && s1.comment());
        assertEquals(2, s1.entries().size());
        IpSetEntry e1 = s1.entries().stream().filter(e -> e.comment() != null).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("10.0.0.1"), e1.address());
        assertEquals(3, e1.packets());
        assertEquals(4, e1.bytes());
        assertEquals("hi", e1.comment());
        assertTrue(e1.timeout() > 0 && e1.timeout() <= 10, "timeout " + e1.timeout());

        IpSet s2 = sets.get(1);
        assertEquals(10, s2.family());
        assertEquals(2048, s2.hashSize());
        assertEquals(1000, s2.maxElem());
        assertEquals(0, s2.entries().size(), "capture.sh deleted its member");

        IpSetEntry e3 = sets.get(2).entries().get(0);
        assertEquals(List.of(6, 80), List.of(e3.protocol(), e3.port()));
        IpSetEntry e4 = sets.get(3).entries().get(0);
        assertEquals("10.1.0.0/16,udp:53", IpSetSave.element(e4));
        assertEquals(0, e4.packets());
        IpSet s6 = sets.get(4);
        assertEquals(List.of(1024, 2048, 60L), List.of(s6.portFrom(), s6.portTo(), s6.timeout()));
        assertEquals(1080, s6.entries().get(0).port());
        IpSet s7 = sets.get(5);
        assertEquals(8, s7.size());
        assertEquals("s1", s7.entries().get(0).member());
        assertEquals(0, s7.references(), "nothing refers to s7");
    }
}
