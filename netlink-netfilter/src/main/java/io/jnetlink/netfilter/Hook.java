package io.jnetlink.netfilter;

/**
 * A netfilter hook of a base chain: {@code NF_INET_*} for ip/ip6/inet/bridge, {@code NF_NETDEV_*}
 * for netdev, {@code NF_ARP_*} for arp.
 */
public enum Hook {
    /** {@code NF_INET_PRE_ROUTING} = 0. */
    PREROUTING("prerouting"),
    /** {@code NF_INET_LOCAL_IN} = 1 ({@code NF_ARP_IN} = 0 for arp). */
    INPUT("input"),
    /** {@code NF_INET_FORWARD} = 2. */
    FORWARD("forward"),
    /** {@code NF_INET_LOCAL_OUT} = 3 ({@code NF_ARP_OUT} = 1 for arp). */
    OUTPUT("output"),
    /** {@code NF_INET_POST_ROUTING} = 4. */
    POSTROUTING("postrouting"),
    /** {@code NF_NETDEV_INGRESS} = 0 (netdev), {@code NF_INET_INGRESS} = 5 (inet). */
    INGRESS("ingress"),
    /** {@code NF_NETDEV_EGRESS} = 1 (netdev). */
    EGRESS("egress");

    private final String nftName;

    Hook(String nftName) {
        this.nftName = nftName;
    }

    /**
     * {@return the hook's number in {@code family}; IllegalArgumentException when the family has no such hook}
     *
     * @param family the family the hook belongs to
     */
    public int number(Family family) {
        switch (family) {
            case NETDEV:
                if (this == INGRESS) {
                    return 0;
                }
                if (this == EGRESS) {
                    return 1;
                }
                break;
            case ARP:
                if (this == INPUT) {
                    return 0;
                }
                if (this == OUTPUT) {
                    return 1;
                }
                break;
            default:
                switch (this) {
                    case PREROUTING:
                        return 0;
                    case INPUT:
                        return 1;
                    case FORWARD:
                        return 2;
                    case OUTPUT:
                        return 3;
                    case POSTROUTING:
                        return 4;
                    case INGRESS:
                        if (family == Family.INET) {
                            return 5;
                        }
                        break;
                    default:
                        break;
                }
        }
        throw new IllegalArgumentException("hook " + nftName + " does not exist in family " + family);
    }

    /**
     * The hook of {@code number} in {@code family}, or null when unknown.
     *
     * @param family the family
     * @param number the hook number
     * @return the hook
     */
    public static Hook of(Family family, int number) {
        for (Hook h : values()) {
            try {
                if (h.number(family) == number) {
                    return h;
                }
            } catch (IllegalArgumentException notInFamily) {
                // try the next
            }
        }
        return null;
    }

    /** {@return nft's name ({@code prerouting}, ...)} */
    public String nftName() {
        return nftName;
    }

    /**
     * Parses nft's hook name.
     *
     * @param name nft's name of the hook
     * @return the hook
     */
    public static Hook parse(String name) {
        for (Hook h : values()) {
            if (h.nftName.equals(name)) {
                return h;
            }
        }
        throw new IllegalArgumentException("hook must be one of prerouting, input, forward, output, postrouting,"
                + " ingress, egress: " + name);
    }

    @Override
    public String toString() {
        return nftName;
    }
}
