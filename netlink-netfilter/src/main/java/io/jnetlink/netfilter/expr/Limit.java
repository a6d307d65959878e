package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.MessageWriter;

/**
 * {@code limit}: nft {@code limit rate 10/second} ({@code [ limit rate 10/second burst 5 type packets flags 0x0 ]}).
 *
 * @param rate   {@code NFTA_LIMIT_RATE}
 * @param unit   {@code NFTA_LIMIT_UNIT} in seconds (1 second, 60 minute, 3600 hour, 86400 day, 604800 week)
 * @param burst  {@code NFTA_LIMIT_BURST}
 * @param type   {@code NFTA_LIMIT_TYPE}: {@link #PACKETS} or {@link #BYTES}
 * @param flags  {@code NFTA_LIMIT_FLAGS}: {@link #F_INV} for {@code over}
 */
public record Limit(long rate, long unit, int burst, int type, int flags) implements Expression {
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
}
