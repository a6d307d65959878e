package io.jnetlink.core.message;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageWriterTest {
    private final MessageWriter w = new MessageWriter(64);
    private final MessageReader m = new MessageReader();
    private final AttributeReader a = new AttributeReader();
    private final AttributeReader inner = new AttributeReader();

    @Test
    void shouldRoundTripHeaderStructAndAttributesOfEveryWidth() throws Exception {
        int msg = w.beginMessage(0x10, Netlink.NLM_F_REQUEST, 77, 1234);
        int hdr = w.reserve(6); // padded to 8
        w.putU8At(hdr, 0xAB).putU16At(hdr + 2, 0xBEEF).putU16BeAt(hdr + 4, 0x1234);
        w.putAttrFlag(1)
                .putAttrU8(2, 0xFF)
                .putAttrU16(3, 0xFFFE)
                .putAttrU32(4, 0xDEADBEEF)
                .putAttrU64(5, 0x0102030405060708L)
                .putAttrU16Be(6 | Nla.F_NET_BYTEORDER, 0x0A0B)
                .putAttrU32Be(7, 0x0A0B0C0D)
                .putAttrU64Be(8, 0x1122334455667788L)
                .putAttrString(9, "veth-red")
                .putAttrString(10, "é€😀")
                .putAttrBytes(11, new byte[]{1, 2, 3})
                .putAttrAddress(12, InetAddress.getByName("192.168.15.1"))
                .putAttrAddress(13, InetAddress.getByName("fd00::1"));
        int length = w.endMessage(msg);
        assertEquals(w.position(), length);
        assertEquals(0, length % 4);

        m.wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        assertEquals(0x10, m.type());
        assertEquals(Netlink.NLM_F_REQUEST, m.flags());
        assertEquals(77, m.sequence());
        assertEquals(1234, m.portId());
        assertEquals(length, m.length());
        assertEquals(0xAB, m.payloadU8(0));
        assertEquals(0xBEEF, m.payloadU16(2));
        assertEquals(0x1234, m.payloadU16Be(4));
        // big-endian really is big-endian on the wire
        assertEquals(0x12, w.buffer().get(hdr + 4));
        assertEquals(0x34, w.buffer().get(hdr + 5));

        m.attributes(a, 6);
        assertTrue(a.next());
        assertEquals(1, a.type());
        assertEquals(0, a.valueLength());
        assertTrue(a.next());
        assertEquals(0xFF, a.u8());
        assertTrue(a.next());
        assertEquals(0xFFFE, a.u16());
        assertTrue(a.next());
        assertEquals(0xDEADBEEF, a.u32());
        assertEquals(0xDEADBEEFL, a.u32AsLong());
        assertTrue(a.next());
        assertEquals(0x0102030405060708L, a.u64());
        assertTrue(a.next());
        assertEquals(6, a.type());
        assertTrue(a.isNetByteOrder());
        assertEquals(0x0A0B, a.u16Be());
        assertEquals(0x0A, a.buffer().get(a.valueOffset()));
        assertTrue(a.next());
        assertEquals(0x0A0B0C0D, a.u32Be());
        assertEquals(0x0A, a.buffer().get(a.valueOffset()));
        assertTrue(a.next());
        assertEquals(0x1122334455667788L, a.u64Be());
        assertEquals(0x11, a.buffer().get(a.valueOffset()));
        assertTrue(a.next());
        assertEquals("veth-red", a.string());
        assertEquals(9, a.valueLength()); // NUL-terminated
        assertTrue(a.stringEquals("veth-red"));
        assertFalse(a.stringEquals("veth-re"));
        byte[] copy = new byte[32];
        assertEquals(8, a.copyString(copy));
        assertTrue(a.next());
        assertEquals("é€😀", a.string());
        assertEquals("é€😀".getBytes(StandardCharsets.UTF_8).length + 1, a.valueLength());
        assertTrue(a.stringEquals("é€😀"));
        assertFalse(a.stringEquals("Ã"));
        assertTrue(a.next());
        assertArrayEquals(new byte[]{1, 2, 3}, a.bytes());
        assertTrue(a.next());
        assertEquals(InetAddress.getByName("192.168.15.1"), a.inetAddress());
        assertTrue(a.next());
        assertEquals(InetAddress.getByName("fd00::1"), a.inetAddress());
        assertFalse(a.next());
        assertFalse(m.next());
    }

    @Test
    void shouldNestAttributesAndPatchTheirLengths() {
        int msg = w.beginMessage(0x10, 0);
        int outer = w.beginNested(18);
        w.putAttrString(1, "veth");
        int data = w.beginNested(2, false);
        w.putAttrString(1, "peer");
        w.putAttrU32(2, 7);
        w.endNested(data);
        w.endNested(outer);
        w.putAttrU32(3, 9);
        w.endMessage(msg);

        m.wrap(w.buffer(), 0, w.position());
        assertTrue(m.next());
        m.attributes(a, 0);
        assertTrue(a.next());
        assertEquals(18, a.type());
        assertTrue(a.isNested());
        assertEquals(18 | Nla.F_NESTED, a.rawType());
        a.nested(inner);
        assertTrue(inner.find(1));
        assertEquals("veth", inner.string());
        assertTrue(inner.find(2));
        assertFalse(inner.isNested());
        AttributeReader deepest = inner.nested(new AttributeReader());
        assertTrue(deepest.find(2));
        assertEquals(7, deepest.u32());
        assertFalse(inner.find(99));
        assertTrue(a.next());
        assertEquals(3, a.type());
        assertEquals(9, a.u32());
        assertFalse(a.next());
    }

    @Test
    void shouldZeroPaddingWhenReusingADirtyBuffer() {
        // fill the buffer with 0xFF, then reuse it
        for (int i = 0; i < 16; i++) {
            w.putAttrU32(1, -1);
        }
        ByteBuffer b = w.buffer();
        for (int i = 0; i < b.capacity(); i++) {
            b.put(i, (byte) 0xFF);
        }
        w.reset();
        int msg = w.beginMessage(0x10, 0);
        w.reserve(3);
        w.putAttrU8(1, 1);
        w.putAttrU16(2, 2);
        w.putAttrString(3, "ab"); // 3 bytes + 1 padding
        w.putAttrBytes(4, new byte[]{5});
        w.putAttrFlag(5);
        w.endMessage(msg);
        byte[] expected = {
                // reserve(3): 3 zero bytes + 1 padding
                0, 0, 0, 0,
                // u8 attr: len 5, type 1, value 1, 3 padding
                5, 0, 1, 0, 1, 0, 0, 0,
                // u16 attr
                6, 0, 2, 0, 2, 0, 0, 0,
                // "ab\0" + 1 padding
                7, 0, 3, 0, 'a', 'b', 0, 0,
                // 1 byte + 3 padding
                5, 0, 4, 0, 5, 0, 0, 0,
                // flag
                4, 0, 5, 0};
        byte[] actual = new byte[w.position() - NlMsgHeader.LENGTH];
        w.buffer().get(NlMsgHeader.LENGTH, actual);
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            assertArrayEquals(expected, actual);
        }
        for (int i = 0; i < actual.length; i++) {
            assertTrue(actual[i] != (byte) 0xFF, "stale byte at " + i);
        }
    }

    @Test
    void shouldWriteSeveralMessagesBackToBackAndGrow() {
        MessageWriter small = new MessageWriter(64);
        for (int i = 0; i < 100; i++) {
            int msg = small.beginMessage(0x10 + i, 0, i, 0);
            small.putAttrString(1, "message number " + i);
            small.endMessage(msg);
        }
        m.wrap(small.buffer(), 0, small.position());
        int count = 0;
        while (m.next()) {
            assertEquals(0x10 + count, m.type());
            assertEquals(count, m.sequence());
            m.attributes(a, 0);
            assertTrue(a.find(1));
            assertEquals("message number " + count, a.string());
            count++;
        }
        assertEquals(100, count);
    }

    @Test
    void shouldRejectBadArgumentsBeforeWriting() {
        int msg = w.beginMessage(0x10, 0);
        int before = w.position();
        assertThrows(IllegalArgumentException.class, () -> w.putAttrString(1, "a\0b"));
        assertThrows(IllegalArgumentException.class, () -> w.putAttrBytes(1, new byte[3], 2, 2));
        assertThrows(IllegalArgumentException.class, () -> w.putAttrBytes(1, new byte[3], -1, 1));
        assertThrows(IllegalArgumentException.class, () -> w.putAttrBytes(1, new byte[70_000]));
        assertThrows(IllegalArgumentException.class, () -> w.reserve(-1));
        assertThrows(IllegalArgumentException.class, () -> w.putAttrBytes(1, ByteBuffer.allocate(4), 1, Integer.MAX_VALUE));
        assertEquals(before, w.position());
        int nest = w.beginNested(1);
        w.putAttrBytes(2, new byte[65_000]);
        w.putAttrBytes(2, new byte[1_000]);
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class, () -> w.endNested(nest));
        assertTrue(tooBig.getMessage().contains("65535"), tooBig.getMessage());
        w.endMessage(msg);
    }
}
