package io.jnetlink.core.message;

import io.jnetlink.core.NetlinkDecodeException;

import java.nio.ByteBuffer;

/**
 * A flyweight that walks the netlink messages in a range of a buffer (one received datagram may
 * hold many), in place. Each {@link #next()} checks the header's length against what is left;
 * malformed input raises {@link NetlinkDecodeException}.
 *
 * <p>Positioned at a message, it is also the message <em>view</em> handed to dump and event
 * callbacks: valid only until the next receive on the socket it came from.
 */
public final class MessageReader {
    private ByteBuffer buffer;
    private int start;
    private int end;
    private int cursor;
    private int current = -1;
    private int currentLength;

    /**
     * Walks messages in {@code [offset, offset + length)} of {@code buffer}; returns {@code this}.
     *
     * @param buffer the buffer
     * @param offset absolute offset in the buffer
     * @param length number of bytes
     * @return this reader
     */
    public MessageReader wrap(ByteBuffer buffer, int offset, int length) {
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset) { // no int overflow
            throw new NetlinkDecodeException("message range of " + length + " bytes outside a buffer of "
                    + buffer.capacity(), offset);
        }
        this.buffer = buffer;
        this.start = offset;
        this.end = offset + length;
        this.cursor = offset;
        this.current = -1;
        return this;
    }

    /**
     * Moves to the next message; false at the end of the range.
     *
     * @return whether there was another message
     */
    public boolean next() {
        if (cursor >= end) {
            current = -1;
            return false;
        }
        int remaining = end - cursor;
        if (remaining < NlMsgHeader.LENGTH) {
            throw new NetlinkDecodeException("truncated message header: remaining=" + remaining, cursor);
        }
        int length = buffer.getInt(cursor + NlMsgHeader.LENGTH_OFFSET);
        if (length < NlMsgHeader.LENGTH) {
            throw new NetlinkDecodeException("message length below its header: length=" + Integer.toUnsignedString(length)
                    + " type=" + (buffer.getShort(cursor + NlMsgHeader.TYPE_OFFSET) & 0xFFFF), cursor);
        }
        if (length > remaining) {
            throw new NetlinkDecodeException("truncated message: type=" + (buffer.getShort(cursor + NlMsgHeader.TYPE_OFFSET) & 0xFFFF)
                    + " length=" + length + " remaining=" + remaining, cursor);
        }
        current = cursor;
        currentLength = length;
        // length <= remaining, so only the alignment could pass the end (or overflow near 2^31)
        int advance = NlMsgHeader.align(length);
        cursor = advance >= remaining ? end : cursor + advance;
        return true;
    }

    /**
     * {@code nlmsg_type}.
     *
     * @return {@code nlmsg_type}
     */
    public int type() {
        return buffer.getShort(checked() + NlMsgHeader.TYPE_OFFSET) & 0xFFFF;
    }

    /**
     * {@code nlmsg_flags}.
     *
     * @return {@code nlmsg_flags}
     */
    public int flags() {
        return buffer.getShort(checked() + NlMsgHeader.FLAGS_OFFSET) & 0xFFFF;
    }

    /**
     * {@code nlmsg_seq}.
     *
     * @return {@code nlmsg_seq}
     */
    public int sequence() {
        return buffer.getInt(checked() + NlMsgHeader.SEQ_OFFSET);
    }

    /**
     * {@code nlmsg_pid}: the port id of the socket the message is addressed to (or came from).
     *
     * @return {@code nlmsg_pid}: the port id of the socket the message is addressed to (or came from)
     */
    public int portId() {
        return buffer.getInt(checked() + NlMsgHeader.PORT_ID_OFFSET);
    }

    /**
     * {@code nlmsg_len}: header and payload.
     *
     * @return {@code nlmsg_len}: header and payload
     */
    public int length() {
        checked();
        return currentLength;
    }

    /** {@return offset of the message header in the buffer} */
    public int offset() {
        return checked();
    }

    /** {@return offset of the payload (after the 16-byte header)} */
    public int payloadOffset() {
        return checked() + NlMsgHeader.LENGTH;
    }

    /** {@return length of the payload} */
    public int payloadLength() {
        checked();
        return currentLength - NlMsgHeader.LENGTH;
    }

    /** {@return the buffer being read} */
    public ByteBuffer buffer() {
        return buffer;
    }

    /**
     * Checks that the payload holds a fixed header of {@code structLength} bytes (e.g.
     * {@code ifinfomsg}); raises a decode error naming {@code what} if not.
     *
     * @param structLength length of the fixed header after the netlink header
     * @param what what the value is, named in the exception message (e.g. {@code "address"})
     */
    public void requirePayload(int structLength, String what) {
        if (payloadLength() < structLength) {
            throw new NetlinkDecodeException("message type=" + type() + " too short for " + what + ": payload="
                    + payloadLength() + " needs " + structLength, current);
        }
    }

    /**
     * Points {@code into} at the attributes that follow a fixed header of {@code structLength}
     * bytes in the payload; returns {@code into}.
     *
     * @param into the reader to reuse for the nested attributes
     * @param structLength length of the fixed header after the netlink header
     * @return {@code into}, positioned before the first attribute
     */
    public AttributeReader attributes(AttributeReader into, int structLength) {
        if (structLength < 0) {
            throw new IllegalArgumentException("fixed header length must not be negative: " + structLength);
        }
        requirePayload(structLength, "its fixed header");
        int skip = Math.min(NlMsgHeader.align(structLength), payloadLength());
        return into.wrap(buffer, payloadOffset() + skip, payloadLength() - skip);
    }

    /**
     * A payload byte at {@code offset} from the payload start (bounds-checked).
     *
     * @param offset offset from the start of the payload
     * @return a payload byte at {@code offset} from the payload start (bounds-checked)
     */
    public int payloadU8(int offset) {
        return buffer.get(payloadIndex(offset, 1)) & 0xFF;
    }

    /**
     * A host-order payload u16.
     *
     * @param offset offset from the start of the payload
     * @return a host-order payload u16
     */
    public int payloadU16(int offset) {
        return buffer.getShort(payloadIndex(offset, 2)) & 0xFFFF;
    }

    /**
     * A host-order payload u32.
     *
     * @param offset offset from the start of the payload
     * @return a host-order payload u32
     */
    public int payloadU32(int offset) {
        return buffer.getInt(payloadIndex(offset, 4));
    }

    /**
     * A network-order payload u16.
     *
     * @param offset offset from the start of the payload
     * @return a network-order payload u16
     */
    public int payloadU16Be(int offset) {
        short v = buffer.getShort(payloadIndex(offset, 2));
        return (java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN ? v : Short.reverseBytes(v)) & 0xFFFF;
    }

    private int payloadIndex(int offset, int width) {
        if (offset < 0 || offset > payloadLength() - width) { // no int overflow
            throw new NetlinkDecodeException("message type=" + type() + " payload of " + payloadLength()
                    + " bytes has no " + width + "-byte field at payload offset " + offset, current);
        }
        return payloadOffset() + offset;
    }

    private int checked() {
        if (current < 0) {
            throw new IllegalStateException("no current message: call next() first");
        }
        return current;
    }

    /** {@return start of the range being walked} */
    public int rangeStart() {
        return start;
    }
}
