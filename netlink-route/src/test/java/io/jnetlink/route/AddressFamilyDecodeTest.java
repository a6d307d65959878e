package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.route.wire.FibRuleHdr;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import org.junit.jupiter.api.Test;

import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything {@code ip} can make is read with the family it has (IPv4-mapped IPv6 stays IPv6), and an
 * address whose length contradicts its message's family is refused when decoded, so that no value
 * handed out throws later.
 */
class AddressFamilyDecodeTest {
    private static final byte[] MAPPED_ALL = IpAddresses.parse("::ffff:0:0", "a").getAddress();

    @Test
    void shouldRefuseRouteWhoseDestinationIsShorterThanItsFamily() {
        // found by fuzzing: RTM_NEWROUTE family 10, dst_len 128, RTA_DST of 4 bytes
        ByteBuffer m = hex("24000000180022000000c05ec505ed9d0a800000ff0200040000000008000100fe800000");
        assertThrows(NetlinkDecodeException.class, () -> new RouteView().wrap(RouteTestVectors.reader(m)));
    }

    @Test
    void shouldRefuseAddressWhoseLengthContradictsItsFamily() {
        // found by fuzzing: RTM_NEWADDR family 10, prefixlen 64, IFA_ADDRESS of 4 bytes
        ByteBuffer m = hex("20000000140002000000c05ec505ed9d0a4080fd0a0000000800010007000000");
        assertThrows(NetlinkDecodeException.class, () -> new AddressView().wrap(RouteTestVectors.reader(m)));
    }

    @Test
    void shouldRefuseIpv4RouteWithSixteenByteGatewayOrSource() {
        MessageWriter w = routeHeader(IpAddresses.AF_INET, 24);
        w.putAttrBytes(RtMsg.RTA_DST, new byte[] {10, 1, 0, 0});
        w.putAttrBytes(RtMsg.RTA_GATEWAY, new byte[16]);
        assertThrows(NetlinkDecodeException.class, () -> new RouteView().wrap(RouteTestVectors.reader(end(w))));
        MessageWriter p = routeHeader(IpAddresses.AF_INET6, 64);
        p.putAttrBytes(RtMsg.RTA_PREFSRC, new byte[] {10, 1, 0, 0});
        assertThrows(NetlinkDecodeException.class, () -> new RouteView().wrap(RouteTestVectors.reader(end(p))));
    }

    @Test
    void shouldRefuseNeighbourWhoseAddressContradictsItsFamily() {
        MessageWriter w = new MessageWriter();
        int msg = w.beginMessage(Rtnl.RTM_NEWNEIGH, 0);
        int h = w.reserve(NdMsg.LENGTH);
        w.putU8At(h + NdMsg.FAMILY_OFFSET, IpAddresses.AF_INET6);
        w.putAttrBytes(NdMsg.NDA_DST, new byte[] {10, 0, 0, 1});
        w.endMessage(msg);
        assertThrows(NetlinkDecodeException.class, () -> new NeighborView().wrap(RouteTestVectors.reader(copy(w))));
    }

    @Test
    void shouldReadMappedRouteAsIpv6() {
        // ip -6 route add ::ffff:10.1.0.0/112 dev lo
        MessageWriter w = routeHeader(IpAddresses.AF_INET6, 112);
        w.putAttrAddress(RtMsg.RTA_DST, IpAddresses.parse("::ffff:10.1.0.0", "d"));
        Route r = new RouteView().wrap(RouteTestVectors.reader(end(w))).toRoute();
        assertInstanceOf(Inet6Address.class, r.destination());
        assertEquals("::ffff:10.1.0.0/112", r.prefix().toString());
    }

    @Test
    void shouldReadMappedAddressAsIpv6() {
        // ip addr add ::ffff:10.9.8.7/128 dev lo
        MessageWriter w = new MessageWriter();
        int msg = w.beginMessage(Rtnl.RTM_NEWADDR, 0);
        int h = w.reserve(IfAddrMsg.LENGTH);
        w.putU8At(h + IfAddrMsg.FAMILY_OFFSET, IpAddresses.AF_INET6);
        w.putU8At(h + IfAddrMsg.PREFIXLEN_OFFSET, 128);
        w.putU32At(h + IfAddrMsg.INDEX_OFFSET, 1);
        w.putAttrAddress(IfAddrMsg.IFA_ADDRESS, IpAddresses.parse("::ffff:10.9.8.7", "a"));
        w.endMessage(msg);
        Address a = new AddressView().wrap(RouteTestVectors.reader(copy(w))).toAddress();
        assertEquals(IpAddresses.AF_INET6, a.family());
        assertEquals("::ffff:10.9.8.7/128", a.prefix().toString());
        assertEquals("::ffff:10.9.8.7/128", a.toString());
    }

