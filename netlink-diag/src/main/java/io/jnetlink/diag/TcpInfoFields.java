package io.jnetlink.diag;

import io.jnetlink.diag.wire.TcpInfoLayout;

/**
 * The fields of {@code struct tcp_info} ({@code INET_DIAG_INFO}, what {@code ss -i} prints),
 * read the same way from the flyweight {@link TcpInfoView} and the record {@link TcpInfo}. A field
 * beyond the bytes the kernel sent (an older kernel's shorter struct) reads as 0, as in {@code ss}.
 * Times are as the kernel gives them: {@code rto}, {@code ato}, {@code rtt}, {@code rttvar},
 * {@code min_rtt} in microseconds, {@code last_*} in milliseconds.
 */
public sealed interface TcpInfoFields permits TcpInfoView, TcpInfo {
    /** {@return how many bytes of {@code tcp_info} the kernel sent} */
    int length();

    /**
     * A u8 field by offset (escape hatch for fields this version does not name).
     *
     * @param offset byte offset in {@code struct tcp_info}
     * @return the value, 0 beyond {@link #length()}
     */
    int u8(int offset);

    /**
     * A u32 field by offset.
     *
     * @param offset byte offset in {@code struct tcp_info}
     * @return the value, 0 beyond {@link #length()}
     */
    long u32(int offset);

    /**
     * A u64 field by offset.
     *
     * @param offset byte offset in {@code struct tcp_info}
     * @return the value, 0 beyond {@link #length()}
     */
    long u64(int offset);

    /** {@return {@code tcpi_state}} */
    default TcpState state() {
        return TcpState.of(u8(TcpInfoLayout.STATE));
    }

    /** {@return {@code tcpi_ca_state} ({@code TCP_CA_Open} = 0, …)} */
    default int caState() {
        return u8(TcpInfoLayout.CA_STATE);
    }

    /** {@return {@code tcpi_retransmits}} */
    default int retransmits() {
        return u8(TcpInfoLayout.RETRANSMITS);
    }

    /** {@return {@code tcpi_probes}} */
    default int probes() {
        return u8(TcpInfoLayout.PROBES);
    }

    /** {@return {@code tcpi_backoff}} */
    default int backoff() {
        return u8(TcpInfoLayout.BACKOFF);
    }

    /** {@return {@code tcpi_options} ({@code TCPI_OPT_TIMESTAMPS} 1, {@code _SACK} 2, {@code _WSCALE} 4, {@code _ECN} 8, …)} */
    default int options() {
        return u8(TcpInfoLayout.OPTIONS);
    }

    /** {@return {@code tcpi_snd_wscale} (ss: first number of {@code wscale:})} */
    default int sendWindowScale() {
        return u8(TcpInfoLayout.WSCALE) & 0x0F;
    }

    /** {@return {@code tcpi_rcv_wscale}} */
    default int receiveWindowScale() {
        return u8(TcpInfoLayout.WSCALE) >>> 4;
    }

    /** {@return {@code tcpi_rto}, µs (ss: {@code rto:} in ms)} */
    default long rtoMicros() {
        return u32(TcpInfoLayout.RTO);
    }

    /** {@return {@code tcpi_ato}, µs} */
    default long atoMicros() {
        return u32(TcpInfoLayout.ATO);
    }

    /** {@return {@code tcpi_snd_mss} (ss: {@code mss:})} */
    default long sendMss() {
        return u32(TcpInfoLayout.SND_MSS);
    }

    /** {@return {@code tcpi_rcv_mss} (ss: {@code rcvmss:})} */
    default long receiveMss() {
        return u32(TcpInfoLayout.RCV_MSS);
    }

    /** {@return {@code tcpi_unacked}} */
    default long unacked() {
        return u32(TcpInfoLayout.UNACKED);
    }

    /** {@return {@code tcpi_sacked}} */
    default long sacked() {
        return u32(TcpInfoLayout.SACKED);
    }

    /** {@return {@code tcpi_lost}} */
    default long lost() {
        return u32(TcpInfoLayout.LOST);
    }

    /** {@return {@code tcpi_retrans}} */
    default long retrans() {
        return u32(TcpInfoLayout.RETRANS);
    }

    /** {@return {@code tcpi_last_data_sent}, ms} */
    default long lastDataSentMillis() {
        return u32(TcpInfoLayout.LAST_DATA_SENT);
    }

    /** {@return {@code tcpi_last_data_recv}, ms} */
    default long lastDataReceivedMillis() {
        return u32(TcpInfoLayout.LAST_DATA_RECV);
    }

