package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpAddresses;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Neighbour replies the kernel sent to {@code ip neigh show}, and neighbour requests. */
class NeighborCodecTest {
    @Test
    void shouldDecodeArpAndNdpEntriesIpNeighShowReceived() throws Exception {
        List<Neighbor> all = RouteTestVectors.messages("neigh/ip-neigh-show.hex", Rtnl.RTM_NEWNEIGH).stream()
                .map(b -> new NeighborView().wrap(RouteTestVectors.reader(b)).toNeighbor())
                .filter(n -> NeighborQuery.shown(n.stateRaw())).collect(Collectors.toList());
        // ip neigh show printed: 192.168.15.7 dev veth0 lladdr 02:00:00:00:00:07 PERMANENT
        //                        fd00::7 dev veth0 lladdr 02:00:00:00:00:08 REACHABLE
        assertEquals(2, all.size(), all.toString());
        Neighbor arp = all.get(0);
        assertEquals(InetAddress.getByName("192.168.15.7"), arp.address());
        assertEquals("02:00:00:00:00:07", arp.macAddress());
        assertEquals(NeighborState.PERMANENT, arp.state());
        assertEquals(IpAddresses.AF_INET, arp.family());
        assertEquals(3, arp.index());
        Neighbor ndp = all.get(1);
        assertEquals(InetAddress.getByName("fd00::7"), ndp.address());
        assertEquals("02:00:00:00:00:08", ndp.macAddress());
        assertEquals(NeighborState.REACHABLE, ndp.state());
        assertEquals("fd00::7 dev#3 lladdr 02:00:00:00:00:08 REACHABLE", ndp.toString());
    }

    @Test
    void shouldHideNoarpAndNoneLikeIpNeigh() {
        assertFalse(NeighborQuery.shown(NdMsg.NUD_NOARP));
        assertFalse(NeighborQuery.shown(NdMsg.NUD_NONE));
        assertTrue(NeighborQuery.shown(NdMsg.NUD_STALE));
        assertEquals(NeighborState.UNKNOWN, NeighborState.of(NdMsg.NUD_STALE | NdMsg.NUD_DELAY));
    }

    @Test
    void shouldEncodePermanentEntryAsIpNeighAdd() {
        MessageWriter w = new MessageWriter();
        NeighborRequest r = Neighbors.add("192.168.15.9").lladdr("02:00:00:00:00:09").dev("veth0");
        r.check();
        r.encode(w, 3);
        ByteBuffer b = RouteTestVectors.direct(copy(w));
        NeighborView v = new NeighborView().wrap(RouteTestVectors.reader(b));
        assertEquals(NeighborState.PERMANENT, v.state());
        assertEquals("02:00:00:00:00:09", v.macAddress());
        assertEquals(3, v.index());
        assertEquals("192.168.15.9", v.address().getHostAddress());
    }

    @Test
    void shouldRejectBadNeighbourArgumentsBeforeSending() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Neighbors.add("192.168.15.300"))
                .getMessage().contains("neighbour address"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Neighbors.add("10.0.0.1").lladdr("02:00:00:00:00"))
                .getMessage().contains("lladdr"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Neighbors.add("10.0.0.1").lladdr("02:00:00:00:00:01").check())
                .getMessage().contains("dev is required"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Neighbors.add("10.0.0.1").dev("veth0").check())
                .getMessage().contains("lladdr is required"));
        assertThrows(IllegalArgumentException.class, () -> Neighbors.add("10.0.0.1").router());
        assertThrows(IllegalArgumentException.class, () -> Neighbors.add("10.0.0.1").dev("a-name-longer-than-15"));
    }

    @Test
    void shouldRaiseOnlyDecodeErrorsOnTruncatedOrMutatedNeighbours() {
        for (ByteBuffer m : RouteTestVectors.messages("neigh/ip-neigh-show.hex", Rtnl.RTM_NEWNEIGH)) {
            assertTrue(RouteTestVectors.assertOnlyDecodeErrors(m, r -> new NeighborView().wrap(r).toNeighbor()) > 0);
        }
    }

    private static byte[] copy(MessageWriter w) {
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return b;
    }
}
