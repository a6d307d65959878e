package io.jnetlink.core.message;

import io.jnetlink.core.NetlinkDecodeException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DecodeErrorTest {
    private final MessageReader m = new MessageReader();
    private final AttributeReader a = new AttributeReader();

    private static ByteBuffer buffer(int capacity) {
        return ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
    }

    /** One message with a 0-byte fixed header and the given raw attribute bytes as payload. */
    private static ByteBuffer message(byte[] payload) {
        ByteBuffer b = buffer(NlMsgHeader.LENGTH + payload.length);
        b.putInt(0, NlMsgHeader.LENGTH + payload.length);
        b.putShort(4, (short) 0x10);
        b.put(NlMsgHeader.LENGTH, payload);
        return b;
    }

    @Test
    void shouldRejectATruncatedMessageHeader() {
        ByteBuffer b = buffer(32);
        b.putInt(0, 16);
        NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class, () -> {
            m.wrap(b, 0, 20);
            m.next();
            m.next(); // 4 bytes left: not a header
        });
        assertTrue(e.getMessage().contains("truncated message header"), e.getMessage());
        assertEquals(16, e.offset());
        assertThrows(NetlinkDecodeException.class, () -> m.wrap(b, 0, 15).next());
    }

    @Test
    void shouldRejectAMessageLengthBelowItsHeader() {
        for (int length : new int[]{0, 1, 15, -1, Integer.MIN_VALUE}) {
            ByteBuffer b = buffer(32);
            b.putInt(0, length);
            NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class, () -> m.wrap(b, 0, 32).next());
            assertTrue(e.getMessage().contains("below its header"), e.getMessage());
        }
    }

    @Test
    void shouldRejectAMessageLengthPastTheEnd() {
        for (int length : new int[]{33, 0x7FFFFFFF, 0x7FFFFFFD}) {
            ByteBuffer b = buffer(32);
            b.putInt(0, length);
            NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class, () -> m.wrap(b, 0, 32).next());
            assertTrue(e.getMessage().contains("truncated message"), e.getMessage());
        }
    }

    @Test
    void shouldRejectRangesOutsideTheBufferWithoutOverflow() {
        ByteBuffer b = buffer(32);
        assertThrows(NetlinkDecodeException.class, () -> m.wrap(b, 1, Integer.MAX_VALUE));
        assertThrows(NetlinkDecodeException.class, () -> m.wrap(b, -1, 4));
        assertThrows(NetlinkDecodeException.class, () -> a.wrap(b, 16, Integer.MAX_VALUE - 8));
        assertThrows(NetlinkDecodeException.class, () -> a.wrap(b, 0, 33));
    }

    @Test
    void shouldRejectPayloadFieldsPastTheEndWithoutOverflow() {
        ByteBuffer b = message(new byte[4]);
        m.wrap(b, 0, b.capacity());
        assertTrue(m.next());
        assertEquals(0, m.payloadU32(0));
        assertThrows(NetlinkDecodeException.class, () -> m.payloadU32(1));
        assertThrows(NetlinkDecodeException.class, () -> m.payloadU32(Integer.MAX_VALUE - 2));
        assertThrows(NetlinkDecodeException.class, () -> m.payloadU16(-1));
        assertThrows(NetlinkDecodeException.class, () -> m.requirePayload(8, "ifinfomsg"));
        assertThrows(NetlinkDecodeException.class, () -> m.attributes(a, 16));
        assertThrows(IllegalArgumentException.class, () -> m.attributes(a, -4));
    }

    @Test
    void shouldRejectAnAttributeLengthPastTheEnd() {
        ByteBuffer b = message(new byte[]{12, 0, 3, 0, 'l', 'o', 0, 0});
        m.wrap(b, 0, b.capacity());
        m.next();
        m.attributes(a, 0);
        NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class, a::next);
        assertEquals("truncated attribute: type=3 length=12 remaining=8 at offset=16", e.getMessage());
        ByteBuffer huge = message(new byte[]{(byte) 0xFF, (byte) 0xFF, 3, 0, 0, 0, 0, 0});
        m.wrap(huge, 0, huge.capacity()).next();
        assertThrows(NetlinkDecodeException.class, () -> m.attributes(a, 0).next());
    }

    @Test
    void shouldRejectZeroAndShortAttributeLengthsInsteadOfLooping() {
        for (int length : new int[]{0, 1, 2, 3}) {
            ByteBuffer b = message(new byte[]{(byte) length, 0, 1, 0, 0, 0, 0, 0});
            m.wrap(b, 0, b.capacity()).next();
            m.attributes(a, 0);
            NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class, a::next);
            assertTrue(e.getMessage().contains("below its header"), e.getMessage());
        }
    }

    @Test
    void shouldRejectATruncatedAttributeHeaderAndShortValues() {
        ByteBuffer b = message(new byte[]{5, 0, 1, 0, 9, 0, 0, 0, 4, 0});
        m.wrap(b, 0, b.capacity()).next();
        m.attributes(a, 0);
        assertTrue(a.next());
        assertEquals(9, a.u8());
        assertThrows(NetlinkDecodeException.class, a::u16);
        assertThrows(NetlinkDecodeException.class, a::u32);
        assertThrows(NetlinkDecodeException.class, a::u64);
        assertThrows(NetlinkDecodeException.class, a::u64Be);
        assertThrows(NetlinkDecodeException.class, a::inetAddress);
        NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class, a::next);
        assertTrue(e.getMessage().contains("truncated attribute header"), e.getMessage());
    }

    @Test
    void shouldNotStepPastTheRangeOnTheLastAttributesPadding() {
        // the last attribute's length (5) is not padded in the range: the walk ends, it does not overrun
        ByteBuffer b = buffer(5);
        b.putShort(0, (short) 5);
        b.putShort(2, (short) 1);
        b.put(4, (byte) 7);
        a.wrap(b, 0, 5);
        assertTrue(a.next());
        assertEquals(7, a.u8());
        assertFalse(a.next());
    }

    @Test
    void shouldOnlyEverThrowDecodeExceptionsOnRandomAndMutatedInput() {
        Random random = new Random(20240601);
        MessageWriter w = new MessageWriter(256);
        int msg = w.beginMessage(0x10, 0);
        w.reserve(16);
        w.putAttrString(3, "veth0");
        int nest = w.beginNested(18);
        w.putAttrString(1, "veth");
        w.putAttrU32(2, 1500);
        w.endNested(nest);
        w.putAttrU64(4, 1);
        w.endMessage(msg);
        byte[] valid = new byte[w.position()];
        w.buffer().get(0, valid);
        AttributeReader inner = new AttributeReader();
        for (int round = 0; round < 20_000; round++) {
            byte[] input;
            if (round % 2 == 0) {
                input = valid.clone();
                for (int k = random.nextInt(4) + 1; k > 0; k--) {
                    input[random.nextInt(input.length)] = (byte) random.nextInt(256);
                }
                if (random.nextInt(4) == 0) {
                    input = java.util.Arrays.copyOf(input, random.nextInt(input.length + 1));
                }
            } else {
                input = new byte[random.nextInt(96)];
                random.nextBytes(input);
            }
            ByteBuffer b = buffer(Math.max(1, input.length));
            b.put(0, input);
            try {
                m.wrap(b, 0, input.length);
                while (m.next()) {
                    m.type();
                    m.payloadU32(0);
                    m.attributes(a, 16);
                    while (a.next()) {
                        a.u32();
                        a.string();
                        a.bytes();
                        if (a.isNested() || a.type() == 18) {
                            a.nested(inner);
                            while (inner.next()) {
                                inner.u16Be();
                                inner.stringEquals("veth");
                            }
                        }
                    }
                }
            } catch (NetlinkDecodeException expected) {
                // the only acceptable failure
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e, e);
            }
        }
    }
}
