package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code lookup}: a register's value in a set ({@code ip saddr @allowed}; {@code [ lookup reg 1 set allowed ]}).
 *
 * @param set            {@code NFTA_LOOKUP_SET}, the set's name (anonymous: {@code __set0} ...)
 * @param setId          {@code NFTA_LOOKUP_SET_ID}: the transaction id of a set made in the same batch, or 0
 * @param sourceRegister {@code NFTA_LOOKUP_SREG}
 * @param destRegister   {@code NFTA_LOOKUP_DREG} for maps, or -1
 * @param inverted       {@code NFT_LOOKUP_F_INV} in {@code NFTA_LOOKUP_FLAGS} ({@code != @set})
 */
public record Lookup(String set, int setId, int sourceRegister, int destRegister, boolean inverted) implements Expression {
    static final int NFTA_LOOKUP_SET = 1;
    static final int NFTA_LOOKUP_SREG = 2;
    static final int NFTA_LOOKUP_DREG = 3;
    static final int NFTA_LOOKUP_SET_ID = 4;
    static final int NFTA_LOOKUP_FLAGS = 5;
    static final int NFT_LOOKUP_F_INV = 1;

    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_LOOKUP_SREG, sourceRegister);
        KernelNames.put(w, NFTA_LOOKUP_SET, set);
        if (setId != 0) {
            w.putAttrU32Be(NFTA_LOOKUP_SET_ID, setId);
        }
        if (destRegister >= 0) {
            w.putAttrU32Be(NFTA_LOOKUP_DREG, destRegister);
        }
        if (inverted) {
            w.putAttrU32Be(NFTA_LOOKUP_FLAGS, NFT_LOOKUP_F_INV);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a set lookup.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        String set = null;
        int setId = 0, sreg = -1, dreg = -1;
        boolean inv = false;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_LOOKUP_SET -> set = KernelNames.read(d);
                case NFTA_LOOKUP_SREG -> sreg = Attr.be32(d);
                case NFTA_LOOKUP_DREG -> dreg = Attr.be32(d);
                case NFTA_LOOKUP_SET_ID -> setId = Attr.be32(d);
                case NFTA_LOOKUP_FLAGS -> inv = (Attr.be32(d) & NFT_LOOKUP_F_INV) != 0;
                default -> {
                    return null;
                }
            }
        }
        return set == null || sreg < 0 ? null : new Lookup(set, setId, sreg, dreg, inv);
    }
}
