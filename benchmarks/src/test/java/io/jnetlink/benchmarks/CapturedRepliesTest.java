package io.jnetlink.benchmarks;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.LinkView;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The captured kernel replies the JMH decode benchmarks read hold what their names promise. */
class CapturedRepliesTest {
    @Test
    void linkCaptureShouldHold2001LinksEndingInDone() {
        CapturedReplies c = CapturedReplies.resource("links-2001.bin.gz");
        int[] counts = count(c, Rtnl.RTM_NEWLINK);
        assertEquals(2001, counts[0]);
        assertEquals(1, counts[1], "one NLMSG_DONE");
        MessageReader r = new MessageReader().wrap(c.buffer(), c.offset(0), c.length(0));
        r.next();
        assertTrue(new LinkView().wrap(r).index() > 0);
    }

    @Test
    void routeCaptureShouldHold10000RoutesViaTheGatewayPlusConnectedAndLocalOnes() {
        int[] counts = count(CapturedReplies.resource("routes-10000.bin.gz"), Rtnl.RTM_NEWROUTE);
        assertEquals(10_003, counts[0]); // 10,000 + 10.0.0.0/8 (main) + local 10.0.0.1 and broadcast 10.255.255.255
        assertEquals(1, counts[1]);
    }

    @Test
    void nftCaptureShouldHold1000Rules() {
        int newRule = 10 << 8 | 6; // NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_NEWRULE
        int[] counts = count(CapturedReplies.resource("nft-rules-1000.bin.gz"), newRule);
        assertEquals(1000, counts[0]);
        assertEquals(1, counts[1]);
    }

    @Test
    void shouldRejectAFileWithoutTheMagic() {
        byte[] notGzip = {1, 2, 3};
        assertThrows(IOException.class, () -> CapturedReplies.read(new ByteArrayInputStream(notGzip)));
        assertThrows(IllegalArgumentException.class, () -> CapturedReplies.resource("missing.bin.gz"));
    }

    /** {messages of type, NLMSG_DONE count}. */
    private static int[] count(CapturedReplies c, int type) {
        MessageReader r = new MessageReader();
        int[] counts = new int[2];
        for (int d = 0; d < c.datagrams(); d++) {
            r.wrap(c.buffer(), c.offset(d), c.length(d));
            while (r.next()) {
                if (r.type() == type) {
                    counts[0]++;
                } else if (r.type() == Netlink.NLMSG_DONE) {
                    counts[1]++;
                }
            }
        }
        return counts;
    }
}
