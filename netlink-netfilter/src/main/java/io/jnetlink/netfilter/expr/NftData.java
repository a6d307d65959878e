package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.MessageWriter;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string of nf_tables data ({@code NFTA_DATA_VALUE}): a compared value, a mask,
 * an immediate, a set key. Bytes are as on the wire (network order for addresses and ports, host
 * order for marks and ct state bits).
 */
public final class NftData {
    private final byte[] bytes;

    private NftData(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Wraps a copy of {@code bytes}.
     *
     * @param bytes the bytes, copied
     * @return the data
     */
    public static NftData of(byte[] bytes) {
        return new NftData(bytes.clone());
    }

    /**
     * A big-endian (network order) 16-bit value, as ports are.
     *
     * @param value the value
     * @return the data
     */
    public static NftData u16Be(int value) {
        return new NftData(new byte[]{(byte) (value >>> 8), (byte) value});
    }

    /**
     * A 32-bit value in host (little-endian on x86) order, as marks and ct state bits are.
     *
     * @param value the value
     * @return the data
     */
    public static NftData u32Host(long value) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.nativeOrder());
        b.putInt((int) value);
        return new NftData(b.array());
    }

    /**
     * One byte, e.g. an L4 protocol number.
     *
     * @param value the value
     * @return the data
     */
    public static NftData u8(int value) {
        return new NftData(new byte[]{(byte) value});
    }

    /**
     * An interface name as {@code meta iifname} compares it: NUL-padded to 16 bytes.
     *
     * @param name the interface name
     * @return the data
     */
    public static NftData ifname(String name) {
        byte[] b = new byte[16];
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(n, 0, b, 0, Math.min(n.length, 16));
        return new NftData(b);
    }

    /** {@return a copy of the bytes} */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Writes the bytes as the value of attribute {@code type}, without copying them first.
     *
     * @param w the writer
     * @param type the attribute type, e.g. {@code NFTA_DATA_VALUE}
     * @return the writer
     */
    public MessageWriter writeAttribute(MessageWriter w, int type) {
        return w.putAttrBytes(type, bytes);
    }

    /** {@return the length in bytes} */
    public int length() {
        return bytes.length;
    }

    /**
     * {@return byte {@code i}, unsigned}
     *
     * @param i the byte index
     */
    public int byteAt(int i) {
        return bytes[i] & 0xFF;
    }

    /** {@return the value read as a host-order 32-bit number (for 4-byte data)} */
    public long u32Host() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(Arrays.copyOf(bytes, 4)).order(java.nio.ByteOrder.nativeOrder());
        return b.getInt() & 0xFFFFFFFFL;
    }

    /** {@return the value read as a big-endian unsigned number (up to 8 bytes)} */
    public long bigEndian() {
        long v = 0;
        for (int i = 0; i < Math.min(bytes.length, 8); i++) {
            v = (v << 8) | (bytes[i] & 0xFF);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NftData d && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}
