package io.jnetlink.netfilter;

import io.jnetlink.netfilter.expr.NftData;

import java.util.List;

/** A constant anonymous set a rule builder asked for ({@code tcp dport { 80, 443 }}); made in the rule's transaction. */
record AnonymousSet(SetKeyType keyType, List<NftData> keys, Protocol protocol) {
    /** The name template; the kernel picks the number ({@code __set0}, ...). */
    static final String NAME = "__set%d";
}
