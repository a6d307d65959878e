package io.jnetlink.diag;

import java.nio.ByteBuffer;

/**
 * A flyweight over the {@code tcp_info} of the socket an {@link InetSocketView} is on; the same
 * instance is reused for every socket. Valid only as long as that view: take a {@link #toTcpInfo()}
 * record to keep it.
 */
public final class TcpInfoView implements TcpInfoFields {
    private ByteBuffer buffer;
    private int offset;
    private int length;

    TcpInfoView() {
    }

    TcpInfoView wrap(ByteBuffer buffer, int offset, int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int u8(int at) {
        return at >= 0 && at < length ? buffer.get(offset + at) & 0xFF : 0;
    }

    @Override
    public long u32(int at) {
        return at >= 0 && at <= length - 4 ? buffer.getInt(offset + at) & 0xFFFF_FFFFL : 0;
    }

    @Override
    public long u64(int at) {
        return at >= 0 && at <= length - 8 ? buffer.getLong(offset + at) : 0;
    }

    /** {@return a record copy of the bytes the kernel sent} */
    public TcpInfo toTcpInfo() {
        byte[] bytes = new byte[length];
        buffer.get(offset, bytes);
        return new TcpInfo(bytes);
    }
}
