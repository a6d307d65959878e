package io.jnetlink.route;

import io.jnetlink.core.NetlinkDecodeException;

import java.nio.ByteBuffer;

/**
 * The main 64-bit counters of a link ({@code IFLA_STATS64}, the first ten fields of
 * {@code struct rtnl_link_stats64} in {@code <linux/if_link.h>}), as {@code ip -s link show}
 * prints them. Counters are unsigned; values above 2^63 read negative (use
 * {@link Long#toUnsignedString}).
 */
public record LinkStats(long rxPackets, long txPackets, long rxBytes, long txBytes, long rxErrors, long txErrors,
                        long rxDropped, long txDropped, long multicast, long collisions) {
    /** Bytes of the ten fields read here: {@code rx_packets} … {@code collisions}, u64 each. */
    public static final int LENGTH = 10 * 8;

    /** Offsets in {@code struct rtnl_link_stats64}. */
    public static final int RX_PACKETS_OFFSET = 0;
    /** Byte offset of the {@code tx_packets} field. */
    public static final int TX_PACKETS_OFFSET = 8;
    /** Byte offset of the {@code rx_bytes} field. */
    public static final int RX_BYTES_OFFSET = 16;
    /** Byte offset of the {@code tx_bytes} field. */
    public static final int TX_BYTES_OFFSET = 24;
    /** Byte offset of the {@code rx_errors} field. */
    public static final int RX_ERRORS_OFFSET = 32;
    /** Byte offset of the {@code tx_errors} field. */
    public static final int TX_ERRORS_OFFSET = 40;
    /** Byte offset of the {@code rx_dropped} field. */
    public static final int RX_DROPPED_OFFSET = 48;
    /** Byte offset of the {@code tx_dropped} field. */
    public static final int TX_DROPPED_OFFSET = 56;
    /** Byte offset of the {@code multicast} field. */
    public static final int MULTICAST_OFFSET = 64;
    /** Byte offset of the {@code collisions} field. */
    public static final int COLLISIONS_OFFSET = 72;

    /**
     * Reads the counters from an {@code IFLA_STATS64} value of {@code length} bytes at
     * {@code offset}.
     *
     *
     * @param buffer the buffer holding the attribute
     * @param offset where the attribute value starts in {@code buffer}
     * @param length the length of the attribute value
     * @return the counters
     * @throws NetlinkDecodeException if the value is shorter than {@link #LENGTH}
     */
    public static LinkStats read(ByteBuffer buffer, int offset, int length) {
        if (length < LENGTH) {
            throw new NetlinkDecodeException("IFLA_STATS64 of " + length + " bytes, needs at least " + LENGTH, offset);
        }
        return new LinkStats(buffer.getLong(offset + RX_PACKETS_OFFSET), buffer.getLong(offset + TX_PACKETS_OFFSET),
                buffer.getLong(offset + RX_BYTES_OFFSET), buffer.getLong(offset + TX_BYTES_OFFSET),
                buffer.getLong(offset + RX_ERRORS_OFFSET), buffer.getLong(offset + TX_ERRORS_OFFSET),
                buffer.getLong(offset + RX_DROPPED_OFFSET), buffer.getLong(offset + TX_DROPPED_OFFSET),
                buffer.getLong(offset + MULTICAST_OFFSET), buffer.getLong(offset + COLLISIONS_OFFSET));
    }
}
