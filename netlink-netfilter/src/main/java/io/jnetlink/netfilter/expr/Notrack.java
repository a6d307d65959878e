package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
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

    /**
     * Decodes a {@code notrack} that came with an {@code NFTA_EXPR_DATA}: it has no attributes.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch unused
     * @return the expression, or null to keep it raw when it carries attributes
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        return d.next() ? null : new Notrack();
    }
}
