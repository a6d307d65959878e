package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code exthdr}: an IPv6 extension header, TCP option or IPv4 option field into a register
 * ({@code destRegister} ≥ 0, nft {@code tcp option maxseg size 1400}) or from one
 * ({@code sourceRegister} ≥ 0, nft {@code tcp option maxseg size set 1360}).
 *
 * @param destRegister   {@code NFTA_EXTHDR_DREG}, -1 for a write
 * @param sourceRegister {@code NFTA_EXTHDR_SREG}, -1 for a load
 * @param type           {@code NFTA_EXTHDR_TYPE} (u8: the option or header number, 2 = maxseg)
 * @param offset         {@code NFTA_EXTHDR_OFFSET}
 * @param length         {@code NFTA_EXTHDR_LEN}
 * @param op             {@code NFTA_EXTHDR_OP}: {@link #IPV6} 0, {@link #TCPOPT} 1, {@link #IPV4} 2, {@link #SCTP} 3
 * @param flags          {@code NFTA_EXTHDR_FLAGS}: {@code NFT_EXTHDR_F_PRESENT} 1 (a load sends it, 0 too; never sent for a write), -1 when absent
 */
public record Exthdr(int destRegister, int sourceRegister, int type, int offset, int length, int op, int flags)
        implements Expression {
    static final int NFTA_EXTHDR_DREG = 1;
    static final int NFTA_EXTHDR_TYPE = 2;
    static final int NFTA_EXTHDR_OFFSET = 3;
    static final int NFTA_EXTHDR_LEN = 4;
    static final int NFTA_EXTHDR_FLAGS = 5;
    static final int NFTA_EXTHDR_OP = 6;
    static final int NFTA_EXTHDR_SREG = 7;
    /** {@code NFT_EXTHDR_OP_IPV6}. */
    public static final int IPV6 = 0;
    /** {@code NFT_EXTHDR_OP_TCPOPT}: nft {@code tcp option}. */
    public static final int TCPOPT = 1;
    /** {@code NFT_EXTHDR_OP_IPV4}. */
    public static final int IPV4 = 2;
    /** {@code NFT_EXTHDR_OP_SCTP}. */
    public static final int SCTP = 3;

    @Override
    public String name() {
        return "exthdr";
    }

    /** nft's order: register, type, offset, len, op, then flags for a load. */
    @Override
    public void encodeData(MessageWriter w) {
        if (destRegister >= 0) {
            w.putAttrU32Be(NFTA_EXTHDR_DREG, destRegister);
        } else {
            w.putAttrU32Be(NFTA_EXTHDR_SREG, sourceRegister);
        }
        w.putAttrU8(NFTA_EXTHDR_TYPE, type);
        w.putAttrU32Be(NFTA_EXTHDR_OFFSET, offset);
        w.putAttrU32Be(NFTA_EXTHDR_LEN, length);
        w.putAttrU32Be(NFTA_EXTHDR_OP, op);
        if (flags >= 0 && destRegister >= 0) { // the kernel lists flags 0 for a write, but refuses them there (EINVAL)
            w.putAttrU32Be(NFTA_EXTHDR_FLAGS, flags);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of an extension header load or write.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int dreg = -1, sreg = -1, type = -1, offset = -1, len = -1, op = 0, flags = -1;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_EXTHDR_DREG -> dreg = Attr.be32(d);
                case NFTA_EXTHDR_SREG -> sreg = Attr.be32(d);
                case NFTA_EXTHDR_TYPE -> type = d.u8();
                case NFTA_EXTHDR_OFFSET -> offset = Attr.be32(d);
                case NFTA_EXTHDR_LEN -> len = Attr.be32(d);
                case NFTA_EXTHDR_OP -> op = Attr.be32(d);
                case NFTA_EXTHDR_FLAGS -> flags = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        if ((dreg < 0) == (sreg < 0) || type < 0 || offset < 0 || len < 0) {
            return null;
        }
        return new Exthdr(dreg, sreg, type, offset, len, op, flags);
    }
}
