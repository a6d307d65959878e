package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.MessageWriter;

/** {@code notrack}: nft {@code notrack}; the packet skips connection tracking. */
public record Notrack() implements Expression {
    @Override
    public String name() {
        return "notrack";
    }

    @Override
    public void encodeData(MessageWriter w) {
        // no attributes
    }
}
