package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.IpAddresses;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.jnetlink.route.RouteTestVectors.assertSameBytes;
import static io.jnetlink.route.RouteTestVectors.masked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Route requests against what {@code ip route add} sends, and replies the kernel sent to {@code ip route show}. */
class RouteCodecTest {
    private static final int VETH0 = 3;

    @Test
    void shouldEncodeAddExactlyLikeIpRouteAdd() {
        // ip route add 192.168.1.0/24 via 192.168.15.5 (captured by capture.sh):
        // nlmsghdr len=44 type=RTM_NEWROUTE flags=REQUEST|ACK|EXCL|CREATE
        // rtmsg family=AF_INET dst_len=24 src_len=0 tos=0 table=RT_TABLE_MAIN protocol=RTPROT_BOOT
        //       scope=RT_SCOPE_UNIVERSE type=RTN_UNICAST flags=0
        // RTA_DST len=8 192.168.1.0 ; RTA_GATEWAY len=8 192.168.15.5
        ByteBuffer d = RouteTestVectors.datagrams("route/ip-route-add.hex").get(0);
        byte[] ip = new byte[d.capacity()];
        d.get(0, ip);
        MessageWriter w = new MessageWriter();
        RouteRequest r = Routes.add("192.168.1.0/24").via("192.168.15.5");
        r.check();
        r.encode(w, 0, new int[0]);
        w.addFlags(0, Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK);
        assertSameBytes(RouteTestVectors.mask(ip), masked(w));
    }

    @Test
    void shouldEncodeTableAbove255MtuMultipathAndReadThemBack() throws Exception {
        MessageWriter w = new MessageWriter();
        RouteRequest r = Routes.replace("10.9.0.0/16").table(300).metric(50).mtu(1400).onLink()
                .nextHop("192.168.15.5", "veth0", 1).nextHop("192.168.15.6", "veth0", 3);
        r.check();
        r.encode(w, 0, new int[] {VETH0, VETH0});
        ByteBuffer b = RouteTestVectors.direct(copy(w));
        assertEquals(RtMsg.RT_TABLE_UNSPEC, b.get(16 + RtMsg.TABLE_OFFSET)); // the id travels in RTA_TABLE
        Route route = new RouteView().wrap(RouteTestVectors.reader(b)).toRoute();
        assertEquals(300, route.table());
        assertEquals(50, route.metric());
        assertEquals(1400, route.mtu());
        assertTrue(route.isOnLink());
        assertEquals(List.of(new NextHop(Optional.of(InetAddress.getByName("192.168.15.5")), VETH0, 1, 0),
                new NextHop(Optional.of(InetAddress.getByName("192.168.15.6")), VETH0, 3, 0)), route.nextHops());
    }

    @Test
    void shouldFollowIpDefaultsForScopeTableAndFamily() {
        MessageWriter w = new MessageWriter();
        Routes.add("10.0.0.0/8").dev("veth0").encode(w, VETH0, new int[0]);
        assertEquals(RtMsg.RT_SCOPE_LINK, w.buffer().get(16 + RtMsg.SCOPE_OFFSET) & 0xFF); // no gateway: link
        w.reset();
        Routes.add("10.0.0.1").type(RouteType.LOCAL).dev("veth0").encode(w, VETH0, new int[0]);
        assertEquals(RtMsg.RT_SCOPE_HOST, w.buffer().get(16 + RtMsg.SCOPE_OFFSET) & 0xFF);
        assertEquals(RtMsg.RT_TABLE_LOCAL, w.buffer().get(16 + RtMsg.TABLE_OFFSET) & 0xFF);
        assertEquals(32, w.buffer().get(16 + RtMsg.DST_LEN_OFFSET));
        w.reset();
        Routes.delete("10.0.0.0/8").encode(w, 0, new int[0]);
        assertEquals(RtMsg.RT_SCOPE_NOWHERE, w.buffer().get(16 + RtMsg.SCOPE_OFFSET) & 0xFF);
        assertEquals(Rtnl.RTM_DELROUTE, w.buffer().getShort(4));
        w.reset();
        Routes.add("default").via("fd00::5").encode(w, 0, new int[0]);
        assertEquals(IpAddresses.AF_INET6, w.buffer().get(16 + RtMsg.FAMILY_OFFSET));
        assertEquals(0, w.buffer().get(16 + RtMsg.DST_LEN_OFFSET));
        assertEquals(16 + 12 + 20, w.position()); // rtmsg + RTA_GATEWAY only: no RTA_DST for a default route
    }

