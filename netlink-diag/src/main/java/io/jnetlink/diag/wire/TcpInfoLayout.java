package io.jnetlink.diag.wire;

/**
 * Offsets in {@code struct tcp_info} ({@code <linux/tcp.h>}, 232 bytes on 6.x; older kernels send
 * a prefix, newer ones more), as {@code offsetof} gives them on Linux.
 */
public final class TcpInfoLayout {
    /** {@code sizeof(struct tcp_info)} in the headers this was written against. */
    public static final int KNOWN_LENGTH = 232;
    /** {@code tcpi_state} (u8). */
    public static final int STATE = 0;
    /** {@code tcpi_ca_state} (u8). */
    public static final int CA_STATE = 1;
    /** {@code tcpi_retransmits} (u8). */
    public static final int RETRANSMITS = 2;
    /** {@code tcpi_probes} (u8). */
    public static final int PROBES = 3;
    /** {@code tcpi_backoff} (u8). */
    public static final int BACKOFF = 4;
    /** {@code tcpi_options} (u8, {@code TCPI_OPT_*}). */
    public static final int OPTIONS = 5;
    /** {@code tcpi_snd_wscale : 4, tcpi_rcv_wscale : 4} (u8). */
    public static final int WSCALE = 6;
    /** {@code tcpi_rto} (u32, µs). */
    public static final int RTO = 8;
    /** {@code tcpi_ato} (u32, µs). */
    public static final int ATO = 12;
    /** {@code tcpi_snd_mss}. */
    public static final int SND_MSS = 16;
    /** {@code tcpi_rcv_mss}. */
    public static final int RCV_MSS = 20;
    /** {@code tcpi_unacked}. */
    public static final int UNACKED = 24;
    /** {@code tcpi_sacked}. */
    public static final int SACKED = 28;
    /** {@code tcpi_lost}. */
    public static final int LOST = 32;
    /** {@code tcpi_retrans}. */
    public static final int RETRANS = 36;
    /** {@code tcpi_last_data_sent} (ms). */
    public static final int LAST_DATA_SENT = 44;
    /** {@code tcpi_last_data_recv} (ms). */
    public static final int LAST_DATA_RECV = 52;
    /** {@code tcpi_last_ack_recv} (ms). */
    public static final int LAST_ACK_RECV = 56;
    /** {@code tcpi_pmtu}. */
    public static final int PMTU = 60;
    /** {@code tcpi_rcv_ssthresh}. */
    public static final int RCV_SSTHRESH = 64;
    /** {@code tcpi_rtt} (µs). */
    public static final int RTT = 68;
    /** {@code tcpi_rttvar} (µs). */
    public static final int RTTVAR = 72;
    /** {@code tcpi_snd_ssthresh}. */
    public static final int SND_SSTHRESH = 76;
    /** {@code tcpi_snd_cwnd}. */
    public static final int SND_CWND = 80;
    /** {@code tcpi_advmss}. */
    public static final int ADVMSS = 84;
    /** {@code tcpi_reordering}. */
    public static final int REORDERING = 88;
    /** {@code tcpi_rcv_rtt}. */
    public static final int RCV_RTT = 92;
    /** {@code tcpi_rcv_space}. */
    public static final int RCV_SPACE = 96;
    /** {@code tcpi_total_retrans}. */
    public static final int TOTAL_RETRANS = 100;
    /** {@code tcpi_pacing_rate} (u64, bytes/s). */
    public static final int PACING_RATE = 104;
    /** {@code tcpi_max_pacing_rate} (u64). */
    public static final int MAX_PACING_RATE = 112;
    /** {@code tcpi_bytes_acked} (u64). */
    public static final int BYTES_ACKED = 120;
    /** {@code tcpi_bytes_received} (u64). */
    public static final int BYTES_RECEIVED = 128;
    /** {@code tcpi_segs_out}. */
    public static final int SEGS_OUT = 136;
    /** {@code tcpi_segs_in}. */
    public static final int SEGS_IN = 140;
    /** {@code tcpi_notsent_bytes}. */
    public static final int NOTSENT_BYTES = 144;
    /** {@code tcpi_min_rtt} (µs). */
    public static final int MIN_RTT = 148;
    /** {@code tcpi_delivery_rate} (u64). */
    public static final int DELIVERY_RATE = 160;
    /** {@code tcpi_delivered}. */
    public static final int DELIVERED = 192;
    /** {@code tcpi_bytes_sent} (u64). */
    public static final int BYTES_SENT = 200;
    /** {@code tcpi_bytes_retrans} (u64). */
    public static final int BYTES_RETRANS = 208;
    /** {@code tcpi_snd_wnd}. */
    public static final int SND_WND = 228;

    private TcpInfoLayout() {
    }
}
