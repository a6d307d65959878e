package io.jnetlink.route;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.route.wire.RtnlLinkStats64;

import java.nio.ByteBuffer;

/**
 * The main 64-bit counters of a link ({@code IFLA_STATS64}, the first ten fields of
 * {@code struct rtnl_link_stats64} in {@code <linux/if_link.h>}), as {@code ip -s link show}
 * prints them. Counters are unsigned; values above 2^63 read negative (use
 * {@link Long#toUnsignedString}).
 */
public record LinkStats(long rxPackets, long txPackets, long rxBytes, long txBytes, long rxErrors, long txErrors,
                        long rxDropped, long txDropped, long multicast, long collisions) {
    /**
     * Reads the counters from an {@code IFLA_STATS64} value of {@code length} bytes at
     * {@code offset}.
     *
     *
     * @param buffer the buffer holding the attribute
     * @param offset where the attribute value starts in {@code buffer}
     * @param length the length of the attribute value
     * @return the counters
     * @throws NetlinkDecodeException if the value is shorter than the ten fields
     */
    static LinkStats read(ByteBuffer buffer, int offset, int length) {
        if (length < RtnlLinkStats64.LENGTH) {
            throw new NetlinkDecodeException("IFLA_STATS64 of " + length + " bytes, needs at least "
                    + RtnlLinkStats64.LENGTH, offset);
        }
        return new LinkStats(u64(buffer, offset, RtnlLinkStats64.RX_PACKETS_OFFSET),
                u64(buffer, offset, RtnlLinkStats64.TX_PACKETS_OFFSET), u64(buffer, offset, RtnlLinkStats64.RX_BYTES_OFFSET),
                u64(buffer, offset, RtnlLinkStats64.TX_BYTES_OFFSET), u64(buffer, offset, RtnlLinkStats64.RX_ERRORS_OFFSET),
                u64(buffer, offset, RtnlLinkStats64.TX_ERRORS_OFFSET), u64(buffer, offset, RtnlLinkStats64.RX_DROPPED_OFFSET),
                u64(buffer, offset, RtnlLinkStats64.TX_DROPPED_OFFSET), u64(buffer, offset, RtnlLinkStats64.MULTICAST_OFFSET),
                u64(buffer, offset, RtnlLinkStats64.COLLISIONS_OFFSET));
    }

    private static long u64(ByteBuffer buffer, int offset, int field) {
        return buffer.getLong(offset + field);
    }
}
