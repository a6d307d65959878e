package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.message.Netlink;
import java.util.ArrayList;
import java.util.Objects;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
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
 * @param otherAttributes the attributes this version does not model ({@code NFTA_SET_USERDATA},
 *                  {@code NFTA_SET_DESC}, {@code NFTA_SET_POLICY}, newer ones), kept as they came
 */
public record NftSet(Family family, String table, String name, long handle, int flags, int keyType, int keyLength,
                    int dataType, int dataLength, long timeoutMs, List<SetElement> elements,
                    List<RawAttribute> otherAttributes) {
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
     * @param otherAttributes the attributes this version does not model, kept as they came
     */
    public NftSet {
        elements = List.copyOf(elements);
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * A set without attributes beyond those modelled.
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
    public NftSet(Family family, String table, String name, long handle, int flags, int keyType, int keyLength,
                  int dataType, int dataLength, long timeoutMs, List<SetElement> elements) {
        this(family, table, name, handle, flags, keyType, keyLength, dataType, dataLength, timeoutMs, elements, List.of());
    }

    /** {@return whether it is an interval set ({@code flags interval})} */
    public boolean interval() {
        return (flags & NftAttrs.NFT_SET_INTERVAL) != 0;
    }

    /** {@return whether it is a map} */
    public boolean map() {
        return (flags & NftAttrs.NFT_SET_MAP) != 0;
    }

    /** {@return whether it is anonymous} */
    public boolean anonymous() {
        return (flags & NftAttrs.NFT_SET_ANONYMOUS) != 0;
    }

    /**
     * The same set with {@code elements}.
     *
     * @param elements the elements
     * @return a copy of this set holding {@code elements}
     */
    public NftSet withElements(List<SetElement> elements) {
        return new NftSet(family, table, name, handle, flags, keyType, keyLength, dataType, dataLength, timeoutMs, elements,
                otherAttributes);
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
        List<RawAttribute> others = new ArrayList<>();
        while (a.next()) {
            switch (a.type()) {
                case NftAttrs.NFTA_SET_TABLE -> table = KernelNames.read(a);
                case NftAttrs.NFTA_SET_NAME -> name = KernelNames.read(a);
                case NftAttrs.NFTA_SET_HANDLE -> handle = a.u64Be();
                case NftAttrs.NFTA_SET_FLAGS -> flags = a.u32Be();
                case NftAttrs.NFTA_SET_KEY_TYPE -> keyType = a.u32Be();
                case NftAttrs.NFTA_SET_KEY_LEN -> keyLen = a.u32Be();
                case NftAttrs.NFTA_SET_DATA_TYPE -> dataType = a.u32Be();
                case NftAttrs.NFTA_SET_DATA_LEN -> dataLen = a.u32Be();
                case NftAttrs.NFTA_SET_TIMEOUT -> timeout = a.u64Be();
                default -> others.add(RawAttribute.copyOf(a));
            }
        }
        if (table == null || name == null) {
            throw NftMessages.missing(m, "NFTA_SET_TABLE or NFTA_SET_NAME");
        }
        return new NftSet(family, table, name, handle, flags, keyType, keyLen, dataType, dataLen, timeout, List.of(),
                others);
    }

    /**
     * Writes the set's attributes as the kernel lists them ({@code nf_tables_fill_set}: table, name,
     * handle, flags when not 0, key type and length, data type and length of a map, the timeout when
     * set), then the attributes not modelled as they came. Elements travel in their own messages.
     *
     * @param w the message being written, after its {@code nfgenmsg}
     */
    void encodeAttributes(MessageWriter w) {
        KernelNames.put(w, NftAttrs.NFTA_SET_TABLE, table);
        KernelNames.put(w, NftAttrs.NFTA_SET_NAME, name);
        w.putAttrU64Be(NftAttrs.NFTA_SET_HANDLE, handle);
        if (flags != 0) {
            w.putAttrU32Be(NftAttrs.NFTA_SET_FLAGS, flags);
        }
        w.putAttrU32Be(NftAttrs.NFTA_SET_KEY_TYPE, keyType);
        w.putAttrU32Be(NftAttrs.NFTA_SET_KEY_LEN, keyLength);
        if (map()) {
            w.putAttrU32Be(NftAttrs.NFTA_SET_DATA_TYPE, dataType);
            w.putAttrU32Be(NftAttrs.NFTA_SET_DATA_LEN, dataLength);
        }
        if (timeoutMs != 0) {
            w.putAttrU64Be(NftAttrs.NFTA_SET_TIMEOUT, timeoutMs);
        }
        RawAttributes.write(w, otherAttributes);
    }

    private record Key(Family family, String table, String name) {
    }

    /** How {@link NftEvents} follows a set: by family, table and name. */
    static NftFollowed followed(NftSet s) {
        return new NftFollowed(new Key(s.family, s.table, s.name), s, (ChangeType type) -> new NftSetEvent(type, s));
    }

    // ---- requests: the operations a Transaction adds

    /** {@code nft delete set FAMILY TABLE NAME}. */
    static Operation delete(Family family, String table, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "set");
        return Operation.of(NftAttrs.NFT_MSG_DELSET, 0, family.value(), "delete set " + family + " " + table + " " + name, w -> {
            KernelNames.put(w, NftAttrs.NFTA_SET_TABLE, table);
            KernelNames.put(w, NftAttrs.NFTA_SET_NAME, name);
        });
    }

    /** {@code nft add set|map …}: the set's operation, {@code setId} its id in the transaction. */
    static Operation add(Family family, String table, String name, SetKeyType key, SetKeyType value, boolean interval,
                         long timeoutMs, int setId) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "set");
        Objects.requireNonNull(key, "key type");
        if (key == SetKeyType.VERDICT) {
            throw new IllegalArgumentException("a verdict cannot be a set key");
        }
        if (timeoutMs < 0) {
            throw new IllegalArgumentException("set timeout must not be negative: " + timeoutMs);
        }
        int flags = (interval ? NftAttrs.NFT_SET_INTERVAL : 0) | (value != null ? NftAttrs.NFT_SET_MAP : 0)
                | (timeoutMs > 0 ? NftAttrs.NFT_SET_TIMEOUT : 0);
        String desc = "add " + (value != null ? "map " : "set ") + family + " " + table + " " + name + " { type " + key
                + (value != null ? " : " + value : "") + "; }";
        return Operation.of(NftAttrs.NFT_MSG_NEWSET, Netlink.NLM_F_CREATE, family.value(), desc, w -> {
            KernelNames.put(w, NftAttrs.NFTA_SET_TABLE, table);
            KernelNames.put(w, NftAttrs.NFTA_SET_NAME, name);
            w.putAttrU32Be(NftAttrs.NFTA_SET_FLAGS, flags);
            w.putAttrU32Be(NftAttrs.NFTA_SET_KEY_TYPE, key.id());
            w.putAttrU32Be(NftAttrs.NFTA_SET_KEY_LEN, key.length());
            if (value != null) {
                w.putAttrU32Be(NftAttrs.NFTA_SET_DATA_TYPE, value == SetKeyType.VERDICT ? 0xFFFFFF00 : value.id());
                w.putAttrU32Be(NftAttrs.NFTA_SET_DATA_LEN, value.length());
            }
            w.putAttrU32Be(NftAttrs.NFTA_SET_ID, setId);
            if (timeoutMs > 0) {
                w.putAttrU64Be(NftAttrs.NFTA_SET_TIMEOUT, timeoutMs);
            }
            w.putAttrBytes(NftAttrs.NFTA_SET_USERDATA, SetUserdata.of(key, value));
        });
    }

    /** The operations that make a rule's anonymous set {@code setId} and its elements. */
    static List<Operation> anonymous(Family family, String table, AnonymousSet anon, int setId) {
        List<Operation> ops = new ArrayList<>();
        SetKeyType key = anon.keyType();
        ops.add(Operation.of(NftAttrs.NFT_MSG_NEWSET, Netlink.NLM_F_CREATE, family.value(),
                "add anonymous set " + family + " " + table + " { type " + key + "; }", w -> {
                    KernelNames.put(w, NftAttrs.NFTA_SET_TABLE, table);
                    KernelNames.put(w, NftAttrs.NFTA_SET_NAME, AnonymousSet.NAME);
                    w.putAttrU32Be(NftAttrs.NFTA_SET_FLAGS, NftAttrs.NFT_SET_ANONYMOUS | NftAttrs.NFT_SET_CONSTANT);
                    w.putAttrU32Be(NftAttrs.NFTA_SET_KEY_TYPE, key.id());
                    w.putAttrU32Be(NftAttrs.NFTA_SET_KEY_LEN, key.length());
                    w.putAttrU32Be(NftAttrs.NFTA_SET_ID, setId);
                    int d = w.beginNested(NftAttrs.NFTA_SET_DESC);
                    w.putAttrU32Be(NftAttrs.NFTA_SET_DESC_SIZE, anon.keys().size());
                    w.endNested(d);
                    w.putAttrBytes(NftAttrs.NFTA_SET_USERDATA, SetUserdata.anonymous(key, anon.protocol()));
                }));
        List<SetElement> elements = anon.keys().stream().map(SetElement::of).toList();
        for (List<SetElement> run : SetElements.split(elements)) {
            ops.add(Operation.of(NftAttrs.NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, family.value(),
                    "add element " + family + " " + table + " anonymous set (" + run.size() + " elements)", w -> {
                        KernelNames.put(w, NftAttrs.NFTA_SET_ELEM_LIST_TABLE, table);
                        KernelNames.put(w, NftAttrs.NFTA_SET_ELEM_LIST_SET, AnonymousSet.NAME);
                        w.putAttrU32Be(NftAttrs.NFTA_SET_ELEM_LIST_SET_ID, setId);
                        SetElements.encode(w, run);
                    }));
        }
        return ops;
    }
}
