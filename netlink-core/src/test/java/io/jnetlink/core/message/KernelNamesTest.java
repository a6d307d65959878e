package io.jnetlink.core.message;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Names the kernel keeps as bytes survive decode and encode unchanged, valid UTF-8 or not. */
class KernelNamesTest {
    @Property
    void shouldRoundTripAnyBytes(@ForAll byte[] bytes) {
        assertArrayEquals(bytes, KernelNames.encode(KernelNames.decode(bytes)));
    }

    @Property
    void shouldDecodeValidUtf8AsJavaDoes(@ForAll String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(new String(utf8, StandardCharsets.UTF_8), KernelNames.decode(utf8));
        assertArrayEquals(utf8, KernelNames.encode(new String(utf8, StandardCharsets.UTF_8)));
    }

    @Test
    void shouldEscapeEachInvalidByte() {
        byte[] bytes = {'s', (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0xA9, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertEquals("s\uDCFF\uDCFE\u00E9\uDCED\uDCA0\uDC80", KernelNames.decode(bytes));
    }

    @Test
    void shouldWriteAndReadTheKernelsBytes() {
        byte[] name = {'s', (byte) 0xFF};
        MessageWriter w = new MessageWriter(64);
        int m = w.beginMessage(16, 0);
        KernelNames.put(w, 1, KernelNames.decode(name));
        w.endMessage(m);
        MessageReader r = new MessageReader().wrap(w.buffer(), 0, w.position());
        r.next();
        AttributeReader a = r.attributes(new AttributeReader(), 0);
        a.next();
        assertEquals(3, a.valueLength(), "two bytes and the NUL");
        assertArrayEquals(name, KernelNames.encode(KernelNames.read(a)));
        assertThrows(IllegalArgumentException.class, () -> KernelNames.put(w, 1, "a\0b"));
    }
}
