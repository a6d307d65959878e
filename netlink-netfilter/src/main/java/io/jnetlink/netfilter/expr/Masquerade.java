package io.jnetlink.netfilter.expr;

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
}
