package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.object.NftObjectData;
import io.jnetlink.netfilter.wire.NftAttrs;

/**
 * {@code quota}: nft {@code quota over 100 mbytes used 10 mbytes}, in a rule or as a named object
 * ({@code nft add quota FAMILY TABLE NAME { over 100 mbytes; }}).
 *
 * @param bytes    {@code NFTA_QUOTA_BYTES}
 * @param consumed {@code NFTA_QUOTA_CONSUMED}: bytes used so far
 * @param flags    {@code NFTA_QUOTA_FLAGS}: {@link #F_INV} for {@code over}, {@code NFT_QUOTA_F_DEPLETED} 2
 */
public record Quota(long bytes, long consumed, int flags) implements Expression, NftObjectData {
    static final int NFTA_QUOTA_BYTES = 1;
    static final int NFTA_QUOTA_FLAGS = 2;
    static final int NFTA_QUOTA_PAD = 3;
    static final int NFTA_QUOTA_CONSUMED = 4;
    /** {@code NFT_QUOTA_F_INV}: nft {@code over}. */
    public static final int F_INV = 1;

    /**
     * Checks the arguments.
     *
     * @param bytes the quota in bytes, at least 0
     * @param consumed the bytes used, at least 0
     * @param flags the {@code NFT_QUOTA_F_*} flags
     */
    public Quota {
        if (bytes < 0) {
            throw new IllegalArgumentException("quota bytes must be at least 0: " + bytes);
        }
        if (consumed < 0) {
            throw new IllegalArgumentException("quota consumed must be at least 0: " + consumed);
        }
    }

    @Override
    public String name() {
        return "quota";
    }

    /** nft's order: bytes, consumed, flags. */
    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU64Be(NFTA_QUOTA_BYTES, bytes);
        w.putAttrU64Be(NFTA_QUOTA_CONSUMED, consumed);
        w.putAttrU32Be(NFTA_QUOTA_FLAGS, flags);
    }

    @Override
    public int objectType() {
        return NftAttrs.NFT_OBJECT_QUOTA;
    }

    @Override
    public void encodeObject(MessageWriter w) {
        encodeData(w);
    }

    /** As nft prints it: {@code [over ]100 mbytes[ used 10 mbytes]}. */
    @Override
    public String renderObject() {
        return ((flags & F_INV) != 0 ? "over " : "") + NftUnits.bytes(bytes)
                + (consumed > 0 ? " used " + NftUnits.bytes(consumed) : "");
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a quota.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long bytes = -1, consumed = 0;
        int flags = 0;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_QUOTA_BYTES -> bytes = Attr.be64(d);
                case NFTA_QUOTA_CONSUMED -> consumed = Attr.be64(d);
                case NFTA_QUOTA_FLAGS -> flags = Attr.be32(d);
                case NFTA_QUOTA_PAD -> {
                    // alignment only
                }
                default -> {
                    return null;
                }
            }
        }
        return bytes < 0 || consumed < 0 ? null : new Quota(bytes, consumed, flags);
    }
}
