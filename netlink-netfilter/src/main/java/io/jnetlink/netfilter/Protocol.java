package io.jnetlink.netfilter;

/** Layer 4 protocols a rule can match ({@code meta l4proto}); numbers from {@code netinet/in.h} IPPROTO_*. */
public enum Protocol {
    /** {@code IPPROTO_ICMP} (1): nft {@code meta l4proto icmp}. */
    ICMP(1, "icmp"),
    /** {@code IPPROTO_TCP} (6): nft {@code meta l4proto tcp}. */
    TCP(6, "tcp"),
    /** {@code IPPROTO_UDP} (17): nft {@code meta l4proto udp}. */
    UDP(17, "udp"),
    /** {@code IPPROTO_ICMPV6} (58): nft {@code meta l4proto ipv6-icmp}. */
    ICMPV6(58, "ipv6-icmp"),
    /** {@code IPPROTO_SCTP} (132): nft {@code meta l4proto sctp}. */
    SCTP(132, "sctp");

    private final int number;
    private final String nftName;

    Protocol(int number, String nftName) {
        this.number = number;
        this.nftName = nftName;
    }

    /** {@return the IPPROTO_* number} */
    public int number() {
        return number;
    }

    /** {@return whether the protocol has ports} */
    public boolean hasPorts() {
        return this == TCP || this == UDP || this == SCTP;
    }

    @Override
    public String toString() {
        return nftName;
    }
}
