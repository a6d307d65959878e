package io.jnetlink.core;

import java.nio.ByteBuffer;

/**
 * What {@link NetlinkConnection} needs from a socket: send a datagram to the kernel, receive one
 * into a reused buffer, and close. {@link NetlinkSocket} is the real one; tests use a scripted
 * fake (the test jar's {@code io.jnetlink.core.testing.FakeKernel}) to exercise the request engine
 * without a kernel.
 *
 * <p>Implementations deliver only datagrams from the kernel (sender port id 0), allow one
 * receiving thread at a time while other threads send, and make a receive blocked in another
 * thread fail promptly with a {@link NetlinkException} (EBADF) when closed.
 */
public interface NetlinkTransport extends AutoCloseable {
    /**
     * Sends {@code length} bytes of {@code buffer} from {@code offset} as one datagram.
     *
     * @param buffer the buffer
     * @param offset absolute offset in the buffer
     * @param length number of bytes
     */
    void send(ByteBuffer buffer, int offset, int length);

    /**
     * Waits up to {@code timeoutMillis} (0: do not wait; negative: for ever) for the next
     * datagram and puts it at offset 0 of {@link #receiveBuffer()}.
     *
     * @return its length, or -1 on timeout
     * @throws NetlinkException (syscall) on failure, e.g. ENOBUFS after an overrun, EBADF once closed
     * @param timeoutMillis how long to wait in milliseconds; negative waits for ever
     */
    int receive(int timeoutMillis);

    /**
     * The buffer the last datagram was received into; valid until the next {@link #receive}.
     *
     * @return the buffer the last datagram was received into; valid until the next {@link #receive}
     */
    ByteBuffer receiveBuffer();

    /**
     * The local port id ({@code nlmsg_pid} of replies addressed to this endpoint).
     *
     * @return the local port id ({@code nlmsg_pid} of replies addressed to this endpoint)
     */
    int portId();

    /**
     * Whether {@link #close()} has not been called yet.
     *
     * @return whether {@link #close()} has not been called yet
     */
    boolean isOpen();

    /**
     * Asks for kernel socket buffers of at least these sizes (for one-datagram transactions that
     * carry many messages); the default does nothing.
     *
     * @param sendBytes wanted send buffer size in bytes (0: leave it)
     * @param receiveBytes wanted receive buffer size in bytes (0: leave it)
     */
    default void ensureBufferSizes(int sendBytes, int receiveBytes) {
    }

    /** Closes the endpoint; idempotent. */
    @Override
    void close();
}
