package io.jnetlink.route.tc;

/**
 * The statistics {@code tc -s} prints for a qdisc or class ({@code TCA_STATS2}: {@code TCA_STATS_BASIC},
 * {@code TCA_STATS_QUEUE}, {@code TCA_STATS_PKT64}): {@code Sent B bytes P pkt (dropped D, overlimits O
 * requeues R) backlog Bb Qp}. Zero where the kernel sent none.
 *
 * @param bytes      bytes sent
 * @param packets    packets sent
 * @param drops      packets dropped
 * @param overlimits times the qdisc was over its limit (e.g. htb throttled)
 * @param requeues   packets requeued
 * @param backlog    bytes waiting
 * @param qlen       packets waiting
 */
public record TcStats(long bytes, long packets, long drops, long overlimits, long requeues, long backlog, long qlen) {
    /** All zero: no statistics were sent. */
    public static final TcStats NONE = new TcStats(0, 0, 0, 0, 0, 0, 0);

    /** Like {@code tc -s}: {@code "Sent 0 bytes 0 pkt (dropped 0, overlimits 0 requeues 0) backlog 0b 0p"}. */
    @Override
    public String toString() {
        return "Sent " + bytes + " bytes " + packets + " pkt (dropped " + drops + ", overlimits " + overlimits
                + " requeues " + requeues + ") backlog " + backlog + "b " + qlen + "p";
    }
}
