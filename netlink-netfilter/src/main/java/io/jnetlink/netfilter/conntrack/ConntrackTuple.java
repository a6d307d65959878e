package io.jnetlink.netfilter.conntrack;

import java.net.InetAddress;

/**
 * One direction of a connection: {@code src=... dst=... sport=... dport=...} in {@code conntrack -L}.
 *
 * @param protocol        IPPROTO_* number (6 tcp, 17 udp, 1 icmp, 58 icmpv6)
 * @param source          source address
 * @param destination     destination address
 * @param sourcePort      source port (tcp/udp/sctp), or the ICMP id; -1 when absent
 * @param destinationPort destination port, or -1
 */
public record ConntrackTuple(int protocol, InetAddress source, InetAddress destination, int sourcePort, int destinationPort) {
    /**
     * Refuses a missing address by name (the encoder and {@link #toString()} would fail on it later).
     *
     * @param protocol IPPROTO_* number (6 tcp, 17 udp, 1 icmp, 58 icmpv6)
     * @param source source address
     * @param destination destination address
     * @param sourcePort source port (tcp/udp/sctp), or the ICMP id; -1 when absent
     * @param destinationPort destination port, or -1
     * @throws IllegalArgumentException when an address is null
     */
    public ConntrackTuple {
        if (source == null) {
            throw new IllegalArgumentException("conntrack tuple source address must not be null");
        }
        if (destination == null) {
            throw new IllegalArgumentException("conntrack tuple destination address must not be null");
        }
    }

    @Override
    public String toString() {
        return "proto=" + protocol + " src=" + source.getHostAddress() + " dst=" + destination.getHostAddress()
                + (sourcePort >= 0 ? " sport=" + sourcePort : "") + (destinationPort >= 0 ? " dport=" + destinationPort : "");
    }
}
