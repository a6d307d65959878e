package io.jnetlink.netfilter;

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
}
