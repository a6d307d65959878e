package io.jnetlink.core;

/**
 * A reply or event that does not parse: a length below its header size or past the end of the
 * data, an attribute too short for its type, a truncated datagram. The message says what and
 * where, e.g. {@code truncated attribute: type=3 length=13 remaining=8 at offset=52}.
 *
 * <p>It is the only exception a decoder lets out on malformed input.
 */
public class NetlinkDecodeException extends RuntimeException {
    /** Where the malformed data starts (serialized). */
    private final int offset;

    /**
     * A decode error at {@code offset}.
     *
     * @param message what is wrong
     * @param offset  the byte offset in the receive buffer where it was found
     */
    public NetlinkDecodeException(String message, int offset) {
        super(message + " at offset=" + offset);
        this.offset = offset;
    }

    /** {@return the byte offset in the buffer where the malformed data starts} */
    public int offset() {
        return offset;
    }
}