    @Test
    void shouldReadRuleFromAllMappedAddresses() {
        // ip -6 rule add from ::ffff:0:0/96 table 7
        Rule r = new RuleView().wrap(RouteTestVectors.reader(ruleFrom(IpAddresses.AF_INET6, 96))).toRule();
        assertEquals(Optional.of(IpPrefix.parse("::ffff:0:0/96", "s")), r.source());
        assertEquals("0: from ::ffff:0.0.0.0/96 lookup 7", r.toString());
    }

    @Test
    void shouldRefuseRuleWhosePrefixContradictsItsFamily() {
        ByteBuffer m = ruleFrom(IpAddresses.AF_INET, 96);
        assertThrows(NetlinkDecodeException.class, () -> new RuleView().wrap(RouteTestVectors.reader(m)).toRule());
    }

    @Test
    void shouldWriteAndReadIpv6GatewayOfIpv4RouteAsRtaVia() throws Exception {
        // ip route add 10.7.0.0/16 via inet6 fe80::1 dev X: RTA_VIA len=22 {family=AF_INET6, fe80::1}
        MessageWriter w = new MessageWriter();
        RouteRequest r = Routes.add("10.7.0.0/16").via("fe80::1").dev(3);
        r.check();
        r.encode(w, 3, null);
        ByteBuffer b = copy(w);
        RouteView v = new RouteView().wrap(RouteTestVectors.reader(b));
        assertEquals(IpAddresses.AF_INET, v.family());
        Route route = v.toRoute();
        assertEquals(Optional.of(IpAddresses.parse("fe80::1", "g")), route.gateway());
        assertEquals("10.7.0.0/16 via inet6 fe80::1 dev#3 table 254", route.toString());
        AttributeReader a = RouteTestVectors.reader(b).attributes(new AttributeReader(), RtMsg.LENGTH);
        boolean via = false;
        while (a.next()) {
            if (a.type() == RtMsg.RTA_VIA) {
                via = true;
                assertEquals(18, a.valueLength());
                assertEquals(IpAddresses.AF_INET6, a.buffer().getShort(a.valueOffset()));
            }
            assertTrue(a.type() != RtMsg.RTA_GATEWAY, "no RTA_GATEWAY");
        }
        assertTrue(via, "RTA_VIA sent");
    }

    @Test
    void shouldRefuseRtaViaWhoseLengthContradictsItsFamily() {
        MessageWriter w = routeHeader(IpAddresses.AF_INET, 16);
        w.putAttrBytes(RtMsg.RTA_DST, new byte[] {10, 7, 0, 0});
        byte[] bad = ByteBuffer.allocate(6).order(java.nio.ByteOrder.nativeOrder())
                .putShort((short) IpAddresses.AF_INET6).put(new byte[4]).array(); // says IPv6, holds 4 bytes
        w.putAttrBytes(RtMsg.RTA_VIA, bad);
        assertThrows(NetlinkDecodeException.class, () -> new RouteView().wrap(RouteTestVectors.reader(end(w))));
    }

    /** {@code from ::ffff:0:0/LEN table 7} in a rule message of {@code family}. */
    private static ByteBuffer ruleFrom(int family, int srcLen) {
        MessageWriter w = new MessageWriter();
        int msg = w.beginMessage(Rtnl.RTM_NEWRULE, 0);
        int h = w.reserve(FibRuleHdr.LENGTH);
        w.putU8At(h + FibRuleHdr.FAMILY_OFFSET, family);
        w.putU8At(h + FibRuleHdr.SRC_LEN_OFFSET, srcLen);
        w.putU8At(h + FibRuleHdr.TABLE_OFFSET, 7);
        w.putU8At(h + FibRuleHdr.ACTION_OFFSET, 1);
        w.putAttrBytes(FibRuleHdr.FRA_SRC, MAPPED_ALL);
        w.endMessage(msg);
        return copy(w);
    }

    private static MessageWriter routeHeader(int family, int dstLen) {
        MessageWriter w = new MessageWriter();
        w.beginMessage(Rtnl.RTM_NEWROUTE, 0);
        int h = w.reserve(RtMsg.LENGTH);
        w.putU8At(h + RtMsg.FAMILY_OFFSET, family);
        w.putU8At(h + RtMsg.DST_LEN_OFFSET, dstLen);
        w.putU8At(h + RtMsg.TABLE_OFFSET, RtMsg.RT_TABLE_MAIN);
        w.putU8At(h + RtMsg.TYPE_OFFSET, RtMsg.RTN_UNICAST);
        return w;
    }

    private static ByteBuffer end(MessageWriter w) {
        w.endMessage(0);
        return copy(w);
    }

    private static ByteBuffer copy(MessageWriter w) {
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return RouteTestVectors.direct(b);
    }

    private static ByteBuffer hex(String s) {
        return RouteTestVectors.direct(HexFormat.of().parseHex(s));
    }
}
