package io.jnetlink.route.stats;

/**
 * The counters of {@code struct rtnl_link_stats64} ({@code <linux/if_link.h>}) in wire order:
 * {@code ordinal() * 8} is each one's offset.
 */
public enum StatsCounter {
    /** {@code rx_packets}, offset 0. */
    RX_PACKETS("rx_packets"),
    /** {@code tx_packets}, offset 8. */
    TX_PACKETS("tx_packets"),
    /** {@code rx_bytes}, offset 16. */
    RX_BYTES("rx_bytes"),
    /** {@code tx_bytes}, offset 24. */
    TX_BYTES("tx_bytes"),
    /** {@code rx_errors}, offset 32. */
    RX_ERRORS("rx_errors"),
    /** {@code tx_errors}, offset 40. */
    TX_ERRORS("tx_errors"),
    /** {@code rx_dropped}, offset 48. */
    RX_DROPPED("rx_dropped"),
    /** {@code tx_dropped}, offset 56. */
    TX_DROPPED("tx_dropped"),
    /** {@code multicast}, offset 64. */
    MULTICAST("multicast"),
    /** {@code collisions}, offset 72. */
    COLLISIONS("collisions"),
    /** {@code rx_length_errors}, offset 80. */
    RX_LENGTH_ERRORS("rx_length_errors"),
    /** {@code rx_over_errors}, offset 88. */
    RX_OVER_ERRORS("rx_over_errors"),
    /** {@code rx_crc_errors}, offset 96. */
    RX_CRC_ERRORS("rx_crc_errors"),
    /** {@code rx_frame_errors}, offset 104. */
    RX_FRAME_ERRORS("rx_frame_errors"),
    /** {@code rx_fifo_errors}, offset 112. */
    RX_FIFO_ERRORS("rx_fifo_errors"),
    /** {@code rx_missed_errors}, offset 120. */
    RX_MISSED_ERRORS("rx_missed_errors"),
    /** {@code tx_aborted_errors}, offset 128. */
    TX_ABORTED_ERRORS("tx_aborted_errors"),
    /** {@code tx_carrier_errors}, offset 136. */
    TX_CARRIER_ERRORS("tx_carrier_errors"),
    /** {@code tx_fifo_errors}, offset 144. */
    TX_FIFO_ERRORS("tx_fifo_errors"),
    /** {@code tx_heartbeat_errors}, offset 152. */
    TX_HEARTBEAT_ERRORS("tx_heartbeat_errors"),
    /** {@code tx_window_errors}, offset 160. */
    TX_WINDOW_ERRORS("tx_window_errors"),
    /** {@code rx_compressed}, offset 168. */
    RX_COMPRESSED("rx_compressed"),
    /** {@code tx_compressed}, offset 176. */
    TX_COMPRESSED("tx_compressed"),
    /** {@code rx_nohandler}, offset 184. */
    RX_NOHANDLER("rx_nohandler"),
    /** {@code rx_otherhost_dropped}, offset 192. */
    RX_OTHERHOST_DROPPED("rx_otherhost_dropped");

    private final String kernelName;

    StatsCounter(String kernelName) {
        this.kernelName = kernelName;
    }

    /** {@return the field's name in the kernel struct, e.g. {@code rx_crc_errors}} */
    public String kernelName() {
        return kernelName;
    }
}
