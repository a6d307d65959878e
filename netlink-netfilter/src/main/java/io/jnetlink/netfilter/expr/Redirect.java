package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code redir}: nft {@code redirect [to :PORT]} ({@code [ redir proto_min reg 1 flags 0x2 ]}).
 *
 * @param protoMinRegister {@code NFTA_REDIR_REG_PROTO_MIN}, 0 for none
 * @param protoMaxRegister {@code NFTA_REDIR_REG_PROTO_MAX}, 0 for none
 * @param flags            {@code NFTA_REDIR_FLAGS}, 0 for none
 */
public record Redirect(int protoMinRegister, int protoMaxRegister, int flags) implements Expression {
    static final int NFTA_REDIR_REG_PROTO_MIN = 1;
    static final int NFTA_REDIR_REG_PROTO_MAX = 2;
    static final int NFTA_REDIR_FLAGS = 3;

    @Override
    public String name() {
        return "redir";
    }

    @Override
    public void encodeData(MessageWriter w) {
        if (protoMinRegister != 0) {
            w.putAttrU32Be(NFTA_REDIR_REG_PROTO_MIN, protoMinRegister);
        }
        if (protoMaxRegister != 0) {
            w.putAttrU32Be(NFTA_REDIR_REG_PROTO_MAX, protoMaxRegister);
        }
        if (flags != 0) {
            w.putAttrU32Be(NFTA_REDIR_FLAGS, flags);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a redirect.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int flags = 0, pmin = 0, pmax = 0;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_REDIR_REG_PROTO_MIN -> pmin = Attr.be32(d);
                case NFTA_REDIR_REG_PROTO_MAX -> pmax = Attr.be32(d);
                case NFTA_REDIR_FLAGS -> flags = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        return new Redirect(pmin, pmax, flags);
    }
}
