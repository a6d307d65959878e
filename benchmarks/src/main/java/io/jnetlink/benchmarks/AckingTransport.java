package io.jnetlink.benchmarks;

import io.jnetlink.core.NetlinkTransport;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgErr;
import io.jnetlink.core.message.NlMsgHeader;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A kernel stand-in that ACKs every request datagram at once (errno 0, {@code NLM_F_CAPPED}),
 * without allocating: lets JMH time a request's whole user-space path (build, encode, number,
 * match the ACK) with no syscall. It remembers the last request's length so results can be checked.
 */
public final class AckingTransport implements NetlinkTransport {
    private static final int ACK_LENGTH = NlMsgHeader.LENGTH + NlMsgErr.LENGTH;

    private final ByteBuffer receive = ByteBuffer.allocateDirect(4096).order(ByteOrder.nativeOrder());
    private boolean pending;
    private int lastLength;
    private boolean open = true;

    @Override
    public void send(ByteBuffer buffer, int offset, int length) {
        int seq = buffer.getInt(offset + NlMsgHeader.SEQ_OFFSET);
        receive.putInt(NlMsgHeader.LENGTH_OFFSET, ACK_LENGTH);
        receive.putShort(NlMsgHeader.TYPE_OFFSET, (short) Netlink.NLMSG_ERROR);
        receive.putShort(NlMsgHeader.FLAGS_OFFSET, (short) Netlink.NLM_F_CAPPED);
        receive.putInt(NlMsgHeader.SEQ_OFFSET, seq);
        receive.putInt(NlMsgHeader.PORT_ID_OFFSET, portId());
        receive.putInt(NlMsgHeader.LENGTH + NlMsgErr.ERROR_OFFSET, 0);
        // the echoed request header
        for (int i = 0; i < NlMsgHeader.LENGTH; i += 4) {
            receive.putInt(NlMsgHeader.LENGTH + NlMsgErr.REQUEST_HEADER_OFFSET + i, buffer.getInt(offset + i));
        }
        lastLength = length;
        pending = true;
    }

    @Override
    public int receive(int timeoutMillis) {
        if (!pending) {
            return -1;
        }
        pending = false;
        return ACK_LENGTH;
    }

    @Override
    public ByteBuffer receiveBuffer() {
        return receive;
    }

    @Override
    public int portId() {
        return 4242;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** Bytes of the last request datagram sent. */
    public int lastLength() {
        return lastLength;
    }

    @Override
    public void close() {
        open = false;
    }
}
