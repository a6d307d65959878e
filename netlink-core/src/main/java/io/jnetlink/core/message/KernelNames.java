package io.jnetlink.core.message;

import java.util.Arrays;

/**
 * Names the kernel keeps as bytes (nftables tables, chains and sets; interface names), which need
 * not be UTF-8. They decode losslessly into a {@code String} — valid UTF-8 as usual, each byte of an
 * invalid sequence as the lone surrogate {@code U+DC80..U+DCFF} (Python's "surrogateescape") — and
 * encode back to exactly the kernel's bytes, so a name read from one reply can be sent in the next
 * request (a name decoded to {@code U+FFFD} and re-encoded would name nothing: {@code ENOENT}).
 * A valid UTF-8 name never decodes to a lone surrogate, so the mapping is unambiguous.
 */
public final class KernelNames {
    private static final int ESCAPE = 0xDC00;

    private KernelNames() {
    }

    /**
     * {@return the string value the reader is positioned on (up to its first NUL), losslessly}
     *
     * @param a the attribute reader
     */
    public static String read(AttributeReader a) {
        int off = a.valueOffset();
        int len = a.valueLength();
        int end = 0;
        while (end < len && a.buffer().get(off + end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end];
        a.buffer().get(off, bytes, 0, end);
        return decode(bytes);
    }

    /**
     * Writes {@code name} as a NUL-terminated string attribute with the bytes {@link #encode} gives.
     *
     * @param w the writer
     * @param type the attribute type
     * @param name the name (as {@link #read} or the user gave it)
     * @throws IllegalArgumentException if the name contains NUL
     */
    public static void put(MessageWriter w, int type, String name) {
        byte[] bytes = encode(name);
        byte[] terminated = Arrays.copyOf(bytes, bytes.length + 1);
        for (byte b : bytes) {
            if (b == 0) {
                throw new IllegalArgumentException("name attribute type " + type + " must not contain NUL");
            }
        }
        w.putAttrBytes(type, terminated);
    }

    /**
     * {@return the kernel's bytes of a name: UTF-8, with escaped bytes (U+DC80..U+DCFF) restored}
     *
     * @param name the name
     */
    public static byte[] encode(String name) {
        byte[] out = new byte[name.length() * 3];
        int n = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, name.charAt(++i));
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (c >= ESCAPE + 0x80 && c <= ESCAPE + 0xFF) {
                out[n++] = (byte) (c - ESCAPE);
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?'; // as String.getBytes(UTF_8) does for an unpaired surrogate
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * {@return the name the kernel's bytes spell: UTF-8, each byte of an invalid sequence escaped}
     *
     * @param bytes the bytes (without the NUL)
     */
    public static String decode(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            int cp = validCodePoint(bytes, i, length);
            if (cp < 0) {
                s.append((char) (ESCAPE | b));
                i++;
            } else {
                s.appendCodePoint(cp);
                i += length;
            }
        }
        return s.toString();
    }

    /** The code point of the {@code length}-byte sequence at {@code i}, or -1 when it is not valid UTF-8. */
    private static int validCodePoint(byte[] bytes, int i, int length) {
        if (length == 0 || i + length > bytes.length) {
            return -1;
        }
        int b = bytes[i] & 0xFF;
        if (length == 1) {
            return b;
        }
        int cp = b & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            cp = cp << 6 | c & 0x3F;
        }
        boolean overlong = length == 3 && cp < 0x800 || length == 4 && cp < 0x10000;
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        return overlong || surrogate || cp > 0x10FFFF ? -1 : cp;
    }
}
