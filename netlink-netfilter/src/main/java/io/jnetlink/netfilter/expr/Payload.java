package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code payload}: loads {@code length} bytes at {@code offset} of a packet header into a register
 * (nft {@code ip saddr}, {@code tcp dport}, ...; {@code [ payload load 4b @ network header + 12 => reg 1 ]}).
 *
 * @param destRegister {@code NFTA_PAYLOAD_DREG}
 * @param base         {@code NFTA_PAYLOAD_BASE}: {@link #LINK_HEADER}, {@link #NETWORK_HEADER}, {@link #TRANSPORT_HEADER}
 * @param offset       {@code NFTA_PAYLOAD_OFFSET}
 * @param length       {@code NFTA_PAYLOAD_LEN}
 */
public record Payload(int destRegister, int base, int offset, int length) implements Expression {
    static final int NFTA_PAYLOAD_DREG = 1;
    static final int NFTA_PAYLOAD_BASE = 2;
    static final int NFTA_PAYLOAD_OFFSET = 3;
    static final int NFTA_PAYLOAD_LEN = 4;
    static final int NFTA_PAYLOAD_SREG = 5;
    /** {@code NFT_PAYLOAD_LL_HEADER}. */
    public static final int LINK_HEADER = 0;
    /** {@code NFT_PAYLOAD_NETWORK_HEADER}. */
    public static final int NETWORK_HEADER = 1;
    /** {@code NFT_PAYLOAD_TRANSPORT_HEADER}. */
    public static final int TRANSPORT_HEADER = 2;

    @Override
    public String name() {
        return "payload";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_PAYLOAD_DREG, destRegister);
        w.putAttrU32Be(NFTA_PAYLOAD_BASE, base);
        w.putAttrU32Be(NFTA_PAYLOAD_OFFSET, offset);
        w.putAttrU32Be(NFTA_PAYLOAD_LEN, length);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a load (a payload set or checksum update is kept raw).
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int dreg = -1, base = -1, offset = -1, len = -1;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_PAYLOAD_DREG -> dreg = Attr.be32(d);
                case NFTA_PAYLOAD_BASE -> base = Attr.be32(d);
                case NFTA_PAYLOAD_OFFSET -> offset = Attr.be32(d);
                case NFTA_PAYLOAD_LEN -> len = Attr.be32(d);
                default -> {
                    return null; // payload set / checksum: kept raw
                }
            }
        }
        if (dreg < 0 || base < 0 || offset < 0 || len < 0) {
            return null;
        }
        return new Payload(dreg, base, offset, len);
    }
}
