package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code reject}: nft {@code reject}, {@code reject with tcp reset} ({@code [ reject type 1 code 0 ]}).
 *
 * @param type     {@code NFTA_REJECT_TYPE}: {@link #ICMP_UNREACH}, {@link #TCP_RST}, {@link #ICMPX_UNREACH}
 * @param icmpCode {@code NFTA_REJECT_ICMP_CODE}
 */
public record Reject(int type, int icmpCode) implements Expression {
    static final int NFTA_REJECT_TYPE = 1;
    static final int NFTA_REJECT_ICMP_CODE = 2;
    /** {@code NFT_REJECT_ICMP_UNREACH}. */
    public static final int ICMP_UNREACH = 0;
    /** {@code NFT_REJECT_TCP_RST}. */
    public static final int TCP_RST = 1;
    /** {@code NFT_REJECT_ICMPX_UNREACH}. */
    public static final int ICMPX_UNREACH = 2;

    @Override
    public String name() {
        return "reject";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_REJECT_TYPE, type);
        w.putAttrU8(NFTA_REJECT_ICMP_CODE, icmpCode);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a reject.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int type = -1, code = 0;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_REJECT_TYPE -> type = Attr.be32(d);
                case NFTA_REJECT_ICMP_CODE -> code = d.u8();
                default -> {
                    return null;
                }
            }
        }
        return type < 0 ? null : new Reject(type, code);
    }
}
