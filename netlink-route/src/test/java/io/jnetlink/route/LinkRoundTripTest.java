package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Nla;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link family in its final shape: {@link LinkView#toLink()} keeps what it does not model as
 * {@link RawAttribute}s that write back byte-exact, names compare as {@code AttributeReader} does
 * (non-ASCII too), and a changed {@link Link} is made with {@link Link#toBuilder()}.
 */
class LinkRoundTripTest {
    /** Attribute types {@code LinkView} decodes into fields; every other one must come back raw. */
    private static final Set<Integer> MODELLED = Set.of(IfLink.IFLA_IFNAME, IfLink.IFLA_ADDRESS, IfLink.IFLA_BROADCAST,
            IfLink.IFLA_MTU, IfLink.IFLA_LINK, IfLink.IFLA_MASTER, IfLink.IFLA_TXQLEN, IfLink.IFLA_OPERSTATE,
            IfLink.IFLA_GROUP, IfLink.IFLA_PROMISCUITY, IfLink.IFLA_IFALIAS, IfLink.IFLA_LINK_NETNSID,
            IfLink.IFLA_STATS64);
    /** An attribute no header defines, with a flag bit and a length that needs padding. */
    private static final int UNKNOWN_RAW_TYPE = Nla.F_NET_BYTEORDER | 200;
    private static final byte[] UNKNOWN_VALUE = {1, 2, 3, 4, 5};

    @Test
    void shouldWriteUnknownAttributesBackByteExact() {
        byte[] message = capturedLoopbackWithInjectedAttribute();
        ByteBuffer buffer = LinkTestBytes.direct(message);
        MessageReader m = new MessageReader().wrap(buffer, 0, message.length);
        assertTrue(m.next());
        Link lo = new LinkView().wrap(m).toLink();
        assertEquals("lo", lo.name());
        assertTrue(lo.otherAttributes().contains(new RawAttribute(UNKNOWN_RAW_TYPE, UNKNOWN_VALUE)),
                "injected attribute kept with its flag bit: " + lo.otherAttributes());

        // what the kernel sent of every attribute without a field, header and padding included, in order
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        AttributeReader a = m.attributes(new AttributeReader(), IfInfoMsg.LENGTH);
        while (a.next()) {
            if (!MODELLED.contains(a.type())) {
                int start = a.offset();
                expected.write(message, start, Nla.align(Nla.HEADER_LENGTH + a.valueLength()));
            }
        }
        MessageWriter w = new MessageWriter();
        int start = w.position();
        lo.otherAttributes().forEach(attribute -> attribute.writeTo(w));
        byte[] written = new byte[w.position() - start];
        w.buffer().get(start, written);
        assertArrayEquals(expected.toByteArray(), written);
    }

    @Test
    void shouldCompareNonAsciiNamesAsAttributeReaderDoes() {
        String name = "bär0"; // 5 UTF-8 bytes, 4 chars: a byte-per-char comparison says no
        MessageWriter w = new MessageWriter();
        int msg = w.beginMessage(Rtnl.RTM_NEWLINK, 0);
        IfInfoMsgEncoder.write(w, 7, 0, 0);
        w.putAttrString(IfLink.IFLA_IFNAME, name);
        int info = w.beginNested(IfLink.IFLA_LINKINFO, false);
        w.putAttrString(IfLink.IFLA_INFO_KIND, "brück");
        w.endNested(info);
        w.endMessage(msg);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        LinkView v = new LinkView().wrap(m);
        assertTrue(v.nameEquals(name));
        assertFalse(v.nameEquals("bar0"));
        assertTrue(v.kindEquals("brück"));
        assertFalse(v.kindEquals("bruck"));
        assertEquals(name, v.name());
        assertEquals(Optional.of("brück"), v.toLink().kind());
        assertEquals(7, v.toLink().index());
    }

    @Test
    void shouldChangeOneComponentThroughTheBuilder() {
        byte[] message = capturedLoopbackWithInjectedAttribute();
        MessageReader m = new MessageReader().wrap(LinkTestBytes.direct(message), 0, message.length);
        assertTrue(m.next());
        Link lo = new LinkView().wrap(m).toLink();
        assertEquals(lo, lo.toBuilder().build());
        Link jumbo = lo.toBuilder().mtu(9000).build();
        assertEquals(9000, jumbo.mtu());
        assertNotEquals(lo, jumbo);
        assertEquals(lo, jumbo.toBuilder().mtu(lo.mtu()).build());
        assertEquals("", Link.builder().build().name());
    }

    /** The first message of the captured dump ({@code lo}) with {@link #UNKNOWN_RAW_TYPE} appended. */
    private static byte[] capturedLoopbackWithInjectedAttribute() {
        byte[] dump = LinkTestBytes.hex("dump-reply.hex");
        int length = ByteBuffer.wrap(dump).order(java.nio.ByteOrder.nativeOrder()).getInt(0);
        int attribute = Nla.align(Nla.HEADER_LENGTH + UNKNOWN_VALUE.length);
        byte[] out = Arrays.copyOf(Arrays.copyOf(dump, length), Nla.align(length) + attribute); // zeroed padding
        ByteBuffer b = ByteBuffer.wrap(out).order(java.nio.ByteOrder.nativeOrder());
        b.putInt(0, out.length);
        int at = Nla.align(length);
        b.putShort(at, (short) (Nla.HEADER_LENGTH + UNKNOWN_VALUE.length)).putShort(at + 2, (short) UNKNOWN_RAW_TYPE);
        b.put(at + Nla.HEADER_LENGTH, UNKNOWN_VALUE);
        return out;
    }
}
