package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code match}: an iptables (xtables) match run by nf_tables, as iptables-nft writes it for
 * {@code -m addrtype}, {@code -m conntrack}, {@code -m multiport}… (nft prints its translation, e.g.
 * {@code fib daddr type local}, or {@code xt match "NAME"}). The info is the match's own C struct,
 * kept as bytes.
 *
 * @param matchName {@code NFTA_MATCH_NAME}, e.g. {@code "conntrack"}
 * @param revision  {@code NFTA_MATCH_REV}
 * @param info      {@code NFTA_MATCH_INFO}: the {@code struct xt_*_info} bytes, host order
 */
public record CompatMatch(String matchName, int revision, NftData info) implements Expression {
    @Override
    public String name() {
        return "match";
    }

    @Override
    public void encodeData(MessageWriter w) {
        Compat.encode(w, matchName, revision, info);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a compat match.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        Compat c = Compat.decode(d);
        return c == null ? null : new CompatMatch(c.name(), c.revision(), c.info());
    }
}
