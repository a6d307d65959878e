package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code nat}: nft {@code snat to ...} / {@code dnat to ...}
 * ({@code [ nat dnat ip addr_min reg 1 proto_min reg 2 flags 0x2 ]}). Absent registers are 0.
 *
 * @param type             {@code NFTA_NAT_TYPE}: {@link #SNAT} or {@link #DNAT}
 * @param family           {@code NFTA_NAT_FAMILY}: {@code NFPROTO_IPV4} 2 or {@code NFPROTO_IPV6} 10
 * @param addressMinRegister {@code NFTA_NAT_REG_ADDR_MIN}
 * @param addressMaxRegister {@code NFTA_NAT_REG_ADDR_MAX}
 * @param protoMinRegister   {@code NFTA_NAT_REG_PROTO_MIN}
 * @param protoMaxRegister   {@code NFTA_NAT_REG_PROTO_MAX}
 * @param flags            {@code NFTA_NAT_FLAGS}: {@code NF_NAT_RANGE_*}
 */
public record NatExpression(int type, int family, int addressMinRegister, int addressMaxRegister,
                  int protoMinRegister, int protoMaxRegister, int flags) implements Expression {
    static final int NFTA_NAT_TYPE = 1;
    static final int NFTA_NAT_FAMILY = 2;
    static final int NFTA_NAT_REG_ADDR_MIN = 3;
    static final int NFTA_NAT_REG_ADDR_MAX = 4;
    static final int NFTA_NAT_REG_PROTO_MIN = 5;
    static final int NFTA_NAT_REG_PROTO_MAX = 6;
    static final int NFTA_NAT_FLAGS = 7;
    /** {@code NFT_NAT_SNAT}. */
    public static final int SNAT = 0;
    /** {@code NFT_NAT_DNAT}. */
    public static final int DNAT = 1;
    /** {@code NF_NAT_RANGE_MAP_IPS}. */
    public static final int RANGE_MAP_IPS = 1;
    /** {@code NF_NAT_RANGE_PROTO_SPECIFIED}. */
    public static final int RANGE_PROTO_SPECIFIED = 2;
    /** {@code NF_NAT_RANGE_PROTO_RANDOM}: nft {@code random}. */
    public static final int RANGE_PROTO_RANDOM = 4;
    /** {@code NF_NAT_RANGE_PERSISTENT}: nft {@code persistent}. */
    public static final int RANGE_PERSISTENT = 8;
    /** {@code NF_NAT_RANGE_PROTO_RANDOM_FULLY}: nft {@code fully-random}. */
    public static final int RANGE_PROTO_RANDOM_FULLY = 16;

    @Override
    public String name() {
        return "nat";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_NAT_TYPE, type);
        w.putAttrU32Be(NFTA_NAT_FAMILY, family);
        if (addressMinRegister != 0) {
            w.putAttrU32Be(NFTA_NAT_REG_ADDR_MIN, addressMinRegister);
        }
        if (addressMaxRegister != 0) {
            w.putAttrU32Be(NFTA_NAT_REG_ADDR_MAX, addressMaxRegister);
        }
        if (protoMinRegister != 0) {
            w.putAttrU32Be(NFTA_NAT_REG_PROTO_MIN, protoMinRegister);
        }
        if (protoMaxRegister != 0) {
            w.putAttrU32Be(NFTA_NAT_REG_PROTO_MAX, protoMaxRegister);
        }
        if (flags != 0) {
            w.putAttrU32Be(NFTA_NAT_FLAGS, flags);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a nat statement.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int type = -1, family = -1, amin = 0, amax = 0, pmin = 0, pmax = 0, flags = 0;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_NAT_TYPE -> type = Attr.be32(d);
                case NFTA_NAT_FAMILY -> family = Attr.be32(d);
                case NFTA_NAT_REG_ADDR_MIN -> amin = Attr.be32(d);
                case NFTA_NAT_REG_ADDR_MAX -> amax = Attr.be32(d);
                case NFTA_NAT_REG_PROTO_MIN -> pmin = Attr.be32(d);
                case NFTA_NAT_REG_PROTO_MAX -> pmax = Attr.be32(d);
                case NFTA_NAT_FLAGS -> flags = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        return type < 0 || family < 0 ? null : new NatExpression(type, family, amin, amax, pmin, pmax, flags);
    }
}
