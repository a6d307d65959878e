package io.jnetlink.core.event;

import io.jnetlink.core.NetlinkSocket;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The one receive buffer of a thread that reads subscriptions (the event loop, or the thread of a
 * user's loop reading {@link NetlinkChannel}s): every socket it reads shares it, so a
 * subscription has no buffer of its own. Grown when a datagram would not fit.
 */
final class ReceiveBuffer {
    private static final ThreadLocal<ReceiveBuffer> PER_THREAD = ThreadLocal.withInitial(ReceiveBuffer::new);

    ByteBuffer buffer = ByteBuffer.allocateDirect(NetlinkSocket.DEFAULT_RECEIVE_BUFFER).order(ByteOrder.nativeOrder());

    /** The calling thread's buffer. */
    static ReceiveBuffer ofCurrentThread() {
        return PER_THREAD.get();
    }

    /** Makes room for a datagram of {@code length} bytes. */
    void grow(int length) {
        buffer = ByteBuffer.allocateDirect(Integer.highestOneBit(length - 1) << 1).order(ByteOrder.nativeOrder());
    }
}
