package io.jnetlink.route.stats;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.kinds.TunTap;
import io.jnetlink.route.kinds.TunTapDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.jnetlink.route.testkit.Cli.objects;
import static io.jnetlink.route.testkit.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code RTM_GETSTATS} against the counters {@code ip -j -s -s link} shows, with frames counted into a tap. */
class LinkStatisticsIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = NetNamespace.create("stit-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36));
        ns.sysctl("net.ipv6.conf.all.disable_ipv6", "1"); // no router solicitations moving the counters
        ns.sysctl("net.ipv6.conf.default.disable_ipv6", "1");
    }

    @AfterEach
    void tearDown() {
        ns.delete();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldCountEveryFrameWrittenIntoATapAsIpDoes() {
        try (TunTapDevice tap = TunTap.tap("tap0").in(ns).open()) {
            run(ns, "ip", "link", "set", "tap0", "up");
            ByteBuffer frame = ByteBuffer.allocateDirect(60);
            for (int i = 0; i < 6; i++) {
                frame.put(i, (byte) 0xFF);
            }
            frame.put(6, (byte) 0x02).put(12, (byte) 0x88).put(13, (byte) 0xB5);
            for (int i = 0; i < 7; i++) {
                tap.write(frame, 60);
            }
            LinkStats64 mine = LinkStatistics.get("tap0", ns);
            assertEquals(7, mine.rxPackets());
            assertEquals(7 * 60, mine.rxBytes());
            Map<String, Object> stats = (Map<String, Object>) objects(ns, "ip", "-j", "-s", "-s", "link", "show", "tap0").get(0)
                    .get("stats64");
            Map<String, Object> rx = (Map<String, Object>) stats.get("rx");
            Map<String, Object> tx = (Map<String, Object>) stats.get("tx");
            assertEquals(rx.get("packets"), mine.rxPackets());
            assertEquals(rx.get("bytes"), mine.rxBytes());
            assertEquals(rx.get("errors"), mine.rxErrors());
            assertEquals(rx.get("dropped"), mine.rxDropped());
            assertEquals(rx.get("multicast"), mine.multicast());
            assertEquals(rx.get("crc_errors"), mine.rxCrcErrors());
            assertEquals(rx.get("frame_errors"), mine.rxFrameErrors());
            assertEquals(rx.get("fifo_errors"), mine.rxFifoErrors());
            assertEquals(rx.get("missed_errors"), mine.rxMissedErrors());
            assertEquals(rx.get("length_errors"), mine.rxLengthErrors());
            assertEquals(tx.get("packets"), mine.txPackets());
            assertEquals(tx.get("bytes"), mine.txBytes());
            assertEquals(tx.get("aborted_errors"), mine.txAbortedErrors());
            assertEquals(tx.get("carrier_errors"), mine.txCarrierErrors());
            assertEquals(tx.get("window_errors"), mine.txWindowErrors());
            assertEquals(tx.get("heartbeat_errors"), mine.txHeartbeatErrors());
            List<LinkStats64> all = LinkStatistics.list(ns);
            assertEquals(mine, all.stream().filter(s -> s.index() == mine.index()).findFirst().orElseThrow());
            assertEquals(objects(ns, "ip", "-j", "link", "show").size(), all.size());
        }
    }
}
