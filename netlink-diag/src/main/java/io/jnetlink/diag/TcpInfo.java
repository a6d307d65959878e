package io.jnetlink.diag;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A socket's {@code struct tcp_info} ({@code ss -i}), kept as the bytes the kernel sent (in
 * native byte order), so fields this version does not name stay readable through {@link #u32(int)}.
 *
 * @param bytes the {@code INET_DIAG_INFO} value (copied in and out)
 */
public record TcpInfo(byte[] bytes) implements TcpInfoFields {
    /**
     * Copies the bytes.
     *
     * @param bytes the {@code INET_DIAG_INFO} value
     * @throws IllegalArgumentException if null
     */
    public TcpInfo {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null");
        }
        bytes = bytes.clone();
    }

    /** {@return a copy of the bytes} */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public int u8(int at) {
        return at >= 0 && at < bytes.length ? bytes[at] & 0xFF : 0;
    }

    @Override
    public long u32(int at) {
        return at >= 0 && at <= bytes.length - 4 ? view().getInt(at) & 0xFFFF_FFFFL : 0;
    }

    @Override
    public long u64(int at) {
        return at >= 0 && at <= bytes.length - 8 ? view().getLong(at) : 0;
    }

    private ByteBuffer view() {
        return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TcpInfo t && Arrays.equals(t.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TcpInfo[state=" + state() + " rtt=" + rttMicros() + "us cwnd=" + congestionWindow() + " mss=" + sendMss()
                + " bytesAcked=" + bytesAcked() + " bytesReceived=" + bytesReceived() + " length=" + bytes.length + "]";
    }
}
