package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.MessageWriter;

/**
 * {@code immediate} data into a data register ({@code [ immediate reg 1 0x020fa8c0 ]}); verdicts are
 * {@link VerdictExpression}.
 *
 * @param destRegister {@code NFTA_IMMEDIATE_DREG} (not 0)
 * @param data         {@code NFTA_IMMEDIATE_DATA}
 */
public record Immediate(int destRegister, NftData data) implements Expression {
    static final int NFTA_IMMEDIATE_DREG = 1;
    static final int NFTA_IMMEDIATE_DATA = 2;

    @Override
    public String name() {
        return "immediate";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_IMMEDIATE_DREG, destRegister);
        Attr.putData(w, NFTA_IMMEDIATE_DATA, data);
    }
}
