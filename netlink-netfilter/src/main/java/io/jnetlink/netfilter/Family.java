package io.jnetlink.netfilter;

/** An nftables address family ({@code NFPROTO_*} of {@code linux/netfilter.h}), as nft names it. */
public enum Family {
    /** {@code NFPROTO_INET} = 1: {@code nft ... inet ...}. */
    INET(1, "inet"),
    /** {@code NFPROTO_IPV4} = 2: {@code nft ... ip ...}. */
    IP(2, "ip"),
    /** {@code NFPROTO_ARP} = 3. */
    ARP(3, "arp"),
    /** {@code NFPROTO_NETDEV} = 5. */
    NETDEV(5, "netdev"),
    /** {@code NFPROTO_BRIDGE} = 7. */
    BRIDGE(7, "bridge"),
    /** {@code NFPROTO_IPV6} = 10: {@code nft ... ip6 ...}. */
    IP6(10, "ip6");

    private final int value;
    private final String nftName;

    Family(int value, String nftName) {
        this.value = value;
        this.nftName = nftName;
    }

    /** {@return the {@code NFPROTO_*} number} */
    public int value() {
        return value;
    }

    /** {@return the name nft uses ({@code ip}, {@code ip6}, {@code inet}, ...)} */
    public String nftName() {
        return nftName;
    }

    /**
     * The family of an {@code NFPROTO_*} number, or null when unknown.
     *
     * @param value the {@code NFPROTO_*} number
     * @return the family
     */
    public static Family ofValue(int value) {
        for (Family f : values()) {
            if (f.value == value) {
                return f;
            }
        }
        return null;
    }

    /**
     * Parses nft's family name ({@code ip ip6 inet arp bridge netdev}).
     *
     *
     * @param name nft's name of the family
     * @return the family
     * @throws IllegalArgumentException for any other name
     */
    public static Family parse(String name) {
        for (Family f : values()) {
            if (f.nftName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("family must be one of ip, ip6, inet, arp, bridge, netdev: " + name);
    }

    @Override
    public String toString() {
        return nftName;
    }
}
