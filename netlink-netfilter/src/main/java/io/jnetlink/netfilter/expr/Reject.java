package io.jnetlink.netfilter.expr;

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
}
