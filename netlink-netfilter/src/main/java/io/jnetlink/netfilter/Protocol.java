package io.jnetlink.netfilter;

/** Layer 4 protocols a rule can match ({@code meta l4proto}); numbers from {@code netinet/in.h} IPPROTO_*. */
public enum Protocol {
    ICMP(1, "icmp"), TCP(6, "tcp"), UDP(17, "udp"), ICMPV6(58, "ipv6-icmp"), SCTP(132, "sctp");

    private final int number;
    private final String nftName;

    Protocol(int number, String nftName) {
        this.number = number;
        this.nftName = nftName;
    }

    /** The IPPROTO_* number. */
    public int number() {
        return number;
    }

    /** Whether the protocol has ports. */
    public boolean hasPorts() {
        return this == TCP || this == UDP || this == SCTP;
    }

    @Override
    public String toString() {
        return nftName;
    }
}
