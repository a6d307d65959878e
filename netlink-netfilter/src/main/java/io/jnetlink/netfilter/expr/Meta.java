package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code meta} load: packet metadata into a register ({@code [ meta load iifname => reg 1 ]}).
 *
 * @param key          {@code NFTA_META_KEY}, one of the {@code NFT_META_*} constants here
 * @param destRegister {@code NFTA_META_DREG}
 */
public record Meta(int key, int destRegister) implements Expression {
    static final int NFTA_META_DREG = 1;
    static final int NFTA_META_KEY = 2;
    static final int NFTA_META_SREG = 3;
    /** {@code NFT_META_LEN}. */
    public static final int LEN = 0;
    /** {@code NFT_META_PROTOCOL}. */
    public static final int PROTOCOL = 1;
    /** {@code NFT_META_PRIORITY}. */
    public static final int PRIORITY = 2;
    /** {@code NFT_META_MARK}: nft {@code meta mark}. */
    public static final int MARK = 3;
    /** {@code NFT_META_IIF}. */
    public static final int IIF = 4;
    /** {@code NFT_META_OIF}. */
    public static final int OIF = 5;
    /** {@code NFT_META_IIFNAME}: nft {@code iifname}. */
    public static final int IIFNAME = 6;
    /** {@code NFT_META_OIFNAME}: nft {@code oifname}. */
    public static final int OIFNAME = 7;
    /** {@code NFT_META_SKUID}. */
    public static final int SKUID = 10;
    /** {@code NFT_META_SKGID}. */
    public static final int SKGID = 11;
    /** {@code NFT_META_NFPROTO}: nft {@code meta nfproto}. */
    public static final int NFPROTO = 15;
    /** {@code NFT_META_L4PROTO}: nft {@code meta l4proto}. */
    public static final int L4PROTO = 16;

    @Override
    public String name() {
        return "meta";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_META_KEY, key);
        w.putAttrU32Be(NFTA_META_DREG, destRegister);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a meta load (meta set is kept raw).
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int key = -1, dreg = -1;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_META_KEY -> key = Attr.be32(d);
                case NFTA_META_DREG -> dreg = Attr.be32(d);
                default -> {
                    return null; // meta set: kept raw
                }
            }
        }
        return key < 0 || dreg < 0 ? null : new Meta(key, dreg);
    }
}
