package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code objref}: a rule's reference to a named stateful object, nft {@code counter name "c1"},
 * {@code quota name "q1"}, {@code limit name "l1"} ({@link #named}), or to the object a map gives
 * for the packet's key, nft {@code counter name ip saddr map @m} ({@link #inMap}).
 *
 * @param objectType  {@code NFTA_OBJREF_IMM_TYPE} ({@code NFT_OBJECT_*}), 0 for a map reference
 * @param objectName  {@code NFTA_OBJREF_IMM_NAME}, null for a map reference
 * @param setRegister {@code NFTA_OBJREF_SET_SREG}, 0 for a named reference
 * @param setName     {@code NFTA_OBJREF_SET_NAME}, null for a named reference
 * @param setId       {@code NFTA_OBJREF_SET_ID} (a map made in the same transaction), 0 when absent
 */
public record Objref(int objectType, String objectName, int setRegister, String setName, int setId) implements Expression {
    static final int NFTA_OBJREF_IMM_TYPE = 1;
    static final int NFTA_OBJREF_IMM_NAME = 2;
    static final int NFTA_OBJREF_SET_SREG = 3;
    static final int NFTA_OBJREF_SET_NAME = 4;
    static final int NFTA_OBJREF_SET_ID = 5;

    /**
     * Checks that exactly one of {@code objectName} and {@code setName} is given.
     *
     * @param objectType the {@code NFT_OBJECT_*} type of a named reference
     * @param objectName the object's name, or null
     * @param setRegister the register holding the key of a map reference
     * @param setName the map's name, or null
     * @param setId the map's transaction id, or 0
     */
    public Objref {
        if ((objectName == null) == (setName == null)) {
            throw new IllegalArgumentException("objref needs exactly one of objectName and setName");
        }
    }

    /**
     * {@return nft {@code counter name "NAME"} (type {@code NFT_OBJECT_COUNTER} 1), {@code quota name …} (2), {@code limit name …} (4)}
     *
     * @param objectType the {@code NFT_OBJECT_*} type
     * @param objectName the object's name
     */
    public static Objref named(int objectType, String objectName) {
        return new Objref(objectType, objectName, 0, null, 0);
    }

    /**
     * {@return the object an object map gives for the key in {@code setRegister}}
     *
     * @param setRegister the register holding the key
     * @param setName the object map's name
     */
    public static Objref inMap(int setRegister, String setName) {
        return new Objref(0, null, setRegister, setName, 0);
    }

    @Override
    public String name() {
        return "objref";
    }

    @Override
    public void encodeData(MessageWriter w) {
        if (objectName != null) {
            w.putAttrU32Be(NFTA_OBJREF_IMM_TYPE, objectType);
            // nft sends the name without its NUL (mnl_attr_put_str)
            w.putAttrBytes(NFTA_OBJREF_IMM_NAME, KernelNames.encode(objectName));
        } else {
            w.putAttrU32Be(NFTA_OBJREF_SET_SREG, setRegister);
            KernelNames.put(w, NFTA_OBJREF_SET_NAME, setName);
            if (setId != 0) {
                w.putAttrU32Be(NFTA_OBJREF_SET_ID, setId);
            }
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of an object reference.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int type = 0, sreg = 0, id = 0;
        String name = null, set = null;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_OBJREF_IMM_TYPE -> type = Attr.be32(d);
                case NFTA_OBJREF_IMM_NAME -> name = KernelNames.read(d);
                case NFTA_OBJREF_SET_SREG -> sreg = Attr.be32(d);
                case NFTA_OBJREF_SET_NAME -> set = KernelNames.read(d);
                case NFTA_OBJREF_SET_ID -> id = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        return (name == null) == (set == null) ? null : new Objref(type, name, sreg, set, id);
    }
}
