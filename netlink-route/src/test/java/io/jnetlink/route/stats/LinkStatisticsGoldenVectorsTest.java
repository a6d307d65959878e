package io.jnetlink.route.stats;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.route.testkit.Golden;
import io.jnetlink.route.wire.IfStatsMsg;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * {@code RTM_GETSTATS} as {@code ip stats show dev v1 group link} sent it and the kernel's reply
 * (resources kinds/getstats*.hex), and every {@code IFLA_STATS64} counter of the captured link dump.
 */
class LinkStatisticsGoldenVectorsTest {
    @Test
    void shouldEncodeGetStatsAsIpStatsDoes() {
        byte[] expected = Golden.request("kinds/getstats.hex", IfStatsMsg.RTM_GETSTATS);
        byte[] actual = Golden.encoded(w -> LinkStatistics.encode(w, 3));
        actual[6] &= ~0x04; // ip stats sends no NLM_F_ACK; the connection adds it for its own request
        assertArrayEquals(expected, actual, Golden.hex(expected) + "\n" + Golden.hex(actual));
    }

    @Test
    void shouldDecodeEveryCounterOfTheReply() {
        ByteBuffer d = Golden.datagrams("kinds/getstats-reply.hex").get(0);
        MessageReader m = new MessageReader().wrap(d, 0, d.capacity());
        m.next();
        LinkStats64 s = LinkStatistics.decode(m, new AttributeReader());
        assertNotNull(s);
        assertEquals(3, s.index());
        assertEquals(0x45, s.rxPackets());
        assertEquals(0x0a, s.txPackets());
        assertEquals(0x1108, s.rxBytes());
        assertEquals(0x31c, s.txBytes());
        for (StatsCounter c : StatsCounter.values()) {
            assertEquals(d.getLong(m.payloadOffset() + IfStatsMsg.LENGTH + 4 + 8 * c.ordinal()), s.get(c), c.kernelName());
        }
    }

    @Test
    void shouldReadAllTwentyFiveCountersAndZeroWhatAnOlderKernelLeavesOut() {
        ByteBuffer b = ByteBuffer.allocate(200).order(java.nio.ByteOrder.nativeOrder());
        for (int i = 0; i < 25; i++) {
            b.putLong(8 * i, 1000 + i);
        }
        LinkStats64 full = LinkStats64.read(7, b, 0, 200);
        assertEquals(1000, full.rxPackets());
        assertEquals(1024, full.rxOtherhostDropped());
        assertEquals(1012, full.rxCrcErrors());
        LinkStats64 old = LinkStats64.read(7, b, 0, 184);
        assertEquals(1022, old.txCompressed());
        assertEquals(0, old.rxNohandler());
        assertEquals(0, old.rxOtherhostDropped());
    }

    @Test
    void shouldReadStats64FromTheCapturedLinkDump() {
        // bridge fdb show first dumps the links (its name cache): RTM_NEWLINK with IFLA_STATS64
        List<LinkStats64> all = new ArrayList<>();
        for (ByteBuffer d : Golden.datagrams("bridge/fdb-show.hex")) {
            MessageReader m = new MessageReader().wrap(d, 0, d.capacity());
            while (m.next()) {
                if (m.type() == 16) {
                    LinkStats64 s = LinkStatistics.decodeLinkMessage(m, new AttributeReader());
                    if (s != null) {
                        all.add(s);
                    }
                }
            }
        }
        assertEquals(5, all.size(), all.toString());
        assertEquals(1, all.get(0).index());
    }
}
