package io.jnetlink.route.wire;

/**
 * Layout of the first ten fields of {@code struct rtnl_link_stats64} ({@code <linux/if_link.h>}),
 * the value of {@code IFLA_STATS64}: u64 each, host order. Later fields ({@code rx_length_errors}…)
 * are not read by the link family (see {@code io.jnetlink.route.stats} for all of them).
 *
 * <pre>
 * +---------------------------------------------------------------+
 * |                      rx_packets (u64)                         |  0
 * |                      tx_packets (u64)                         |  8
 * |                      rx_bytes (u64)                           | 16
 * |                      tx_bytes (u64)                           | 24
 * |                      rx_errors (u64)                          | 32
 * |                      tx_errors (u64)                          | 40
 * |                      rx_dropped (u64)                         | 48
 * |                      tx_dropped (u64)                         | 56
 * |                      multicast (u64)                          | 64
 * |                      collisions (u64)                         | 72
 * +---------------------------------------------------------------+
 * </pre>
 */
public final class RtnlLinkStats64 {
    /** Bytes of the ten fields read: {@code rx_packets} … {@code collisions}. */
    public static final int LENGTH = 10 * 8;
    /** Byte offset of {@code rx_packets}. */
    public static final int RX_PACKETS_OFFSET = 0;
    /** Byte offset of {@code tx_packets}. */
    public static final int TX_PACKETS_OFFSET = 8;
    /** Byte offset of {@code rx_bytes}. */
    public static final int RX_BYTES_OFFSET = 16;
    /** Byte offset of {@code tx_bytes}. */
    public static final int TX_BYTES_OFFSET = 24;
    /** Byte offset of {@code rx_errors}. */
    public static final int RX_ERRORS_OFFSET = 32;
    /** Byte offset of {@code tx_errors}. */
    public static final int TX_ERRORS_OFFSET = 40;
    /** Byte offset of {@code rx_dropped}. */
    public static final int RX_DROPPED_OFFSET = 48;
    /** Byte offset of {@code tx_dropped}. */
    public static final int TX_DROPPED_OFFSET = 56;
    /** Byte offset of {@code multicast}. */
    public static final int MULTICAST_OFFSET = 64;
    /** Byte offset of {@code collisions}. */
    public static final int COLLISIONS_OFFSET = 72;

    private RtnlLinkStats64() {
    }
}
