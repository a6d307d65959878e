package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.junit.NetnsTest;

import java.net.InetAddress;
import java.nio.ByteBuffer;

import static io.jnetlink.netfilter.ipset.IpsetOracle.ipset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 100,000-member set made by {@code ipset restore}, read back through one reused view. */
class IpSetStreamingIT {
    private static final int MEMBERS = 100_000;
    private static final int BASE = 0x0A000000; // 10.0.0.0

    @NetnsTest
    void streamsAHundredThousandMembersThroughOneView(NetNamespace ns) throws Exception {
        StringBuilder script = new StringBuilder("create big hash:ip maxelem 200000\n");
        long expectedSum = 0;
        for (int i = 0; i < MEMBERS; i++) {
            int a = BASE + i;
            script.append("add big ").append(a >>> 24).append('.').append(a >>> 16 & 0xFF).append('.')
                    .append(a >>> 8 & 0xFF).append('.').append(a & 0xFF).append('\n');
            expectedSum += a;
        }
        ipset(ns, script.toString(), "restore");

        long[] count = {0};
        long[] sum = {0};
        int[] messages = {0};
        int[] headers = {0};
        long[] announced = {-1};
        IpSetView[] seen = {null};
        IpSets.list("big").in(ns).stream(view -> {
            messages[0]++;
            assertTrue(seen[0] == null || seen[0] == view, "the view is reused");
            seen[0] = view;
            assertEquals("big", view.name());
            if (view.hasHeader()) {
                headers[0]++;
                announced[0] = view.toIpSet().entryCount();
            }
            while (view.nextEntry()) {
                InetAddress a = view.entryAddress();
                sum[0] += ByteBuffer.wrap(a.getAddress()).getInt();
                count[0]++;
            }
            return true;
        });
        assertEquals(MEMBERS, count[0]);
        assertEquals(expectedSum, sum[0], "every member exactly once");
        assertEquals(1, headers[0]);
        assertEquals(MEMBERS, announced[0]);
        assertTrue(messages[0] > 1, "a set this big arrives in many messages: " + messages[0]);
    }
}
