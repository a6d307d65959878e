package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code dup}: sends a copy of the packet to the address (and device) in registers, nft
 * {@code dup to 10.0.0.1 device "lo"}.
 *
 * @param addressRegister {@code NFTA_DUP_SREG_ADDR}
 * @param deviceRegister  {@code NFTA_DUP_SREG_DEV}, -1 when absent
 */
public record Dup(int addressRegister, int deviceRegister) implements Expression {
    static final int NFTA_DUP_SREG_ADDR = 1;
    static final int NFTA_DUP_SREG_DEV = 2;

    @Override
    public String name() {
        return "dup";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_DUP_SREG_ADDR, addressRegister);
        if (deviceRegister >= 0) {
            w.putAttrU32Be(NFTA_DUP_SREG_DEV, deviceRegister);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a dup.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_DUP_SREG_DEV);
        return Attr.present(v, NFTA_DUP_SREG_ADDR) ? new Dup((int) v[NFTA_DUP_SREG_ADDR], (int) v[NFTA_DUP_SREG_DEV]) : null;
    }
}