    @Test
    void shouldDecodeEveryRouteIpRouteShowReceived() throws Exception {
        List<Route> all = RouteTestVectors.messages("route/ip-route-show-all.hex", Rtnl.RTM_NEWROUTE).stream()
                .map(b -> new RouteView().wrap(RouteTestVectors.reader(b)).toRoute())
                .filter(r -> r.family() == IpAddresses.AF_INET).collect(Collectors.toList());
        // ip route show table all printed (route/state.txt), in this order; its IPv6 half is checked below
        assertEquals(List.of("10.8.0.0/16", "10.7.0.0/16", "10.9.0.0/16", "10.20.0.2/32", "192.168.1.0/24",
                "192.168.15.0/24", "10.20.0.1/32", "127.0.0.0/8", "127.0.0.1/32", "127.255.255.255/32", "192.168.15.1/32",
                "192.168.15.255/32"), all.stream().map(r -> r.prefix().toString()).collect(Collectors.toList()));
        Route t300 = all.get(0); // 10.8.0.0/16 via 192.168.15.5 dev veth0 table 300 metric 50 mtu 1400
        assertEquals(300, t300.table());
        assertEquals(50, t300.metric());
        assertEquals(1400, t300.mtu());
        assertEquals(Optional.of(InetAddress.getByName("192.168.15.5")), t300.gateway());
        assertEquals(VETH0, t300.outputIndex());
        assertEquals(RouteType.BLACKHOLE, all.get(1).type());
        Route mp = all.get(2); // 10.9.0.0/16 nexthop via .5 weight 1, nexthop via .6 weight 3
        assertEquals(List.of(new NextHop(Optional.of(InetAddress.getByName("192.168.15.5")), VETH0, 1, 0),
                new NextHop(Optional.of(InetAddress.getByName("192.168.15.6")), VETH0, 3, 0)), mp.nextHops());
        assertEquals(Optional.empty(), mp.gateway());
        Route connected = all.get(5); // 192.168.15.0/24 dev veth0 proto kernel scope link src 192.168.15.1
        assertEquals(RtMsg.RTPROT_KERNEL, connected.protocol());
        assertEquals(RtMsg.RT_SCOPE_LINK, connected.scope());
        assertEquals(Optional.of(InetAddress.getByName("192.168.15.1")), connected.preferredSource());
        assertEquals(RtMsg.RT_TABLE_MAIN, connected.table());
        assertEquals(RouteType.LOCAL, all.get(6).type());
        assertEquals(RtMsg.RT_TABLE_LOCAL, all.get(6).table());
        assertEquals(RouteType.BROADCAST, all.get(9).type());
    }

    @Test
    void shouldDecodeIpv6Routes() throws Exception {
        List<Route> all = RouteTestVectors.messages("route/ip6-route-show-all.hex", Rtnl.RTM_NEWROUTE).stream()
                .map(b -> new RouteView().wrap(RouteTestVectors.reader(b)).toRoute()).collect(Collectors.toList());
        Route fd01 = all.stream().filter(r -> r.prefix().toString().equals("fd01::/64")).findFirst().orElseThrow();
        assertEquals(IpAddresses.AF_INET6, fd01.family());
        assertEquals(Optional.of(InetAddress.getByName("fd00::5")), fd01.gateway());
        assertEquals(7, fd01.metric());
        assertEquals(RtMsg.RT_TABLE_MAIN, fd01.table());
        assertTrue(all.stream().anyMatch(r -> r.type() == RouteType.MULTICAST && r.table() == RtMsg.RT_TABLE_LOCAL));
    }

    @Test
    void shouldGiveTheDefaultRouteAnUnspecifiedDestinationNeverNull() {
        MessageWriter w = new MessageWriter();
        Routes.add("default").via("192.168.15.5").encode(w, 0, new int[0]);
        Route r = new RouteView().wrap(RouteTestVectors.reader(RouteTestVectors.direct(copy(w)))).toRoute();
        assertEquals("0.0.0.0", r.destination().getHostAddress());
        assertEquals(0, r.prefixLength());
        assertTrue(r.isDefault());
        assertEquals("default via 192.168.15.5 table 254", r.toString());
    }

    @Test
    void shouldRaiseOnlyDecodeErrorsOnTruncatedOrMutatedRoutes() {
        List<ByteBuffer> msgs = RouteTestVectors.messages("route/ip-route-show-all.hex", Rtnl.RTM_NEWROUTE);
        msgs.addAll(RouteTestVectors.messages("route/ip6-route-show-all.hex", Rtnl.RTM_NEWROUTE));
        for (ByteBuffer m : msgs) {
            int rejected = RouteTestVectors.assertOnlyDecodeErrors(m, r -> new RouteView().wrap(r).toRoute());
            assertTrue(rejected > 0);
        }
    }

    private static byte[] copy(MessageWriter w) {
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return b;
    }
}
