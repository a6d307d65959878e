package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code target}: an iptables (xtables) target run by nf_tables, as iptables-nft writes it for
 * {@code -j MASQUERADE}, {@code -j DNAT}, {@code -j TCPMSS}, {@code -j CHECKSUM}… (nft prints its
 * translation, e.g. {@code masquerade}, or {@code xt target "NAME"}). The info is the target's own C
 * struct, kept as bytes.
 *
 * @param targetName {@code NFTA_TARGET_NAME}, e.g. {@code "MASQUERADE"}
 * @param revision   {@code NFTA_TARGET_REV}
 * @param info       {@code NFTA_TARGET_INFO}: the target's struct bytes, host order
 */
public record CompatTarget(String targetName, int revision, NftData info) implements Expression {
    @Override
    public String name() {
        return "target";
    }

    @Override
    public void encodeData(MessageWriter w) {
        Compat.encode(w, targetName, revision, info);
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a compat target.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        Compat c = Compat.decode(d);
        return c == null ? null : new CompatTarget(c.name(), c.revision(), c.info());
    }
}
