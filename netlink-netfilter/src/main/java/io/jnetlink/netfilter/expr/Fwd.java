package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code fwd} (netdev family): forwards the packet out of the device in a register, nft
 * {@code fwd to "eth0"}, or to a neighbour, {@code fwd ip to 10.0.0.1 device "eth0"}.
 *
 * @param deviceRegister  {@code NFTA_FWD_SREG_DEV}
 * @param addressRegister {@code NFTA_FWD_SREG_ADDR}, -1 when absent
 * @param nfproto         {@code NFTA_FWD_NFPROTO} of the address ({@code NFPROTO_IPV4} 2, {@code NFPROTO_IPV6} 10), -1 when absent
 */
public record Fwd(int deviceRegister, int addressRegister, int nfproto) implements Expression {
    static final int NFTA_FWD_SREG_DEV = 1;
    static final int NFTA_FWD_SREG_ADDR = 2;
    static final int NFTA_FWD_NFPROTO = 3;

    @Override
    public String name() {
        return "fwd";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_FWD_SREG_DEV, deviceRegister);
        if (addressRegister >= 0) {
            w.putAttrU32Be(NFTA_FWD_SREG_ADDR, addressRegister);
        }
        if (nfproto >= 0) {
            w.putAttrU32Be(NFTA_FWD_NFPROTO, nfproto);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a fwd.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_FWD_NFPROTO);
        return Attr.present(v, NFTA_FWD_SREG_DEV)
                ? new Fwd((int) v[NFTA_FWD_SREG_DEV], (int) v[NFTA_FWD_SREG_ADDR], (int) v[NFTA_FWD_NFPROTO]) : null;
    }
}
