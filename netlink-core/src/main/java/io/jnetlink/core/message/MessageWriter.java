package io.jnetlink.core.message;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes netlink messages into a direct {@link ByteBuffer} in native byte order: begin a message,
 * append a fixed header struct and attributes (nested ones too), end it, and the lengths are
 * patched in. Several messages may follow each other in one buffer (a batch).
 *
 * <p>Nothing is allocated per message or attribute; the buffer grows (doubling, a copy) only when a
 * message does not fit. Padding is always zeroed, so a reused buffer never leaks stale bytes.
 *
 * <pre>{@code
 * int msg = w.beginMessage(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
 * int hdr = w.reserve(IfInfoMsg.LENGTH);              // zeroed ifinfomsg
 * w.putAttrString(IFLA_IFNAME, "veth-red");
 * int info = w.beginNested(IFLA_LINKINFO);
 * w.putAttrString(IFLA_INFO_KIND, "veth");
 * w.endNested(info);
 * w.endMessage(msg);
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class MessageWriter {
    /** Enables checks for unbalanced nests (off in production: {@code -Djnetlink.debugChecks=true}). */
    private static final boolean DEBUG_CHECKS = Boolean.getBoolean("jnetlink.debugChecks");

    private ByteBuffer buffer;
    private int position;
    private int openMessage = -1;
    private int openNests;

    /**
     * A writer over a new direct buffer of {@code initialCapacity} bytes (grown as needed).
     *
     * @param initialCapacity initial buffer size in bytes (it grows when needed)
     */
    public MessageWriter(int initialCapacity) {
        this.buffer = ByteBuffer.allocateDirect(Math.max(initialCapacity, 64)).order(ByteOrder.nativeOrder());
    }

    /** A writer with an 8 KiB buffer. */
    public MessageWriter() {
        this(8192);
    }

    /**
     * Forgets everything written; the buffer is kept for reuse.
     *
     * @return this writer
     */
    public MessageWriter reset() {
        position = 0;
        openMessage = -1;
        openNests = 0;
        return this;
    }

    /**
     * Discards everything written from {@code position} on, e.g. a message whose encoding failed
     * half-way; {@code position} must be the start of a message (or the end of the last one).
     *
     * @param position the new end, 0..{@link #position()}
     * @return this writer
     * @throws IllegalArgumentException if {@code position} is outside 0..{@link #position()}
     */
    public MessageWriter truncate(int position) {
        if (position < 0 || position > this.position) {
            throw new IllegalArgumentException("truncate position must be 0.." + this.position + ": " + position);
        }
        this.position = position;
        openMessage = -1;
        openNests = 0;
        return this;
    }

    /**
     * The buffer written so far spans {@code [0, position())}. It may be replaced when it grows.
     *
     * @return the buffer; the bytes written so far span {@code [0, position())}
     */
    public ByteBuffer buffer() {
        return buffer;
    }

    /** {@return bytes written so far (all messages)} */
    public int position() {
        return position;
    }

    /**
     * Begins a message with the given type and flags; sequence number and port id are left 0
     * for the connection to fill in. Returns the message's start offset, to pass to
     * {@link #endMessage(int)}.
     *
     * @param type the message type ({@code nlmsg_type}), e.g. {@code RTM_NEWLINK}
     * @param flags the {@code NLM_F_*} flags
     * @return the message's start offset, for {@link #endMessage(int)}
     */
    public int beginMessage(int type, int flags) {
        return beginMessage(type, flags, 0, 0);
    }

    /**
     * Begins a message with an explicit sequence number and port id.
     *
     * @param type the message type ({@code nlmsg_type}), e.g. {@code RTM_NEWLINK}
     * @param flags the {@code NLM_F_*} flags
     * @param sequence the sequence number
     * @param portId the port id
     * @return the message's start offset, for {@link #endMessage(int)}
     */
    public int beginMessage(int type, int flags, int sequence, int portId) {
        if (DEBUG_CHECKS && openMessage >= 0) {
            throw new IllegalStateException("message at " + openMessage + " was not ended");
        }
        int start = position;
        ensure(NlMsgHeader.LENGTH);
        buffer.putInt(start + NlMsgHeader.LENGTH_OFFSET, 0);
        buffer.putShort(start + NlMsgHeader.TYPE_OFFSET, (short) type);
        buffer.putShort(start + NlMsgHeader.FLAGS_OFFSET, (short) flags);
        buffer.putInt(start + NlMsgHeader.SEQ_OFFSET, sequence);
        buffer.putInt(start + NlMsgHeader.PORT_ID_OFFSET, portId);
        position = start + NlMsgHeader.LENGTH;
        openMessage = start;
        return start;
    }

    /**
     * Patches {@code nlmsg_len} of the message begun at {@code start}; returns its length.
     *
     * @param start the offset {@code beginMessage} returned
     * @return the message's length ({@code nlmsg_len})
     */
    public int endMessage(int start) {
        if (DEBUG_CHECKS && openNests != 0) {
            throw new IllegalStateException(openNests + " nested attribute(s) not ended");
        }
        int length = position - start;
        buffer.putInt(start + NlMsgHeader.LENGTH_OFFSET, length);
        openMessage = -1;
        return length;
    }

    /**
     * Sets the sequence number of the message begun at {@code start}.
     *
     * @param start the offset {@code beginMessage} returned
     * @param sequence the sequence number
     * @return this writer
     */
    public MessageWriter sequence(int start, int sequence) {
        buffer.putInt(start + NlMsgHeader.SEQ_OFFSET, sequence);
        return this;
    }

    /**
     * Adds flags to the message begun at {@code start}.
     *
     * @param start the offset {@code beginMessage} returned
     * @param flags the {@code NLM_F_*} flags
     * @return this writer
     */
    public MessageWriter addFlags(int start, int flags) {
        int old = buffer.getShort(start + NlMsgHeader.FLAGS_OFFSET) & 0xFFFF;
        buffer.putShort(start + NlMsgHeader.FLAGS_OFFSET, (short) (old | flags));
        return this;
    }

    /**
     * Reserves {@code length} zeroed bytes (plus zeroed padding to 4 bytes) for a fixed struct
     * such as {@code ifinfomsg}; returns its offset for the {@code put*At} methods.
     *
     * @param length size of the struct in bytes
     * @return the absolute offset of the reserved bytes
     */
    public int reserve(int length) {
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("reserved struct length must be 0.." + (Integer.MAX_VALUE - 8) + ": " + length);
        }
        int aligned = Nla.align(length);
        ensure(aligned);
        int at = position;
        zero(at, aligned);
        position = at + aligned;
        return at;
    }

    /**
     * Writes a byte at an absolute offset (inside a reserved struct).
     *
     * @param offset absolute offset in the buffer
     * @param value the value
     * @return this writer
     */
    public MessageWriter putU8At(int offset, int value) {
        buffer.put(offset, (byte) value);
        return this;
    }

    /**
     * Writes a host-order u16 at an absolute offset.
     *
     * @param offset absolute offset in the buffer
     * @param value the value
     * @return this writer
     */
    public MessageWriter putU16At(int offset, int value) {
        buffer.putShort(offset, (short) value);
        return this;
    }

    /**
     * Writes a host-order u32 at an absolute offset.
     *
     * @param offset absolute offset in the buffer
     * @param value the value
     * @return this writer
     */
    public MessageWriter putU32At(int offset, int value) {
        buffer.putInt(offset, value);
        return this;
    }

    /**
     * Writes a big-endian (network order) u16 at an absolute offset.
     *
     * @param offset absolute offset in the buffer
     * @param value the value
     * @return this writer
     */
    public MessageWriter putU16BeAt(int offset, int value) {
        buffer.putShort(offset, toBigEndian((short) value));
        return this;
    }

    /**
     * Writes a big-endian (network order) u32 at an absolute offset.
     *
     * @param offset absolute offset in the buffer
     * @param value the value
     * @return this writer
     */
    public MessageWriter putU32BeAt(int offset, int value) {
        buffer.putInt(offset, nativeIsBig() ? value : Integer.reverseBytes(value));
        return this;
    }

    // ---- attributes ------------------------------------------------------------------------

    /**
     * A zero-length attribute (a flag such as {@code NFTA_SET_ELEM_LIST}'s markers).
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @return this writer
     */
    public MessageWriter putAttrFlag(int type) {
        int at = beginAttr(type, 0);
        return endAttr(at, 0);
    }

    /**
     * A u8 attribute.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrU8(int type, int value) {
        int at = beginAttr(type, 1);
        buffer.put(at + Nla.HEADER_LENGTH, (byte) value);
        return endAttr(at, 1);
    }

    /**
     * A host-order u16 attribute.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrU16(int type, int value) {
        int at = beginAttr(type, 2);
        buffer.putShort(at + Nla.HEADER_LENGTH, (short) value);
        return endAttr(at, 2);
    }

    /**
     * A host-order u32 attribute.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrU32(int type, int value) {
        int at = beginAttr(type, 4);
        buffer.putInt(at + Nla.HEADER_LENGTH, value);
        return endAttr(at, 4);
    }

    /**
     * A host-order u64 attribute.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrU64(int type, long value) {
        int at = beginAttr(type, 8);
        buffer.putLong(at + Nla.HEADER_LENGTH, value);
        return endAttr(at, 8);
    }

    /**
     * A network-order u16 attribute (the type is written as given; add {@link Nla#F_NET_BYTEORDER} if the family wants it).
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrU16Be(int type, int value) {
        int at = beginAttr(type, 2);
        buffer.putShort(at + Nla.HEADER_LENGTH, toBigEndian((short) value));
        return endAttr(at, 2);
    }

    /**
     * A network-order u32 attribute.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrU32Be(int type, int value) {
        int at = beginAttr(type, 4);
        buffer.putInt(at + Nla.HEADER_LENGTH, nativeIsBig() ? value : Integer.reverseBytes(value));
        return endAttr(at, 4);
    }

    /**
     * A network-order u64 attribute.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrU64Be(int type, long value) {
        int at = beginAttr(type, 8);
        buffer.putLong(at + Nla.HEADER_LENGTH, nativeIsBig() ? value : Long.reverseBytes(value));
        return endAttr(at, 8);
    }

    /**
     * A NUL-terminated string attribute; chars outside ASCII are written as UTF-8.
     *
     * @throws IllegalArgumentException if {@code value} contains NUL (the kernel would cut it there)
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrString(int type, CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == 0) {
                throw new IllegalArgumentException("string attribute type " + type + " must not contain NUL: " + value);
            }
        }
        int length = utf8Length(value) + 1;
        int at = beginAttr(type, length);
        int p = writeUtf8(value, at + Nla.HEADER_LENGTH);
        buffer.put(p, (byte) 0);
        return endAttr(at, length);
    }

    /**
     * A byte-array attribute.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @return this writer
     */
    public MessageWriter putAttrBytes(int type, byte[] value) {
        return putAttrBytes(type, value, 0, value.length);
    }

    /**
     * A byte-array attribute from a slice of {@code value}.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param value the value
     * @param offset where the slice starts in {@code value}
     * @param length length of the slice
     * @return this writer
     */
    public MessageWriter putAttrBytes(int type, byte[] value, int offset, int length) {
        if (offset < 0 || length < 0 || length > value.length - offset) {
            throw new IllegalArgumentException("attribute type " + type + ": slice [" + offset + ", +" + length
                    + ") outside an array of " + value.length);
        }
        int at = beginAttr(type, length);
        buffer.put(at + Nla.HEADER_LENGTH, value, offset, length);
        return endAttr(at, length);
    }

    /**
     * The raw bytes of an IPv4 (4 bytes) or IPv6 (16 bytes) address, in network order.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param address the address
     * @return this writer
     */
    public MessageWriter putAttrAddress(int type, InetAddress address) {
        return putAttrBytes(type, address.getAddress());
    }

    /**
     * An attribute whose value is {@code length} bytes of {@code source} starting at {@code offset}.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param source the buffer to copy from
     * @param offset absolute offset of the bytes in {@code source}
     * @param length number of bytes
     * @return this writer
     */
    public MessageWriter putAttrBytes(int type, ByteBuffer source, int offset, int length) {
        if (offset < 0 || length < 0 || length > source.capacity() - offset) {
            throw new IllegalArgumentException("attribute type " + type + ": slice [" + offset + ", +" + length
                    + ") outside a buffer of " + source.capacity());
        }
        int at = beginAttr(type, length);
        buffer.put(at + Nla.HEADER_LENGTH, source, offset, length);
        return endAttr(at, length);
    }

    /**
     * Begins a nested attribute ({@code NLA_F_NESTED} is set); returns a mark for {@link #endNested(int)}.
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @return a mark to pass to {@link #endNested(int)}
     */
    public int beginNested(int type) {
        return beginNested(type, true);
    }

    /**
     * Begins a nested attribute, with or without {@code NLA_F_NESTED} (some old attributes such as
     * {@code IFLA_LINKINFO} are parsed either way; nftables requires the flag).
     *
     * @param type the attribute type (flag bits such as {@code NLA_F_NESTED} included)
     * @param nestedFlag whether to set {@code NLA_F_NESTED}
     * @return a mark to pass to {@link #endNested(int)}
     */
    public int beginNested(int type, boolean nestedFlag) {
        ensure(Nla.HEADER_LENGTH);
        int at = position;
        buffer.putShort(at + Nla.LENGTH_OFFSET, (short) 0);
        buffer.putShort(at + Nla.TYPE_OFFSET, (short) (nestedFlag ? type | Nla.F_NESTED : type));
        position = at + Nla.HEADER_LENGTH;
        openNests++;
        return at;
    }

    /**
     * Ends the nested attribute begun at {@code mark}, patching its length.
     *
     * @param mark what {@code beginNested} returned
     * @return this writer
     */
    public MessageWriter endNested(int mark) {
        if (mark < 0 || mark > position - Nla.HEADER_LENGTH) {
            throw new IllegalArgumentException("nest mark " + mark + " is not an open nested attribute (position " + position + ")");
        }
        int length = position - mark;
        if (length > Nla.MAX_LENGTH) {
            throw new IllegalArgumentException("nested attribute of " + length + " bytes exceeds the 65535 bytes nla_len can hold");
        }
        buffer.putShort(mark + Nla.LENGTH_OFFSET, (short) length);
        openNests--;
        return this;
    }

    // ---- internals --------------------------------------------------------------------------

    private int beginAttr(int type, int valueLength) {
        if (valueLength < 0 || valueLength > Nla.MAX_LENGTH - Nla.HEADER_LENGTH) {
            throw new IllegalArgumentException("attribute type " + type + " of " + valueLength + " bytes exceeds the 65535 bytes nla_len can hold");
        }
        int total = Nla.HEADER_LENGTH + valueLength;
        ensure(Nla.align(total));
        int at = position;
        buffer.putShort(at + Nla.LENGTH_OFFSET, (short) total);
        buffer.putShort(at + Nla.TYPE_OFFSET, (short) type);
        return at;
    }

    private MessageWriter endAttr(int at, int valueLength) {
        int end = at + Nla.HEADER_LENGTH + valueLength;
        int aligned = at + Nla.align(Nla.HEADER_LENGTH + valueLength);
        zero(end, aligned - end);
        position = aligned;
        return this;
    }

    private void zero(int from, int length) {
        int p = from;
        int end = from + length;
        for (; p + 8 <= end; p += 8) {
            buffer.putLong(p, 0L);
        }
        for (; p < end; p++) {
            buffer.put(p, (byte) 0);
        }
    }

    private void ensure(int more) {
        int needed = Math.addExact(position, more);
        if (needed <= buffer.capacity()) {
            return;
        }
        int capacity = buffer.capacity();
        while (capacity < needed) {
            capacity = Math.multiplyExact(capacity, 2);
        }
        ByteBuffer grown = ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
        grown.put(0, buffer, 0, position);
        buffer = grown;
    }

    private static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private int writeUtf8(CharSequence s, int p) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buffer.put(p++, (byte) c);
            } else if (c < 0x800) {
                buffer.put(p++, (byte) (0xC0 | (c >> 6)));
                buffer.put(p++, (byte) (0x80 | (c & 0x3F)));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer.put(p++, (byte) (0xF0 | (cp >> 18)));
                buffer.put(p++, (byte) (0x80 | ((cp >> 12) & 0x3F)));
                buffer.put(p++, (byte) (0x80 | ((cp >> 6) & 0x3F)));
                buffer.put(p++, (byte) (0x80 | (cp & 0x3F)));
            } else {
                buffer.put(p++, (byte) (0xE0 | (c >> 12)));
                buffer.put(p++, (byte) (0x80 | ((c >> 6) & 0x3F)));
                buffer.put(p++, (byte) (0x80 | (c & 0x3F)));
            }
        }
        return p;
    }

    private static boolean nativeIsBig() {
        return ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;
    }

    private static short toBigEndian(short v) {
        return nativeIsBig() ? v : Short.reverseBytes(v);
    }
}
