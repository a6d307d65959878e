package io.jnetlink.core.message;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.net.IpAddresses;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A flyweight that walks the attributes in a range of a buffer, in place. Every length is
 * checked against the range before use; malformed input raises {@link NetlinkDecodeException},
 * never an {@code IndexOutOfBoundsException} or an endless loop.
 *
 * <pre>{@code
 * for (attrs.wrap(buf, off, len); attrs.next(); ) {
 *     switch (attrs.type()) {
 *         case IFLA_MTU -> mtu = attrs.u32();
 *         case IFLA_LINKINFO -> attrs.nested(inner);   // walk inner the same way
 *     }
 * }
 * }</pre>
 *
 * <p>Values read from it are valid until the buffer is reused (for a socket's receive buffer:
 * until the next receive). Not thread-safe; reuse one per thread.
 */
public final class AttributeReader {
    private ByteBuffer buffer;
    private int start;
    private int end;
    private int cursor;
    private int current = -1;
    private int currentLength;

    /**
     * Walks attributes in {@code [offset, offset + length)} of {@code buffer}; returns {@code this}.
     *
     * @param buffer the buffer
     * @param offset absolute offset in the buffer
     * @param length number of bytes
     * @return this reader
     */
    public AttributeReader wrap(ByteBuffer buffer, int offset, int length) {
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset) { // no int overflow
            throw new NetlinkDecodeException("attribute range of " + length + " bytes outside a buffer of "
                    + buffer.capacity(), offset);
        }
        this.buffer = buffer;
        this.start = offset;
        this.end = offset + length;
        rewind();
        return this;
    }

    /**
     * Goes back to before the first attribute of the range.
     *
     * @return this reader
     */
    public AttributeReader rewind() {
        cursor = start;
        current = -1;
        currentLength = 0;
        return this;
    }

    /**
     * Moves to the next attribute; false at the end of the range.
     *
     * @return whether there was another attribute
     */
    public boolean next() {
        if (cursor >= end) {
            current = -1;
            return false;
        }
        int remaining = end - cursor;
        if (remaining < Nla.HEADER_LENGTH) {
            throw new NetlinkDecodeException("truncated attribute header: remaining=" + remaining, cursor);
        }
        int length = buffer.getShort(cursor + Nla.LENGTH_OFFSET) & 0xFFFF;
        int rawType = buffer.getShort(cursor + Nla.TYPE_OFFSET) & 0xFFFF;
        if (length < Nla.HEADER_LENGTH) {
            throw new NetlinkDecodeException("attribute length below its header: type=" + (rawType & Nla.TYPE_MASK)
                    + " length=" + length, cursor);
        }
        if (length > remaining) {
            throw new NetlinkDecodeException("truncated attribute: type=" + (rawType & Nla.TYPE_MASK)
                    + " length=" + length + " remaining=" + remaining, cursor);
        }
        current = cursor;
        currentLength = length;
        int advance = Nla.align(length); // length <= remaining: only the padding may pass the end
        cursor = advance >= remaining ? end : cursor + advance;
        return true;
    }

    /**
     * Rewinds and moves to the first attribute of {@code type}; false (and positioned at the end)
     * when there is none.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @return whether an attribute of {@code type} was found
     */
    public boolean find(int type) {
        rewind();
        while (next()) {
            if (type() == type) {
                return true;
            }
        }
        return false;
    }

    /** {@return the attribute's type without the nested/byte-order flags} */
    public int type() {
        return rawType() & Nla.TYPE_MASK;
    }

    /** {@return the attribute's type with its flag bits as on the wire} */
    public int rawType() {
        checkCurrent();
        return buffer.getShort(current + Nla.TYPE_OFFSET) & 0xFFFF;
    }

    /**
     * Whether {@code NLA_F_NESTED} is set.
     *
     * @return whether {@code NLA_F_NESTED} is set
     */
    public boolean isNested() {
        return (rawType() & Nla.F_NESTED) != 0;
    }

    /**
     * Whether {@code NLA_F_NET_BYTEORDER} is set.
     *
     * @return whether {@code NLA_F_NET_BYTEORDER} is set
     */
    public boolean isNetByteOrder() {
        return (rawType() & Nla.F_NET_BYTEORDER) != 0;
    }

    /** {@return offset of the attribute header in the buffer} */
    public int offset() {
        checkCurrent();
        return current;
    }

    /** {@return offset of the attribute's value in the buffer} */
    public int valueOffset() {
        checkCurrent();
        return current + Nla.HEADER_LENGTH;
    }

    /** {@return length of the value, without header and padding} */
    public int valueLength() {
        checkCurrent();
        return currentLength - Nla.HEADER_LENGTH;
    }

    /** {@return the buffer being read} */
    public ByteBuffer buffer() {
        return buffer;
    }

    /**
     * A u8 value.
     *
     * @return the value, widened
     */
    public int u8() {
        need(1);
        return buffer.get(valueOffset()) & 0xFF;
    }

    /** {@return host-order u16, widened} */
    public int u16() {
        need(2);
        return buffer.getShort(valueOffset()) & 0xFFFF;
    }

    /**
     * Host-order u32 as an int (use {@link Integer#toUnsignedLong} for values above 2^31).
     *
     * @return host-order u32 as an int (use {@link Integer#toUnsignedLong} for values above 2^31)
     */
    public int u32() {
        need(4);
        return buffer.getInt(valueOffset());
    }

    /** {@return host-order u32 widened to a long} */
    public long u32AsLong() {
        return Integer.toUnsignedLong(u32());
    }

    /**
     * Host-order u64 (a signed long; use {@link Long#toUnsignedString} for display above 2^63).
     *
     * @return host-order u64 (a signed long; use {@link Long#toUnsignedString} for display above 2^63)
     */
    public long u64() {
        need(8);
        return buffer.getLong(valueOffset());
    }

    /** {@return network-order u16, widened} */
    public int u16Be() {
        need(2);
        short v = buffer.getShort(valueOffset());
        return (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? v : Short.reverseBytes(v)) & 0xFFFF;
    }

    /** {@return network-order u32} */
    public int u32Be() {
        need(4);
        int v = buffer.getInt(valueOffset());
        return ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v);
    }

    /** {@return network-order u64} */
    public long u64Be() {
        need(8);
        long v = buffer.getLong(valueOffset());
        return ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? v : Long.reverseBytes(v);
    }

    /** {@return the value as a string, up to the first NUL (allocates)} */
    public String string() {
        int off = valueOffset();
        int len = stringLength();
        byte[] bytes = new byte[len];
        buffer.get(off, bytes, 0, len);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Whether the value (up to its NUL) equals {@code s}: ASCII is compared in place without
     * allocating; other text is compared as UTF-8 (allocating).
     *
     * @param s the string
     * @return whether the value (up to its NUL) equals {@code s}: ASCII is compared in place without allocating; other text is compared as UTF-8 (allocating)
     */
    public boolean stringEquals(CharSequence s) {
        int off = valueOffset();
        int len = stringLength();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return string().contentEquals(s);
            }
        }
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if ((buffer.get(off + i) & 0xFF) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies the string bytes (up to the NUL) into {@code dst}; returns how many were copied.
     *
     * @param dst the array to copy into
     * @return how many bytes were copied
     */
    public int copyString(byte[] dst) {
        int len = Math.min(stringLength(), dst.length);
        buffer.get(valueOffset(), dst, 0, len);
        return len;
    }

    /** {@return a copy of the value bytes (allocates)} */
    public byte[] bytes() {
        byte[] bytes = new byte[valueLength()];
        buffer.get(valueOffset(), bytes, 0, bytes.length);
        return bytes;
    }

    /**
     * Copies up to {@code dst.length} value bytes into {@code dst}; returns how many.
     *
     * @param dst the array to copy into
     * @return how many bytes were copied
     */
    public int copyBytes(byte[] dst) {
        int len = Math.min(valueLength(), dst.length);
        buffer.get(valueOffset(), dst, 0, len);
        return len;
    }

    /** {@return an IPv4 (4-byte) or IPv6 (16-byte) address value (allocates)} */
    public InetAddress inetAddress() {
        int len = valueLength();
        if (len != 4 && len != 16) {
            throw new NetlinkDecodeException("address attribute type=" + type() + " has " + len
                    + " bytes, neither 4 nor 16", current);
        }
        return IpAddresses.of(bytes());
    }

    /**
     * Points {@code into} at this attribute's value, to walk the attributes nested in it; returns {@code into}.
     *
     * @param into the reader to reuse for the nested attributes
     * @return this reader
     */
    public AttributeReader nested(AttributeReader into) {
        return into.wrap(buffer, valueOffset(), valueLength());
    }

    private int stringLength() {
        int off = valueOffset();
        int len = valueLength();
        for (int i = 0; i < len; i++) {
            if (buffer.get(off + i) == 0) {
                return i;
            }
        }
        return len;
    }

    private void need(int bytes) {
        if (valueLength() < bytes) {
            throw new NetlinkDecodeException("attribute type=" + type() + " has " + valueLength()
                    + " value bytes, needs " + bytes, current);
        }
    }

    private void checkCurrent() {
        if (current < 0) {
            throw new IllegalStateException("no current attribute: call next() first");
        }
    }
}
