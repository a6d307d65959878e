package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.KernelNames;
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
}
