package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.object.NftObjectData;
import io.jnetlink.netfilter.wire.NftAttrs;

/**
 * {@code limit}: nft {@code limit rate 10/second} ({@code [ limit rate 10/second burst 5 type packets flags 0x0 ]}),
 * in a rule or as a named object ({@code nft add limit FAMILY TABLE NAME { rate 10/second; }}).
 *
 * @param rate   {@code NFTA_LIMIT_RATE}
 * @param unit   {@code NFTA_LIMIT_UNIT} in seconds (1 second, 60 minute, 3600 hour, 86400 day, 604800 week)
 * @param burst  {@code NFTA_LIMIT_BURST}
 * @param type   {@code NFTA_LIMIT_TYPE}: {@link #PACKETS} or {@link #BYTES}
 * @param flags  {@code NFTA_LIMIT_FLAGS}: {@link #F_INV} for {@code over}
 */
public record Limit(long rate, long unit, int burst, int type, int flags) implements Expression, NftObjectData {
    static final int NFTA_LIMIT_RATE = 1;
    static final int NFTA_LIMIT_UNIT = 2;
    static final int NFTA_LIMIT_BURST = 3;
    static final int NFTA_LIMIT_TYPE = 4;
    static final int NFTA_LIMIT_FLAGS = 5;
    /** {@code NFT_LIMIT_PKTS}. */
    public static final int PACKETS = 0;
    /** {@code NFT_LIMIT_PKT_BYTES}. */
    public static final int BYTES = 1;
    /** {@code NFT_LIMIT_F_INV}. */
    public static final int F_INV = 1;

    @Override
    public String name() {
        return "limit";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU64Be(NFTA_LIMIT_RATE, rate);
        w.putAttrU64Be(NFTA_LIMIT_UNIT, unit);
        w.putAttrU32Be(NFTA_LIMIT_BURST, burst);
        w.putAttrU32Be(NFTA_LIMIT_TYPE, type);
        w.putAttrU32Be(NFTA_LIMIT_FLAGS, flags);
    }

    @Override
    public int objectType() {
        return NftAttrs.NFT_OBJECT_LIMIT;
    }

    @Override
    public void encodeObject(MessageWriter w) {
        encodeData(w);
    }

    /** As nft prints it: {@code rate [over] 10/second[ burst 3 packets]}, byte rates in their largest unit. */
    @Override
    public String renderObject() {
        String over = (flags & F_INV) != 0 ? "over " : "";
        if (type == BYTES) {
            String[] rateParts = NftUnits.bytes(rate).split(" ");
            return "rate " + over + rateParts[0] + " " + rateParts[1] + "/" + NftUnits.timeUnit(unit)
                    + (burst != 0 ? " burst " + NftUnits.bytes(Integer.toUnsignedLong(burst)) : "");
        }
        return "rate " + over + rate + "/" + NftUnits.timeUnit(unit) + (burst != 5 && burst != 0 ? " burst " + burst + " packets" : "");
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a limit.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        long rate = -1, unit = -1;
        int burst = 0, type = 0, flags = 0;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_LIMIT_RATE -> rate = Attr.be64(d);
                case NFTA_LIMIT_UNIT -> unit = Attr.be64(d);
                case NFTA_LIMIT_BURST -> burst = Attr.be32(d);
                case NFTA_LIMIT_TYPE -> type = Attr.be32(d);
                case NFTA_LIMIT_FLAGS -> flags = Attr.be32(d);
                case 6 -> {
                    // NFTA_LIMIT_PAD
                }
                default -> {
                    return null;
                }
            }
        }
        return rate < 0 || unit < 0 ? null : new Limit(rate, unit, burst, type, flags);
    }
}