    /** {@return {@code tcpi_last_ack_recv}, ms} */
    default long lastAckReceivedMillis() {
        return u32(TcpInfoLayout.LAST_ACK_RECV);
    }

    /** {@return {@code tcpi_pmtu} (ss: {@code pmtu:})} */
    default long pathMtu() {
        return u32(TcpInfoLayout.PMTU);
    }

    /** {@return {@code tcpi_rcv_ssthresh}} */
    default long receiveSsthresh() {
        return u32(TcpInfoLayout.RCV_SSTHRESH);
    }

    /** {@return {@code tcpi_rtt}, µs (ss: first number of {@code rtt:} in ms)} */
    default long rttMicros() {
        return u32(TcpInfoLayout.RTT);
    }

    /** {@return {@code tcpi_rttvar}, µs} */
    default long rttVarianceMicros() {
        return u32(TcpInfoLayout.RTTVAR);
    }

    /** {@return {@code tcpi_snd_ssthresh}} */
    default long sendSsthresh() {
        return u32(TcpInfoLayout.SND_SSTHRESH);
    }

    /** {@return {@code tcpi_snd_cwnd} (ss: {@code cwnd:})} */
    default long congestionWindow() {
        return u32(TcpInfoLayout.SND_CWND);
    }

    /** {@return {@code tcpi_advmss} (ss: {@code advmss:})} */
    default long advertisedMss() {
        return u32(TcpInfoLayout.ADVMSS);
    }

    /** {@return {@code tcpi_reordering}} */
    default long reordering() {
        return u32(TcpInfoLayout.REORDERING);
    }

    /** {@return {@code tcpi_rcv_rtt}, µs} */
    default long receiveRttMicros() {
        return u32(TcpInfoLayout.RCV_RTT);
    }

    /** {@return {@code tcpi_rcv_space} (ss: {@code rcv_space:})} */
    default long receiveSpace() {
        return u32(TcpInfoLayout.RCV_SPACE);
    }

    /** {@return {@code tcpi_total_retrans}} */
    default long totalRetransmits() {
        return u32(TcpInfoLayout.TOTAL_RETRANS);
    }

    /** {@return {@code tcpi_pacing_rate}, bytes/s} */
    default long pacingRate() {
        return u64(TcpInfoLayout.PACING_RATE);
    }

    /** {@return {@code tcpi_max_pacing_rate}, bytes/s} */
    default long maxPacingRate() {
        return u64(TcpInfoLayout.MAX_PACING_RATE);
    }

    /** {@return {@code tcpi_bytes_acked} (ss: {@code bytes_acked:})} */
    default long bytesAcked() {
        return u64(TcpInfoLayout.BYTES_ACKED);
    }

    /** {@return {@code tcpi_bytes_received} (ss: {@code bytes_received:})} */
    default long bytesReceived() {
        return u64(TcpInfoLayout.BYTES_RECEIVED);
    }

    /** {@return {@code tcpi_segs_out} (ss: {@code segs_out:})} */
    default long segmentsOut() {
        return u32(TcpInfoLayout.SEGS_OUT);
    }

    /** {@return {@code tcpi_segs_in} (ss: {@code segs_in:})} */
    default long segmentsIn() {
        return u32(TcpInfoLayout.SEGS_IN);
    }

    /** {@return {@code tcpi_notsent_bytes}} */
    default long notSentBytes() {
        return u32(TcpInfoLayout.NOTSENT_BYTES);
    }

    /** {@return {@code tcpi_min_rtt}, µs (ss: {@code minrtt:} in ms)} */
    default long minRttMicros() {
        return u32(TcpInfoLayout.MIN_RTT);
    }

    /** {@return {@code tcpi_delivery_rate}, bytes/s} */
    default long deliveryRate() {
        return u64(TcpInfoLayout.DELIVERY_RATE);
    }

    /** {@return {@code tcpi_delivered} (ss: {@code delivered:})} */
    default long delivered() {
        return u32(TcpInfoLayout.DELIVERED);
    }

    /** {@return {@code tcpi_bytes_sent} (ss: {@code bytes_sent:})} */
    default long bytesSent() {
        return u64(TcpInfoLayout.BYTES_SENT);
    }

    /** {@return {@code tcpi_bytes_retrans}} */
    default long bytesRetransmitted() {
        return u64(TcpInfoLayout.BYTES_RETRANS);
    }

    /** {@return {@code tcpi_snd_wnd} (ss: {@code snd_wnd:})} */
    default long sendWindow() {
        return u32(TcpInfoLayout.SND_WND);
    }
}
