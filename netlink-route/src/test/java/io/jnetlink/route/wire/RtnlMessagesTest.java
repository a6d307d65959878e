package io.jnetlink.route.wire;

import io.jnetlink.core.MessageTrace;
import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.Routes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rtnetlink names and fixed headers this module registers for the tracer (core knows none). */
class RtnlMessagesTest {
    @Test
    void shouldTraceARouteRequestByNameWithItsAttributesOnceRoutesIsTouched() {
        MessageWriter w = new MessageWriter();
        Routes.add("10.9.0.0/16").nhid(5).encode(w); // Routes' static initializer registers the family
        String text = MessageTrace.describe("send", Netlink.NETLINK_ROUTE, w.buffer(), 0, w.position());
        // nlmsghdr 16 + rtmsg 12 + RTA_DST 8 + RTA_NH_ID 8
        assertTrue(text.contains("  RTM_NEWROUTE len=44 flags=0x600<EXCL,CREATE> seq=0 pid=0 header=12 attrs=[1=8, 30=8]"),
                text);
    }

    @Test
    void shouldNameEveryGroupWithItsFixedHeader() {
        RtnlMessages.register();
        int[][] typeAndHeader = {
            {16, 16}, {20, 8}, {24, 12}, {28, 12}, {32, 12}, {36, 20}, {44, 20}, {80, 4}, {84, 8}, {88, 4}, {92, 12}, {104, 8},
        };
        for (int[] t : typeAndHeader) {
            assertEquals(t[1], MessageFamilies.fixedHeaderLength(Netlink.NETLINK_ROUTE, t[0]), "type " + t[0]);
        }
        assertEquals("RTM_NEWLINK", RtnlMessages.name(16));      // RTM_NEWLINK = RTM_BASE
        assertEquals("RTM_GETNEXTHOP", RtnlMessages.name(106));  // RTM_GETNEXTHOP
        assertEquals("RTM_GETTUNNEL", RtnlMessages.name(122));   // RTM_GETTUNNEL
        assertNull(RtnlMessages.name(Netlink.NLMSG_ERROR));
        assertEquals(-1, MessageFamilies.fixedHeaderLength(Netlink.NETLINK_ROUTE, Netlink.NLMSG_DONE));
        assertNull(MessageFamilies.typeName(Netlink.NETLINK_GENERIC, 24)); // rtnetlink's only
    }
}
