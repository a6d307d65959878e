package io.jnetlink.netfilter;

/** The type of a base chain ({@code NFTA_CHAIN_TYPE}): nft {@code type filter|nat|route}. */
public enum ChainType {
    FILTER("filter"), NAT("nat"), ROUTE("route");

    private final String nftName;

    ChainType(String nftName) {
        this.nftName = nftName;
    }

    /** The name on the wire and in nft. */
    public String nftName() {
        return nftName;
    }

    /** Parses {@code filter}, {@code nat} or {@code route}. */
    public static ChainType parse(String name) {
        for (ChainType t : values()) {
            if (t.nftName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("chain type must be filter, nat or route: " + name);
    }

    @Override
    public String toString() {
        return nftName;
    }
}
