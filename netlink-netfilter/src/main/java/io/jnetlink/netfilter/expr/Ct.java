package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code ct} load: conntrack data of the packet into a register ({@code [ ct load state => reg 1 ]}).
 *
 * @param key          {@code NFTA_CT_KEY}: {@link #STATE}, {@link #STATUS}, {@link #MARK}, ...
 * @param destRegister {@code NFTA_CT_DREG}
 * @param direction    {@code NFTA_CT_DIRECTION} (0 original, 1 reply), or -1 when absent
 */
public record Ct(int key, int destRegister, int direction) implements Expression {
    static final int NFTA_CT_DREG = 1;
    static final int NFTA_CT_KEY = 2;
    static final int NFTA_CT_DIRECTION = 3;
    static final int NFTA_CT_SREG = 4;
    /** {@code NFT_CT_STATE}: nft {@code ct state}. */
    public static final int STATE = 0;
    /** {@code NFT_CT_DIRECTION}. */
    public static final int DIRECTION = 1;
    /** {@code NFT_CT_STATUS}: nft {@code ct status}. */
    public static final int STATUS = 2;
    /** {@code NFT_CT_MARK}: nft {@code ct mark}. */
    public static final int MARK = 3;

    /**
     * A load without direction.
     *
     * @param key the {@code NFT_CT_*} key
     * @param destRegister the register the value is loaded into
     */
    public Ct(int key, int destRegister) {
        this(key, destRegister, -1);
    }

    @Override
    public String name() {
        return "ct";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_CT_KEY, key);
        w.putAttrU32Be(NFTA_CT_DREG, destRegister);
        if (direction >= 0) {
            w.putAttrU8(NFTA_CT_DIRECTION, direction);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a conntrack load (ct set is kept raw).
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int key = -1, dreg = -1, dir = -1;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_CT_KEY -> key = Attr.be32(d);
                case NFTA_CT_DREG -> dreg = Attr.be32(d);
                case NFTA_CT_DIRECTION -> dir = d.u8();
                default -> {
                    return null; // ct set: kept raw
                }
            }
        }
        return key < 0 || dreg < 0 ? null : new Ct(key, dreg, dir);
    }
}
