package io.jnetlink.netfilter;

/** The type of a base chain ({@code NFTA_CHAIN_TYPE}): nft {@code type filter|nat|route}. */
public enum ChainType {
    /** nft {@code type filter}: a chain that accepts or drops packets. */
    FILTER("filter"),
    /** nft {@code type nat}: a chain for NAT statements, run for the first packet of a connection. */
    NAT("nat"),
    /** nft {@code type route}: an output chain that may re-route packets whose mark or addresses it changes. */
    ROUTE("route");

    private final String nftName;

    ChainType(String nftName) {
        this.nftName = nftName;
    }

    /** {@return the name on the wire and in nft} */
    public String nftName() {
        return nftName;
    }

    /**
     * Parses {@code filter}, {@code nat} or {@code route}.
     *
     * @param name nft's name of the chain type
     * @return the chain type
     */
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
