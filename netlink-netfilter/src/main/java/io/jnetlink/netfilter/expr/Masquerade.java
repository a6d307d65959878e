package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code masq}: nft {@code masquerade [to :PORT[-PORT]] [random|fully-random|persistent]} ({@code [ masq ]}).
 *
 * @param flags            {@code NFTA_MASQ_FLAGS} ({@code NF_NAT_RANGE_*}), 0 for none
 * @param protoMinRegister {@code NFTA_MASQ_REG_PROTO_MIN}, 0 for none
 * @param protoMaxRegister {@code NFTA_MASQ_REG_PROTO_MAX}, 0 for none
 */
public record Masquerade(int flags, int protoMinRegister, int protoMaxRegister) implements Expression {
    static final int NFTA_MASQ_FLAGS = 1;
    static final int NFTA_MASQ_REG_PROTO_MIN = 2;
    static final int NFTA_MASQ_REG_PROTO_MAX = 3;

    /** Plain {@code masquerade}. */
    public Masquerade() {
        this(0, 0, 0);
    }

    @Override
    public String name() {
        return "masq";
    }

    @Override
    public void encodeData(MessageWriter w) {
        if (flags != 0) {
            w.putAttrU32Be(NFTA_MASQ_FLAGS, flags);
        }
        if (protoMinRegister != 0) {
            w.putAttrU32Be(NFTA_MASQ_REG_PROTO_MIN, protoMinRegister);
        }
        if (protoMaxRegister != 0) {
            w.putAttrU32Be(NFTA_MASQ_REG_PROTO_MAX, protoMaxRegister);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a masquerade.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int flags = 0, pmin = 0, pmax = 0;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_MASQ_FLAGS -> flags = Attr.be32(d);
                case NFTA_MASQ_REG_PROTO_MIN -> pmin = Attr.be32(d);
                case NFTA_MASQ_REG_PROTO_MAX -> pmax = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        return new Masquerade(flags, pmin, pmax);
    }
}
