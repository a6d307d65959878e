package io.jnetlink.netfilter;

import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
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

    /**
     * {@return an {@code NFT_MSG_NEWTABLE}}
     *
     * @param m the message, positioned at its header
     */
    public static NftTable decode(MessageReader m) {
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        String name = null;
        int flags = 0;
        int use = 0;
        long handle = 0;
        while (a.next()) {
            switch (a.type()) {
                case Nft.NFTA_TABLE_NAME -> name = KernelNames.read(a);
                case Nft.NFTA_TABLE_FLAGS -> flags = a.u32Be();
                case Nft.NFTA_TABLE_USE -> use = a.u32Be();
                case Nft.NFTA_TABLE_HANDLE -> handle = a.u64Be();
                default -> {
                }
            }
        }
        if (name == null) {
            throw NftMessages.missing(m, "NFTA_TABLE_NAME");
        }
        return new NftTable(family, name, flags, handle, use);
    }
}
