package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.object.NftObjectData;
import io.jnetlink.netfilter.wire.NftAttrs;

/**
 * {@code counter}: nft {@code counter packets P bytes B}, in a rule (a new one is sent empty, as nft
 * does) or as a named object ({@code nft add counter FAMILY TABLE NAME}, sent with both values).
 *
 * @param packets {@code NFTA_COUNTER_PACKETS}
 * @param bytes   {@code NFTA_COUNTER_BYTES}
 */
public record Counter(long packets, long bytes) implements Expression, NftObjectData {
    static final int NFTA_COUNTER_BYTES = 1;
    static final int NFTA_COUNTER_PACKETS = 2;

    /** A new counter at zero. */
    public Counter() {
        this(0, 0);
    }

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public void encodeData(MessageWriter w) {
        if (packets != 0 || bytes != 0) {
            w.putAttrU64Be(NFTA_COUNTER_BYTES, bytes);
            w.putAttrU64Be(NFTA_COUNTER_PACKETS, packets);
        }
    }

    @Override
    public int objectType() {
        return NftAttrs.NFT_OBJECT_COUNTER;
    }

    /** nft sends a counter object's values even when zero. */
    @Override
    public void encodeObject(MessageWriter w) {
        w.putAttrU64Be(NFTA_COUNTER_BYTES, bytes);
        w.putAttrU64Be(NFTA_COUNTER_PACKETS, packets);
    }

    @Override
    public String renderObject() {
        return "packets " + Long.toUnsignedString(packets) + " bytes " + Long.toUnsignedString(bytes);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a counter.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long packets = 0, bytes = 0;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_COUNTER_BYTES -> bytes = Attr.be64(d);
                case NFTA_COUNTER_PACKETS -> packets = Attr.be64(d);
                case 3 -> {
                    // NFTA_COUNTER_PAD
                }
                default -> {
                    return null;
                }
            }
        }
        return new Counter(packets, bytes);
    }
}
