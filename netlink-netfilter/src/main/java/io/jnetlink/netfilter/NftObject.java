package io.jnetlink.netfilter;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.object.NftObjectData;
import io.jnetlink.netfilter.object.ObjectDataCodec;
import io.jnetlink.netfilter.wire.NftAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named stateful object of a table, as {@code nft list counters} / {@code nft list quotas} /
 * {@code nft list ruleset} show it: a counter, quota, limit, ct helper, ct timeout, ct expectation or
 * synproxy ({@link #data()}), referenced from rules with {@code counter name "c1"}
 * ({@link io.jnetlink.netfilter.expr.Objref}).
 *
 * @param family family of its table
 * @param table table name
 * @param name object name
 * @param handle the kernel's handle
 * @param use how many rules and maps reference it
 * @param data what it holds; its {@code objectType()} is the object's {@code NFT_OBJECT_*} type
 * @param otherAttributes the attributes this version does not model ({@code NFTA_OBJ_USERDATA},
 *        newer ones), kept as they came
 */
public record NftObject(Family family, String table, String name, long handle, int use, NftObjectData data,
                        List<RawAttribute> otherAttributes) {
    /** {@code NFT_OBJECT_COUNTER}: nft {@code counter}. */
    public static final int COUNTER = NftAttrs.NFT_OBJECT_COUNTER;
    /** {@code NFT_OBJECT_QUOTA}: nft {@code quota}. */
    public static final int QUOTA = NftAttrs.NFT_OBJECT_QUOTA;
    /** {@code NFT_OBJECT_CT_HELPER}: nft {@code ct helper}. */
    public static final int CT_HELPER = NftAttrs.NFT_OBJECT_CT_HELPER;
    /** {@code NFT_OBJECT_LIMIT}: nft {@code limit}. */
    public static final int LIMIT = NftAttrs.NFT_OBJECT_LIMIT;
    /** {@code NFT_OBJECT_CT_TIMEOUT}: nft {@code ct timeout}. */
    public static final int CT_TIMEOUT = NftAttrs.NFT_OBJECT_CT_TIMEOUT;
    /** {@code NFT_OBJECT_CT_EXPECT}: nft {@code ct expectation}. */
    public static final int CT_EXPECTATION = NftAttrs.NFT_OBJECT_CT_EXPECT;
    /** {@code NFT_OBJECT_SYNPROXY}: nft {@code synproxy}. */
    public static final int SYNPROXY = NftAttrs.NFT_OBJECT_SYNPROXY;

    /**
     * The canonical constructor: keeps an unmodifiable copy of {@code otherAttributes}.
     *
     * @param family family of its table
     * @param table table name
     * @param name object name
     * @param handle the kernel's handle
     * @param use how many rules and maps reference it
     * @param data what it holds
     * @param otherAttributes the attributes this version does not model, kept as they came
     */
    public NftObject {
        Objects.requireNonNull(data, "data");
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return the {@code NFT_OBJECT_*} type (counter 1, quota 2, ct helper 3, limit 4, ct timeout 7, ct expectation 9, synproxy 10)} */
    public int objectType() {
        return data.objectType();
    }

    /** {@return nft's keyword for the type: {@code counter}, {@code quota}, {@code ct helper}…} */
    public String typeName() {
        return typeName(objectType());
    }

    /**
     * {@return nft's keyword for an object type ({@code NFT_OBJECT_COUNTER} 1 → {@code counter})}
     *
     * @param objectType the {@code NFT_OBJECT_*} type
     */
    public static String typeName(int objectType) {
        return switch (objectType) {
            case NftAttrs.NFT_OBJECT_COUNTER -> "counter";
            case NftAttrs.NFT_OBJECT_QUOTA -> "quota";
            case NftAttrs.NFT_OBJECT_CT_HELPER -> "ct helper";
            case NftAttrs.NFT_OBJECT_LIMIT -> "limit";
            case NftAttrs.NFT_OBJECT_CT_TIMEOUT -> "ct timeout";
            case NftAttrs.NFT_OBJECT_CT_EXPECT -> "ct expectation";
            case NftAttrs.NFT_OBJECT_SYNPROXY -> "synproxy";
            default -> "object type " + objectType;
        };
    }

    @Override
    public String toString() {
        return typeName() + " " + family + " " + table + " " + name;
    }

    /**
     * {@return an {@code NFT_MSG_NEWOBJ} (or {@code NFT_MSG_DELOBJ})}
     *
     * @param m the message, positioned at its header
     * @throws io.jnetlink.core.NetlinkDecodeException when malformed
     */
    public static NftObject decode(MessageReader m) {
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        String table = null, name = null;
        int type = -1, use = 0;
        long handle = 0;
        int dataOffset = -1;
        List<RawAttribute> others = new ArrayList<>();
        while (a.next()) {
            switch (a.type()) {
                case NftAttrs.NFTA_OBJ_TABLE -> table = KernelNames.read(a);
                case NftAttrs.NFTA_OBJ_NAME -> name = KernelNames.read(a);
                case NftAttrs.NFTA_OBJ_TYPE -> type = a.u32Be();
                case NftAttrs.NFTA_OBJ_USE -> use = a.u32Be();
                case NftAttrs.NFTA_OBJ_HANDLE -> handle = a.u64Be();
                case NftAttrs.NFTA_OBJ_DATA -> dataOffset = a.offset();
                default -> others.add(RawAttribute.copyOf(a));
            }
        }
        if (table == null) {
            throw NftMessages.missing(m, "NFTA_OBJ_TABLE");
        }
        if (name == null) {
            throw NftMessages.missing(m, "NFTA_OBJ_NAME");
        }
        if (type < 0) {
            throw NftMessages.missing(m, "NFTA_OBJ_TYPE");
        }
        NftObjectData data = dataOffset < 0 ? new io.jnetlink.netfilter.object.RawObjectData(type, new byte[0])
                : ObjectDataCodec.decode(type, at(a, dataOffset));
        return new NftObject(family, table, name, handle, use, data, others);
    }

    /** A reader on the attribute that starts at {@code offset} of the one {@code a} walked. */
    private static AttributeReader at(AttributeReader a, int offset) {
        AttributeReader r = new AttributeReader().wrap(a.buffer(), offset, a.buffer().limit() - offset);
        r.next();
        return r;
    }

    /**
     * Writes the object's attributes as nft sends them to create it (table, name, type, data), then
     * the attributes not modelled as they came.
     *
     * @param w the message being written, after its {@code nfgenmsg}
     */
    void encodeAttributes(MessageWriter w) {
        encodeNew(w, table, name, data);
        RawAttributes.write(w, otherAttributes);
    }

    private static void encodeNew(MessageWriter w, String table, String name, NftObjectData data) {
        KernelNames.put(w, NftAttrs.NFTA_OBJ_TABLE, table);
        KernelNames.put(w, NftAttrs.NFTA_OBJ_NAME, name);
        w.putAttrU32Be(NftAttrs.NFTA_OBJ_TYPE, data.objectType());
        int d = w.beginNested(NftAttrs.NFTA_OBJ_DATA);
        data.encodeObject(w);
        w.endNested(d);
    }

    /** Writes table, name, type and an empty {@code NFTA_OBJ_DATA}, as nft does to name an object. */
    static void encodeKey(MessageWriter w, String table, String name, int objectType) {
        KernelNames.put(w, NftAttrs.NFTA_OBJ_TABLE, table);
        KernelNames.put(w, NftAttrs.NFTA_OBJ_NAME, name);
        w.putAttrU32Be(NftAttrs.NFTA_OBJ_TYPE, objectType);
        w.endNested(w.beginNested(NftAttrs.NFTA_OBJ_DATA));
    }

    static void check(Family family, String table, String name, int objectType) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "object");
        if (objectType <= 0) {
            throw new IllegalArgumentException("objectType must be an NFT_OBJECT_* type (> 0): " + objectType);
        }
    }

    private record Key(Family family, String table, String name, int type) {
    }

    /** How {@link NftEvents} follows an object: by family, table, name and type; {@code use} is not notified. */
    static NftFollowed followed(NftObject o) {
        return new NftFollowed(new Key(o.family, o.table, o.name, o.objectType()),
                new NftObject(o.family, o.table, o.name, o.handle, 0, o.data, o.otherAttributes),
                type -> new NftObjectEvent(type, o));
    }

    // ---- requests: the operations a Transaction adds

    /** {@code nft add counter|quota|limit|ct helper|… FAMILY TABLE NAME { … }}. */
    static Operation add(Family family, String table, String name, NftObjectData data) {
        Objects.requireNonNull(data, "data");
        check(family, table, name, data.objectType());
        return Operation.of(NftAttrs.NFT_MSG_NEWOBJ, Netlink.NLM_F_CREATE, family.value(),
                "add " + typeName(data.objectType()) + " " + family + " " + table + " " + name,
                w -> encodeNew(w, table, name, data));
    }

    /** {@code nft delete counter|quota|… FAMILY TABLE NAME}. */
    static Operation delete(Family family, String table, String name, int objectType) {
        check(family, table, name, objectType);
        return Operation.of(NftAttrs.NFT_MSG_DELOBJ, 0, family.value(),
                "delete " + typeName(objectType) + " " + family + " " + table + " " + name,
                w -> encodeKey(w, table, name, objectType));
    }
}
