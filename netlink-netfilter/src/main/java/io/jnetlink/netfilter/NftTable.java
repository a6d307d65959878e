package io.jnetlink.netfilter;

/**
 * An nftables table, as {@code nft list tables} shows it.
 *
 * @param family the family
 * @param name   the name
 * @param flags  {@code NFT_TABLE_F_DORMANT} 1, {@code NFT_TABLE_F_OWNER} 2
 * @param handle the kernel's handle
 * @param use    how many chains and sets it holds
 */
public record NftTable(Family family, String name, int flags, long handle, int use) {
    /**
     * Whether the table is dormant ({@code nft add table ... { flags dormant; }}).
     *
     * @return whether the table is dormant
     */
    public boolean dormant() {
        return (flags & Nft.NFT_TABLE_F_DORMANT) != 0;
    }

    /** {@return whether the table belongs to the netlink socket that made it ({@code flags owner})} */
    public boolean owner() {
        return (flags & Nft.NFT_TABLE_F_OWNER) != 0;
    }

    @Override
    public String toString() {
        return "table " + family + " " + name;
    }
}
