package io.jnetlink.route.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Every counter of {@code struct rtnl_link_stats64} ({@code ip -s -s link}, {@code ip stats show
 * group link}), from {@code IFLA_STATS64} of a link message or {@code IFLA_STATS_LINK_64} of
 * {@code RTM_NEWSTATS}; immutable. Counters an older kernel does not send read as 0. Values above
 * {@code Long.MAX_VALUE} read negative: use {@link Long#toUnsignedString}.
 */
public final class LinkStats64 {
    private final int index;
    private final long[] counters;

    private LinkStats64(int index, long[] counters) {
        this.index = index;
        this.counters = counters;
    }

    /**
     * Reads the struct at {@code offset} of {@code buffer}; counters past {@code length} bytes read 0.
     *
     * @param index the interface index (0 when unknown)
     * @param buffer the buffer (native order)
     * @param offset where the struct starts
     * @param length its length as sent
     * @return the counters
     */
    public static LinkStats64 read(int index, ByteBuffer buffer, int offset, int length) {
        long[] c = new long[StatsCounter.values().length];
        for (int i = 0; i < c.length && (i + 1) * 8 <= length; i++) {
            c[i] = buffer.getLong(offset + i * 8);
        }
        return new LinkStats64(index, c);
    }

    /** {@return the interface index} */
    public int index() {
        return index;
    }

    /**
     * One counter.
     *
     * @param counter which
     * @return its value
     */
    public long get(StatsCounter counter) {
        return counters[counter.ordinal()];
    }

    /** {@return {@code rx_packets}} */
    public long rxPackets() {
        return counters[0];
    }

    /** {@return {@code tx_packets}} */
    public long txPackets() {
        return counters[1];
    }

    /** {@return {@code rx_bytes}} */
    public long rxBytes() {
        return counters[2];
    }

    /** {@return {@code tx_bytes}} */
    public long txBytes() {
        return counters[3];
    }

    /** {@return {@code rx_errors}} */
    public long rxErrors() {
        return counters[4];
    }

    /** {@return {@code tx_errors}} */
    public long txErrors() {
        return counters[5];
    }

    /** {@return {@code rx_dropped}} */
    public long rxDropped() {
        return counters[6];
    }

    /** {@return {@code tx_dropped}} */
    public long txDropped() {
        return counters[7];
    }

    /** {@return {@code multicast}} */
    public long multicast() {
        return counters[8];
    }

    /** {@return {@code collisions}} */
    public long collisions() {
        return counters[9];
    }

    /** {@return {@code rx_length_errors}} */
    public long rxLengthErrors() {
        return counters[10];
    }

    /** {@return {@code rx_over_errors}} */
    public long rxOverErrors() {
        return counters[11];
    }

    /** {@return {@code rx_crc_errors}} */
    public long rxCrcErrors() {
        return counters[12];
    }

    /** {@return {@code rx_frame_errors}} */
    public long rxFrameErrors() {
        return counters[13];
    }

    /** {@return {@code rx_fifo_errors}} */
    public long rxFifoErrors() {
        return counters[14];
    }

    /** {@return {@code rx_missed_errors}} */
    public long rxMissedErrors() {
        return counters[15];
    }

    /** {@return {@code tx_aborted_errors}} */
    public long txAbortedErrors() {
        return counters[16];
    }

    /** {@return {@code tx_carrier_errors}} */
    public long txCarrierErrors() {
        return counters[17];
    }

    /** {@return {@code tx_fifo_errors}} */
    public long txFifoErrors() {
        return counters[18];
    }

    /** {@return {@code tx_heartbeat_errors}} */
    public long txHeartbeatErrors() {
        return counters[19];
    }

    /** {@return {@code tx_window_errors}} */
    public long txWindowErrors() {
        return counters[20];
    }

    /** {@return {@code rx_compressed}} */
    public long rxCompressed() {
        return counters[21];
    }

    /** {@return {@code tx_compressed}} */
    public long txCompressed() {
        return counters[22];
    }

    /** {@return {@code rx_nohandler}} */
    public long rxNohandler() {
        return counters[23];
    }

    /** {@return {@code rx_otherhost_dropped}} */
    public long rxOtherhostDropped() {
        return counters[24];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkStats64 s && s.index == index && Arrays.equals(s.counters, counters);
    }

    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(counters);
    }

    /** {@code "dev#3 rx_packets=1 tx_packets=0 …"}: the counters that are not 0. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("dev#").append(index);
        for (StatsCounter c : StatsCounter.values()) {
            if (counters[c.ordinal()] != 0) {
                sb.append(' ').append(c.kernelName()).append('=').append(Long.toUnsignedString(counters[c.ordinal()]));
            }
        }
        return sb.toString();
    }
}
