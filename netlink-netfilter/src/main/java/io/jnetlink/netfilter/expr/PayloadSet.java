package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code payload} set: writes a register into a packet header, fixing its checksum, nft
 * {@code tcp dport set 8080} ({@code [ payload write reg 1 => 2b @ transport header + 2 csum_type 1 csum_off 16 ]}).
 *
 * @param sourceRegister {@code NFTA_PAYLOAD_SREG}
 * @param base           {@code NFTA_PAYLOAD_BASE}: {@link Payload#LINK_HEADER}, {@link Payload#NETWORK_HEADER}, {@link Payload#TRANSPORT_HEADER}
 * @param offset         {@code NFTA_PAYLOAD_OFFSET}
 * @param length         {@code NFTA_PAYLOAD_LEN}
 * @param checksumType   {@code NFTA_PAYLOAD_CSUM_TYPE}: 0 none, 1 inet, 2 sctp
 * @param checksumOffset {@code NFTA_PAYLOAD_CSUM_OFFSET}
 * @param checksumFlags  {@code NFTA_PAYLOAD_CSUM_FLAGS}: {@code NFT_PAYLOAD_L4CSUM_PSEUDOHDR} 1 (sent when not 0)
 */
public record PayloadSet(int sourceRegister, int base, int offset, int length, int checksumType, int checksumOffset,
                         int checksumFlags) implements Expression {
    static final int NFTA_PAYLOAD_CSUM_TYPE = 6;
    static final int NFTA_PAYLOAD_CSUM_OFFSET = 7;
    static final int NFTA_PAYLOAD_CSUM_FLAGS = 8;

    @Override
    public String name() {
        return "payload";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(Payload.NFTA_PAYLOAD_SREG, sourceRegister);
        w.putAttrU32Be(Payload.NFTA_PAYLOAD_BASE, base);
        w.putAttrU32Be(Payload.NFTA_PAYLOAD_OFFSET, offset);
        w.putAttrU32Be(Payload.NFTA_PAYLOAD_LEN, length);
        w.putAttrU32Be(NFTA_PAYLOAD_CSUM_TYPE, checksumType);
        w.putAttrU32Be(NFTA_PAYLOAD_CSUM_OFFSET, checksumOffset);
        if (checksumFlags != 0) {
            w.putAttrU32Be(NFTA_PAYLOAD_CSUM_FLAGS, checksumFlags);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a payload write.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (a load, or attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long[] v = Attr.be32Fields(d, NFTA_PAYLOAD_CSUM_FLAGS);
        if (!Attr.present(v, Payload.NFTA_PAYLOAD_SREG, Payload.NFTA_PAYLOAD_BASE, Payload.NFTA_PAYLOAD_OFFSET,
                Payload.NFTA_PAYLOAD_LEN) || v[Payload.NFTA_PAYLOAD_DREG] >= 0) {
            return null;
        }
        return new PayloadSet((int) v[Payload.NFTA_PAYLOAD_SREG], (int) v[Payload.NFTA_PAYLOAD_BASE],
                (int) v[Payload.NFTA_PAYLOAD_OFFSET], (int) v[Payload.NFTA_PAYLOAD_LEN], (int) Math.max(0, v[NFTA_PAYLOAD_CSUM_TYPE]),
                (int) Math.max(0, v[NFTA_PAYLOAD_CSUM_OFFSET]), (int) Math.max(0, v[NFTA_PAYLOAD_CSUM_FLAGS]));
    }
}
