package io.jnetlink.netfilter.expr;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
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

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a data load, or a verdict when it writes the verdict register.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int dreg = -1;
        NftData data = null;
        Verdict verdict = null;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_IMMEDIATE_DREG -> dreg = Attr.be32(d);
                case NFTA_IMMEDIATE_DATA -> {
                    verdict = Attr.verdict(d, scratch);
                    if (verdict == null) {
                        data = Attr.data(d, scratch);
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (dreg < 0 || (data == null && verdict == null)) {
            throw new NetlinkDecodeException("immediate expression without DREG or DATA", 0);
        }
        if (verdict != null) {
            return dreg == 0 ? new VerdictExpression(verdict) : null;
        }
        return new Immediate(dreg, data);
    }
}
