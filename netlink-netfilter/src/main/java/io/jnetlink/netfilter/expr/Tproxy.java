package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code tproxy}: hands the packet to a local socket at the address/port in registers, nft
 * {@code tproxy to :8080}, {@code tproxy ip to 127.0.0.1:8080} (prerouting only).
 *
 * @param family          {@code NFTA_TPROXY_FAMILY}: {@code NFPROTO_IPV4} 2, {@code NFPROTO_IPV6} 10, {@code NFPROTO_UNSPEC} 0
 * @param addressRegister {@code NFTA_TPROXY_REG_ADDR}, -1 when absent
 * @param portRegister    {@code NFTA_TPROXY_REG_PORT}, -1 when absent
 */
public record Tproxy(int family, int addressRegister, int portRegister) implements Expression {
    static final int NFTA_TPROXY_FAMILY = 1;
    static final int NFTA_TPROXY_REG_ADDR = 2;
    static final int NFTA_TPROXY_REG_PORT = 3;

    @Override
    public String name() {
        return "tproxy";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_TPROXY_FAMILY, family);
        if (addressRegister >= 0) {
            w.putAttrU32Be(NFTA_TPROXY_REG_ADDR, addressRegister);
        }
        if (portRegister >= 0) {
            w.putAttrU32Be(NFTA_TPROXY_REG_PORT, portRegister);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a tproxy.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_TPROXY_REG_PORT);
        return Attr.present(v, NFTA_TPROXY_FAMILY)
                ? new Tproxy((int) v[NFTA_TPROXY_FAMILY], (int) v[NFTA_TPROXY_REG_ADDR], (int) v[NFTA_TPROXY_REG_PORT]) : null;
    }
}
