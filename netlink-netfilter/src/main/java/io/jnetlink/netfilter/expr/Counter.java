package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.MessageWriter;

/**
 * {@code counter}: nft {@code counter packets P bytes B}. A new counter is sent empty, as nft does.
 *
 * @param packets {@code NFTA_COUNTER_PACKETS}
 * @param bytes   {@code NFTA_COUNTER_BYTES}
 */
public record Counter(long packets, long bytes) implements Expression {
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
}
