package io.jnetlink.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Receive slots for {@code recvmmsg(2)}: {@code count} datagrams of up to {@code slotSize} bytes
 * each in one syscall, as a batch's ACKs arrive (one datagram per ACK). One direct buffer holds
 * the slots' data, their {@code struct sockaddr_nl}s, {@code struct iovec}s and the
 * {@code struct mmsghdr} array; it is set up once and reused.
 *
 * <pre>
 * [ data: count * slotSize ][ sockaddr_nl: count * 16 ][ iovec: count * 2P ][ mmsghdr: count * M ]
 * struct mmsghdr { struct msghdr msg_hdr; unsigned int msg_len; }   M = align(7P + 4, P)
 * struct msghdr  { name@0 namelen@P iov@2P iovlen@3P control@4P controllen@5P flags@6P }
 * </pre>
 */
final class ReceiveSlots {
    private static final int P = Native.ADDRESS_SIZE;
    private static final int SOCKADDR_NL = 16; // 12 bytes, kept 8-aligned
    private static final int SOCKADDR_NL_LENGTH = 12;
    private static final int IOVEC = 2 * P;
    /** sizeof(struct mmsghdr): a msghdr of seven pointer-sized slots, then msg_len, padded */
    private static final int MMSGHDR = (7 * P + 4 + P - 1) & -P;
    private static final int MSG_LEN = 7 * P;

    private final int count;
    private final int slotSize;
    private final ByteBuffer buffer;
    private final int names;
    private final int headers;
    private final long vectorAddress;

    /**
     * @param count    datagrams per call
     * @param slotSize bytes per datagram; a longer one is truncated and flagged ({@link #truncated(int)})
     */
    ReceiveSlots(int count, int slotSize) {
        this.count = count;
        this.slotSize = slotSize;
        int data = count * slotSize;
        this.names = data;
        int iovecs = names + count * SOCKADDR_NL;
        this.headers = iovecs + count * IOVEC;
        this.buffer = ByteBuffer.allocateDirect(headers + count * MMSGHDR).order(ByteOrder.nativeOrder());
        long base = Native.address(buffer);
        this.vectorAddress = base + headers;
        for (int i = 0; i < count; i++) {
            int iov = iovecs + i * IOVEC;
            Native.putAddress(buffer, iov, base + (long) i * slotSize);
            Native.putAddress(buffer, iov + P, slotSize);
            int h = headers + i * MMSGHDR;
            Native.putAddress(buffer, h, base + names + (long) i * SOCKADDR_NL);
            Native.putAddress(buffer, h + 2 * P, base + iov);
            Native.putAddress(buffer, h + 3 * P, 1);
        }
    }

    /** {@return how many datagrams one call can take} */
    int count() {
        return count;
    }

    /** {@return the bytes each slot holds} */
    int slotSize() {
        return slotSize;
    }

    /** {@return the buffer holding every slot's bytes} */
    ByteBuffer buffer() {
        return buffer;
    }

    /** {@return the offset of slot {@code i}'s first byte in {@link #buffer()}} */
    int offset(int i) {
        return i * slotSize;
    }

    /** {@return the bytes of slot {@code i} that were received (at most {@link #slotSize()})} */
    int length(int i) {
        return Math.min(buffer.getInt(headers + i * MMSGHDR + MSG_LEN), slotSize);
    }

    /** {@return whether slot {@code i}'s datagram was longer than the slot (its tail is lost)} */
    boolean truncated(int i) {
        return (buffer.getInt(headers + i * MMSGHDR + 6 * P) & Native.MSG_TRUNC) != 0;
    }

    /** {@return the sender's port id of slot {@code i} (0: the kernel)} */
    int sender(int i) {
        return buffer.getInt(names + i * SOCKADDR_NL + 4);
    }

    /** Resets the fields the kernel writes back, before a call; returns the mmsghdr array's address. */
    long prepare(int slots) {
        for (int i = 0; i < slots; i++) {
            int h = headers + i * MMSGHDR;
            buffer.putInt(h + P, SOCKADDR_NL_LENGTH);
            buffer.putInt(h + 6 * P, 0);
            buffer.putInt(names + i * SOCKADDR_NL + 4, -1);
        }
        return vectorAddress;
    }
}
