package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgHeader;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfLink;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkRequestEncodingTest {

    private static byte[] bytesOf(MessageWriter w) {
        byte[] out = new byte[w.position()];
        w.buffer().get(0, out);
        return out;
    }

    /**
     * The library's veth request equals what iproute2 sent for the same command, byte for byte,
     * except nlmsg_seq: iproute2 numbers from the clock, the connection numbers its own. The flags
     * match once NLM_F_REQUEST|NLM_F_ACK are added, as the connection adds them to every request.
     */
    @Test
    void shouldEncodeVethCreateExactlyAsIproute2() {
        byte[] expected = LinkTestBytes.hex("veth-create-request.hex");
        MessageWriter w = new MessageWriter(256);
        new LinkVethRequest("veth-red").peer("veth-blue").encode(w, 0, null);
        w.addFlags(0, Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK);
        byte[] actual = bytesOf(w);
        for (int i = 0; i < 4; i++) {
            actual[NlMsgHeader.SEQ_OFFSET + i] = 0;
            expected[NlMsgHeader.SEQ_OFFSET + i] = 0;
        }
        assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(actual));
    }

    @Test
    void shouldZeroStalePaddingWhenTheBufferIsReused() {
        MessageWriter w = new MessageWriter(256);
        new LinkVethRequest("abcdefghijklmno").peer("pqrstuvwxyzabcd").mtu(9000).encode(w, 0, null);
        byte[] first = bytesOf(w);
        w.reset();
        for (int i = 0; i < first.length; i++) {
            w.buffer().put(i, (byte) 0xAA);
        }
        new LinkVethRequest("abcdefghijklmno").peer("pqrstuvwxyzabcd").mtu(9000).encode(w, 0, null);
        assertArrayEquals(first, bytesOf(w));
    }

    @Test
    void shouldPutPeerNamespaceFdInsideVethInfoPeer() {
        MessageWriter w = new MessageWriter(256);
        new LinkVethRequest("a").peer("b").peerMtu(1400).peerAddress("02:00:00:00:00:0b").encode(w, 0, null);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        AttributeReader top = m.attributes(new AttributeReader(), IfInfoMsg.LENGTH);
        assertTrue(top.find(IfLink.IFLA_LINKINFO));
        AttributeReader info = top.nested(new AttributeReader());
        assertTrue(info.find(IfLink.IFLA_INFO_DATA));
        AttributeReader data = info.nested(new AttributeReader());
        assertTrue(data.find(IfLink.VETH_INFO_PEER));
        // the peer nest: a zeroed ifinfomsg, then IFLA_IFNAME, IFLA_MTU, IFLA_ADDRESS
        AttributeReader peer = new AttributeReader().wrap(w.buffer(), data.valueOffset() + IfInfoMsg.LENGTH,
                data.valueLength() - IfInfoMsg.LENGTH);
        assertTrue(peer.find(IfLink.IFLA_IFNAME));
        assertEquals("b", peer.string());
        assertTrue(peer.find(IfLink.IFLA_MTU));
        assertEquals(1400, peer.u32());
        assertTrue(peer.find(IfLink.IFLA_ADDRESS));
        assertEquals("02:00:00:00:00:0b", io.jnetlink.core.net.MacAddress.format(peer.bytes()));
        assertFalse(peer.find(IfLink.IFLA_NET_NS_FD));
    }

    @Test
    void shouldEncodeGroupDeleteWithIndexZeroAndGroupAttribute() {
        MessageWriter w = new MessageWriter(64);
        LinkDeleteRequest.byGroup(42).encode(w);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        assertEquals(Rtnl.RTM_DELLINK, m.type());
        assertEquals(0, m.payloadU32(IfInfoMsg.INDEX_OFFSET));
        AttributeReader a = m.attributes(new AttributeReader(), IfInfoMsg.LENGTH);
        assertTrue(a.next());
        assertEquals(IfLink.IFLA_GROUP, a.type());
        assertEquals(42, a.u32());
        assertFalse(a.next());
    }

    @Test
    void shouldEncodeUpDownAsFlagsAndChangeMask() {
        MessageWriter w = new MessageWriter(64);
        new LinkSetRequest("lo").up().promisc(false).encode(w, 0, 0);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        assertEquals(Rtnl.RTM_NEWLINK, m.type());
        assertEquals(0, m.flags() & (Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL), "set must not create");
        assertEquals(LinkFlags.IFF_UP, m.payloadU32(IfInfoMsg.FLAGS_OFFSET));
        assertEquals(LinkFlags.IFF_UP | LinkFlags.IFF_PROMISC, m.payloadU32(IfInfoMsg.CHANGE_OFFSET));
        AttributeReader a = m.attributes(new AttributeReader(), IfInfoMsg.LENGTH);
        assertTrue(a.find(IfLink.IFLA_IFNAME));
        assertEquals("lo", a.string());
    }

    @Test
    void shouldWriteNomasterAsMasterZeroAndRenameByIndex() {
        MessageWriter w = new MessageWriter(64);
        new LinkSetRequest("old").name("new").noMaster().encode(w, 7, 0);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        assertEquals(7, m.payloadU32(IfInfoMsg.INDEX_OFFSET));
        AttributeReader a = m.attributes(new AttributeReader(), IfInfoMsg.LENGTH);
        assertTrue(a.find(IfLink.IFLA_IFNAME));
        assertEquals("new", a.string());
        assertTrue(a.find(IfLink.IFLA_MASTER));
        assertEquals(0, a.u32());
    }

    @Test
    void shouldEncodeVxlanPortInNetworkOrderAndAddressByFamily() {
        MessageWriter w = new MessageWriter(128);
        new LinkVxlanRequest("vx").id(42).remote("fd00::2").port(4789).learning(false)
                .encode(w, 0, new LinkCreateRequest.Resolved(0, 0));
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        AttributeReader top = m.attributes(new AttributeReader(), IfInfoMsg.LENGTH);
        assertTrue(top.find(IfLink.IFLA_LINKINFO));
        AttributeReader info = top.nested(new AttributeReader());
        assertTrue(info.find(IfLink.IFLA_INFO_DATA));
        VxlanInfo v = VxlanInfo.decode(info.nested(new AttributeReader()));
        assertEquals(42, v.id());
        assertEquals(4789, v.port());
        assertEquals("fd00:0:0:0:0:0:0:2", v.group().orElseThrow().getHostAddress());
        assertFalse(v.learning());
        AttributeReader data = info.nested(new AttributeReader());
        assertTrue(data.find(IfLink.IFLA_VXLAN_PORT));
        assertEquals(0x12, data.buffer().get(data.valueOffset()) & 0xFF, "4789 = 0x12b5, big-endian first byte");
        assertTrue(data.find(IfLink.IFLA_VXLAN_GROUP6));
    }

    @Test
    void shouldAppendRawAttributesAndRawInfoData() {
        MessageWriter w = new MessageWriter(128);
        new LinkRawRequest("x0", "nosuchkind").data(new byte[] {8, 0, 1, 0, 7, 0, 0, 0})
                .attribute(IfLink.IFLA_IFALIAS, "hi\0".getBytes()).encode(w, 0, null);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        AttributeReader top = m.attributes(new AttributeReader(), IfInfoMsg.LENGTH);
        assertTrue(top.find(IfLink.IFLA_IFALIAS));
        assertEquals("hi", top.string());
        assertTrue(top.find(IfLink.IFLA_LINKINFO));
        AttributeReader info = top.nested(new AttributeReader());
        assertTrue(info.find(IfLink.IFLA_INFO_KIND));
        assertEquals("nosuchkind", info.string());
        assertTrue(info.find(IfLink.IFLA_INFO_DATA));
        assertArrayEquals(new byte[] {8, 0, 1, 0, 7, 0, 0, 0}, info.bytes());
    }
}
