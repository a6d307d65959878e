package io.jnetlink.netfilter;

import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import java.util.List;

/**
 * A named (or anonymous) nftables set or map, as {@code nft list set FAMILY TABLE NAME} shows it.
 *
 * @param family    family of its table
 * @param table     table name
 * @param name      set name ({@code __set0} ... for anonymous sets)
 * @param handle    the kernel's handle
 * @param flags     {@code NFT_SET_*} flags (anonymous 1, constant 2, interval 4, map 8, timeout 16)
 * @param keyType   nft datatype number of keys ({@link SetKeyType#ofId})
 * @param keyLength bytes per key
 * @param dataType  datatype number of map values, or 0
 * @param dataLength bytes per map value, or 0
 * @param timeoutMs default element timeout in ms, or 0
 * @param elements  the elements (empty unless listed with elements)
 */
public record NftSet(Family family, String table, String name, long handle, int flags, int keyType, int keyLength,
                    int dataType, int dataLength, long timeoutMs, List<SetElement> elements) {
    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param family family of its table
     * @param table table name
     * @param name set name ({@code __set0} ... for anonymous sets)
     * @param handle the kernel's handle
     * @param flags {@code NFT_SET_*} flags (anonymous 1, constant 2, interval 4, map 8, timeout 16)
     * @param keyType nft datatype number of keys ({@link SetKeyType#ofId})
     * @param keyLength bytes per key
     * @param dataType datatype number of map values, or 0
     * @param dataLength bytes per map value, or 0
     * @param timeoutMs default element timeout in ms, or 0
     * @param elements the elements (empty unless listed with elements)
     */
    public NftSet {
        elements = List.copyOf(elements);
    }

    /** {@return whether it is an interval set ({@code flags interval})} */
    public boolean interval() {
        return (flags & Nft.NFT_SET_INTERVAL) != 0;
    }

    /** {@return whether it is a map} */
    public boolean map() {
        return (flags & Nft.NFT_SET_MAP) != 0;
    }

    /** {@return whether it is anonymous} */
    public boolean anonymous() {
        return (flags & Nft.NFT_SET_ANONYMOUS) != 0;
    }

    /**
     * The same set with {@code elements}.
     *
     * @param elements the elements
     * @return a copy of this set holding {@code elements}
     */
    public NftSet withElements(List<SetElement> elements) {
        return new NftSet(family, table, name, handle, flags, keyType, keyLength, dataType, dataLength, timeoutMs, elements);
    }

    /**
     * {@return an {@code NFT_MSG_NEWSET} (without elements)}
     *
     * @param m the message, positioned at its header
     */
    public static NftSet decode(MessageReader m) {
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        String table = null, name = null;
        long handle = 0, timeout = 0;
        int flags = 0, keyType = 0, keyLen = 0, dataType = 0, dataLen = 0;
        while (a.next()) {
            switch (a.type()) {
                case Nft.NFTA_SET_TABLE -> table = KernelNames.read(a);
                case Nft.NFTA_SET_NAME -> name = KernelNames.read(a);
                case Nft.NFTA_SET_HANDLE -> handle = a.u64Be();
                case Nft.NFTA_SET_FLAGS -> flags = a.u32Be();
                case Nft.NFTA_SET_KEY_TYPE -> keyType = a.u32Be();
                case Nft.NFTA_SET_KEY_LEN -> keyLen = a.u32Be();
                case Nft.NFTA_SET_DATA_TYPE -> dataType = a.u32Be();
                case Nft.NFTA_SET_DATA_LEN -> dataLen = a.u32Be();
                case Nft.NFTA_SET_TIMEOUT -> timeout = a.u64Be();
                default -> {
                }
            }
        }
        if (table == null || name == null) {
            throw NftMessages.missing(m, "NFTA_SET_TABLE or NFTA_SET_NAME");
        }
        return new NftSet(family, table, name, handle, flags, keyType, keyLen, dataType, dataLen, timeout, List.of());
    }
}
