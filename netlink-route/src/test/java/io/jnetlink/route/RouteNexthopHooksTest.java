package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Nla;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.nexthop.Encap;
import io.jnetlink.route.nexthop.RawEncap;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Routes through nexthop objects ({@code nhid}) and lightweight tunnels ({@code encap}): written and read back. */
class RouteNexthopHooksTest {
    /** {@code LWTUNNEL_ENCAP_SEG6} of {@code <linux/lwtunnel.h>}. */
    private static final int LWTUNNEL_ENCAP_SEG6 = 5;
    /** {@code LWTUNNEL_ENCAP_IP6}. */
    private static final int LWTUNNEL_ENCAP_IP6 = 4;

    @Test
    void shouldWriteNhidWithGlobalScopeAndReadItBack() {
        MessageWriter w = new MessageWriter();
        RouteRequest r = Routes.add("10.9.0.0/16").nhid(5);
        r.encode(w);
        // ip route add 10.9.0.0/16 nhid 5: scope global (iproute2 picks link only without gw, nexthops or nhid)
        assertEquals(RtMsg.RT_SCOPE_UNIVERSE, w.buffer().get(16 + RtMsg.SCOPE_OFFSET) & 0xFF);
        Route route = new RouteView().wrap(RouteTestVectors.reader(direct(w))).toRoute();
        assertEquals(5, route.nexthopId());
        assertEquals(Optional.empty(), route.encap());
        assertEquals("10.9.0.0/16 table 254 nhid 5", route.toString());
    }

    @Test
    void shouldRejectNhidWithGatewayDeviceOrBadId() {
        assertThrows(IllegalArgumentException.class, () -> Routes.add("10.9.0.0/16").nhid(0));
        assertThrows(IllegalArgumentException.class, () -> Routes.add("10.9.0.0/16").nhid(1L << 32));
        assertThrows(IllegalArgumentException.class,
                () -> Routes.add("10.9.0.0/16").nhid(5).via("10.0.0.1").encode(new MessageWriter()));
        assertThrows(IllegalArgumentException.class,
                () -> Routes.add("10.9.0.0/16").nhid(5).dev(3).encode(new MessageWriter()));
    }

    @Test
    void shouldWriteAndReadBackASeg6Encap() {
        MessageWriter w = new MessageWriter();
        Routes.add("10.8.0.0/16").encap(Encap.seg6("fc00::9")).dev(3).encode(w);
        RouteView v = new RouteView().wrap(RouteTestVectors.reader(direct(w)));
        assertEquals(LWTUNNEL_ENCAP_SEG6, v.encapType());
        assertEquals(Optional.of(Encap.seg6("fc00::9")), v.toRoute().encap());
        assertEquals(RtMsg.RT_SCOPE_LINK, w.buffer().get(16 + RtMsg.SCOPE_OFFSET) & 0xFF); // a device only: link
    }

    @Test
    void shouldKeepAnEncapItDoesNotModelRaw() {
        MessageWriter w = new MessageWriter();
        RawEncap ip6 = new RawEncap(LWTUNNEL_ENCAP_IP6, List.of(new RawAttribute(1, new byte[] {0, 0, 0, 0, 0, 0, 0, 7})));
        Routes.add("10.8.0.0/16").encap(ip6).dev(3).encode(w);
        assertEquals(Optional.of(ip6), new RouteView().wrap(RouteTestVectors.reader(direct(w))).toRoute().encap());
    }

    @Test
    void shouldRejectAMalformedEncapNestWhenWrapping() {
        MessageWriter w = new MessageWriter();
        // RTA_ENCAP whose only nested attribute claims 200 bytes: found by wrap, not by a later encap()
        Routes.add("10.8.0.0/16").dev(3).attribute(RtMsg.RTA_ENCAP | Nla.F_NESTED, new byte[] {(byte) 200, 0, 1, 0})
                .attribute(RtMsg.RTA_ENCAP_TYPE, new byte[] {LWTUNNEL_ENCAP_SEG6, 0}).encode(w);
        assertThrows(NetlinkDecodeException.class, () -> new RouteView().wrap(RouteTestVectors.reader(direct(w))));
    }

    @Test
    void shouldRejectAShortNhidAsMalformed() {
        MessageWriter w = new MessageWriter();
        Routes.add("10.9.0.0/16").dev(3).attribute(RtMsg.RTA_NH_ID, new byte[] {5, 0}).encode(w);
        assertThrows(NetlinkDecodeException.class, () -> new RouteView().wrap(RouteTestVectors.reader(direct(w))));
    }

    private static ByteBuffer direct(MessageWriter w) {
        byte[] bytes = new byte[w.position()];
        w.buffer().get(0, bytes);
        return RouteTestVectors.direct(bytes);
    }
}
