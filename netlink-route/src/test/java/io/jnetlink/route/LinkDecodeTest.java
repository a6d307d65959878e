package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfLink;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Decodes the RTM_NEWLINK dump datagram captured from the kernel (see
 * src/test/resources/link/dump-reply.hex and capture-dump.sh). The expected values are what
 * {@code ip -d link show} printed for the same namespace at capture time.
 */
class LinkDecodeTest {
    private static final byte[] DUMP = LinkTestBytes.hex("dump-reply.hex");

    private static List<Link> decodeAll(ByteBuffer buffer, int length) {
        MessageReader m = new MessageReader().wrap(buffer, 0, length);
        LinkView view = new LinkView();
        List<Link> out = new ArrayList<>();
        while (m.next()) {
            out.add(view.wrap(m).toLink());
        }
        return out;
    }

    private static List<Link> links() {
        return decodeAll(LinkTestBytes.direct(DUMP), DUMP.length);
    }

    @Test
    void shouldDecodeEveryLinkOfTheCapturedDump() {
        List<Link> links = links();
        assertEquals(List.of("lo", "br0", "veth-b", "veth-a", "vx0", "mv0"), links.stream().map(Link::name).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), links.stream().map(Link::index).toList());
        assertEquals(List.of(Optional.empty(), Optional.of("bridge"), Optional.of("veth"), Optional.of("veth"),
                Optional.of("vxlan"), Optional.of("macvlan")), links.stream().map(Link::kind).toList());
    }

    @Test
    void shouldDecodeLoopback() {
        Link lo = links().get(0);
        assertEquals(List.of("UP", "LOOPBACK", "RUNNING", "LOWER_UP"), lo.flags().names());
        assertTrue(lo.flags().isLoopback() && lo.flags().isLowerUp() && lo.isUp());
        assertEquals(65536, lo.mtu());
        assertEquals(OperState.UNKNOWN, lo.operState());
        assertEquals("00:00:00:00:00:00", lo.macAddress());
        assertEquals(IfLink.ARPHRD_LOOPBACK, lo.type());
        assertEquals(1000, lo.txQueueLength());
        assertEquals(0, lo.masterIndex());
        assertEquals(0, lo.linkIndex());
        assertTrue(lo.stats().isPresent());
    }

    @Test
    void shouldDecodeBridgeAndItsOptions() {
        Link br = links().get(1);
        assertEquals("02:00:00:00:00:b0", br.macAddress());
        assertEquals("ff:ff:ff:ff:ff:ff", br.broadcast());
        assertEquals(1400, br.mtu());
        assertEquals(OperState.UP, br.operState());
        assertTrue(br.flags().isUp() && br.flags().isBroadcast() && br.flags().isMulticast());
        BridgeInfo info = br.bridge().orElseThrow();
        assertEquals(new BridgeInfo(1500, 200, 2000, 30000, 0, 32768, false), info);
        assertTrue(br.vxlan().isEmpty() && br.macvlan().isEmpty());
    }

    @Test
    void shouldDecodeVethPairWithMasterPeerGroupAndAlias() {
        Link vethB = links().get(2);
        Link vethA = links().get(3);
        assertEquals(2, vethB.masterIndex(), "veth-b master br0");
        assertEquals(Optional.of("bridge"), vethB.slaveKind());
        assertEquals(4, vethB.linkIndex(), "veth-b@veth-a");
        assertEquals(3, vethA.linkIndex(), "veth-a@veth-b");
        assertEquals(1400, vethB.mtu());
        assertEquals("02:00:00:00:00:0b", vethB.macAddress());
        assertEquals("02:00:00:00:00:0a", vethA.macAddress());
        assertEquals(7, vethA.group());
        assertEquals(0, vethB.group());
        assertEquals(Optional.of("red end"), vethA.alias());
        assertEquals(OperState.UP, vethA.operState());
        assertTrue(vethA.linkNetnsId().isEmpty(), "the peer is in the same namespace");
    }

    @Test
    void shouldDecodeVxlanAndMacvlanData() {
        Link vx = links().get(4);
        VxlanInfo v = vx.vxlan().orElseThrow();
        assertEquals(42, v.id());
        assertEquals("10.0.0.2", v.group().orElseThrow().getHostAddress());
        assertEquals(4789, v.port());
        assertTrue(v.learning());
        assertEquals(300, v.ageing());
        assertEquals(OperState.DOWN, vx.operState());
        assertFalse(vx.isUp());
        Link mv = links().get(5);
        assertEquals(Optional.of(MacvlanMode.BRIDGE), mv.macvlan().orElseThrow().mode());
        assertEquals(4, mv.linkIndex(), "mv0@veth-a");
        assertEquals("02:00:00:00:00:d0", mv.macAddress());
    }

    @Test
    void shouldKeepUndecodedAttributesRawAndInOrder() {
        Link lo = links().get(0);
        List<Integer> types = lo.otherAttributes().stream().map(RawAttribute::type).toList();
        assertTrue(types.contains(IfLink.IFLA_QDISC), "IFLA_QDISC kept: " + types);
        assertTrue(types.contains(67), "an attribute newer than the headers (type 67) is kept: " + types);
        int qdisc = types.indexOf(IfLink.IFLA_QDISC);
        assertEquals("noqueue", new String(lo.otherAttributes().get(qdisc).value()).replace("\0", ""));
        // exactly the attributes of the message that have no field, in the kernel's order
        java.util.Set<Integer> decoded = java.util.Set.of(IfLink.IFLA_IFNAME, IfLink.IFLA_ADDRESS, IfLink.IFLA_BROADCAST,
                IfLink.IFLA_MTU, IfLink.IFLA_LINK, IfLink.IFLA_MASTER, IfLink.IFLA_TXQLEN, IfLink.IFLA_OPERSTATE,
                IfLink.IFLA_GROUP, IfLink.IFLA_PROMISCUITY, IfLink.IFLA_IFALIAS, IfLink.IFLA_LINK_NETNSID,
                IfLink.IFLA_STATS64);
        MessageReader m = new MessageReader().wrap(LinkTestBytes.direct(DUMP), 0, DUMP.length);
        assertTrue(m.next());
        io.jnetlink.core.message.AttributeReader a = m.attributes(new io.jnetlink.core.message.AttributeReader(), IfInfoMsg.LENGTH);
        List<Integer> expected = new ArrayList<>();
        while (a.next()) {
            if (!decoded.contains(a.type())) {
                expected.add(a.type());
            }
        }
        assertEquals(expected, types);
    }

    @Test
    void shouldNotChangeRecordsWhenTheBufferIsReused() {
        ByteBuffer buffer = LinkTestBytes.direct(DUMP);
        List<Link> before = decodeAll(buffer, DUMP.length);
        for (int i = 0; i < DUMP.length; i++) {
            buffer.put(i, (byte) 0);
        }
        assertEquals(decodeAll(LinkTestBytes.direct(DUMP), DUMP.length), before);
        assertEquals("veth-a", before.get(3).name());
    }

    @Test
    void shouldReadTheSameThroughTheReusedView() {
        ByteBuffer buffer = LinkTestBytes.direct(DUMP);
        MessageReader m = new MessageReader().wrap(buffer, 0, DUMP.length);
        LinkView view = new LinkView();
        List<Link> expected = links();
        int i = 0;
        byte[] name = new byte[16];
        while (m.next()) {
            Link l = expected.get(i++);
            assertSame(view, view.wrap(m));
            assertEquals(l.index(), view.index());
            assertTrue(view.nameEquals(l.name()));
            assertFalse(view.nameEquals(l.name() + "x"));
            assertEquals(l.name(), new String(name, 0, view.copyName(name)));
            assertEquals(l.mtu(), view.mtu());
            assertEquals(l.masterIndex(), view.masterIndex());
            assertEquals(l.linkIndex(), view.linkIndex());
            assertEquals(l.group(), view.group());
            assertEquals(l.txQueueLength(), view.txQueueLength());
            assertEquals(l.flags().raw(), view.flags());
            assertEquals(l.operState(), view.operState());
            assertEquals(l.kind().isPresent(), view.hasKind());
            l.kind().ifPresent(k -> assertTrue(view.kindEquals(k)));
            assertFalse(view.kindEquals("nope"));
            assertEquals(l.stats().orElseThrow().rxBytes(), view.rxBytes());
            assertEquals(l.stats().orElseThrow().txPackets(), view.txPackets());
            assertEquals(l, view.toLink());
        }
        assertEquals(6, i);
    }

    @Test
    void shouldRaiseDecodeExceptionOnEveryTruncation() {
        int first = ByteBuffer.wrap(DUMP).order(java.nio.ByteOrder.nativeOrder()).getInt(0);
        // (a) the datagram ends early, nlmsg_len intact: the reader refuses at every length
        for (int cut = 1; cut < first; cut++) {
            int length = cut;
            ByteBuffer b = LinkTestBytes.direct(java.util.Arrays.copyOf(DUMP, cut));
            assertThrows(NetlinkDecodeException.class, () -> decodeAll(b, length), "datagram cut to " + cut);
        }
        // (b) nlmsg_len itself says the message is shorter: header, ifinfomsg and the name must be there,
        // an attribute cut in its middle is refused, a cut on an attribute boundary decodes what is left
        int refused = 0;
        for (int cut = 0; cut < first; cut++) {
            ByteBuffer b = LinkTestBytes.direct(DUMP);
            b.putInt(0, cut);
            MessageReader m = new MessageReader().wrap(b, 0, first);
            try {
                assertTrue(m.next());
                Link lo = new LinkView().wrap(m).toLink();
                // IFLA_IFNAME "lo" is 7 bytes at offset 32: complete from 39 on (the last attribute's padding may be cut)
                assertTrue(cut >= 39, "decoded without a complete header and name at cut " + cut);
                assertEquals("lo", lo.name());
            } catch (NetlinkDecodeException expected) {
                refused++;
                assertTrue(cut != 39 && cut != 40, "a message ending right after its name must decode, cut " + cut);
            }
        }
        assertTrue(refused >= 39, "cuts refused: " + refused);
    }

    @Test
    void shouldRaiseOnlyDecodeExceptionsOnMutatedBytes() {
        Random random = new Random(20261129);
        int decoded = 0, refused = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] bytes = DUMP.clone();
            int mutations = 1 + random.nextInt(4);
            for (int k = 0; k < mutations; k++) {
                int at = random.nextInt(bytes.length);
                bytes[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (bytes[at] ^ (1 << random.nextInt(8)));
            }
            try {
                List<Link> links = decodeAll(LinkTestBytes.direct(bytes), bytes.length);
                decoded++;
                // the view must agree with the record on whatever decodes
                MessageReader m = new MessageReader().wrap(LinkTestBytes.direct(bytes), 0, bytes.length);
                LinkView v = new LinkView();
                int i = 0;
                while (m.next()) {
                    v.wrap(m);
                    assertEquals(links.get(i++).index(), v.index());
                }
            } catch (NetlinkDecodeException e) {
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError("round " + round + " raised " + e, e);
            }
        }
        assertTrue(decoded > 0 && refused > 0, "both outcomes seen: decoded=" + decoded + " refused=" + refused);
    }

    @Test
    void shouldRefuseAMessageWithoutName() {
        ByteBuffer b = ByteBuffer.allocateDirect(32).order(java.nio.ByteOrder.nativeOrder());
        b.putInt(0, 32).putShort(4, (short) Rtnl.RTM_NEWLINK);
        MessageReader m = new MessageReader().wrap(b, 0, 32);
        assertTrue(m.next());
        NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class, () -> new LinkView().wrap(m));
        assertTrue(e.getMessage().contains("IFLA_IFNAME"), e.getMessage());
    }

    @Test
    void shouldRefuseAShortMtuAttribute() {
        // ifinfomsg + IFLA_IFNAME "a" + IFLA_MTU with 2 value bytes
        ByteBuffer b = ByteBuffer.allocateDirect(48).order(java.nio.ByteOrder.nativeOrder());
        b.putInt(0, 48).putShort(4, (short) Rtnl.RTM_NEWLINK);
        b.putShort(32, (short) 6).putShort(34, (short) IfLink.IFLA_IFNAME).put(36, (byte) 'a');
        b.putShort(40, (short) 6).putShort(42, (short) IfLink.IFLA_MTU);
        MessageReader m = new MessageReader().wrap(b, 0, 48);
        assertTrue(m.next());
        // refused by wrap, so no getter of a wrapped view can throw later
        NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class, () -> new LinkView().wrap(m));
        assertTrue(e.getMessage().contains("needs 4"), e.getMessage());
    }
}
