package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.MessageWriter;

/**
 * One nf_tables expression of a rule ({@code NFTA_LIST_ELEM} holding {@code NFTA_EXPR_NAME} and
 * {@code NFTA_EXPR_DATA}). Every kind the library knows encodes and decodes itself; anything else is
 * kept as {@link RawExpression}, byte for byte. Registers use the kernel's numbering:
 * {@code NFT_REG_VERDICT} 0, {@code NFT_REG_1..4} 1..4, {@code NFT_REG32_00..15} 8..23.
 */
public sealed interface Expression
        permits Payload, Cmp, Bitwise, Meta, Ct, Immediate, VerdictExpression, Lookup, Counter, Limit, Log,
        Reject, NatExpression, Masquerade, Redirect, Notrack, Quota, Objref, Dynset, PayloadSet, MetaSet, CtSet, Fib, Socket,
        Numgen, Hash, Range, Exthdr, Dup, Fwd, Tproxy, Queue, Rt, CompatMatch, CompatTarget, RawExpression {

    /** {@return the expression's {@code NFTA_EXPR_NAME}, e.g. {@code "payload"}} */
    String name();

    /**
     * Writes the attributes inside {@code NFTA_EXPR_DATA}.
     *
     * @param w the writer to append to
     */
    void encodeData(MessageWriter w);
}
