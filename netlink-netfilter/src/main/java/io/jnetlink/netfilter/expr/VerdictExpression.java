package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.MessageWriter;

/**
 * An {@code immediate} verdict into {@code NFT_REG_VERDICT}: nft {@code accept}, {@code drop},
 * {@code jump CHAIN}, {@code goto CHAIN}, {@code return}, {@code continue}
 * ({@code [ immediate reg 0 accept ]}).
 */
public record VerdictExpression(Verdict verdict) implements Expression {
    @Override
    public String name() {
        return "immediate";
    }

    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(Immediate.NFTA_IMMEDIATE_DREG, 0);
        Attr.putVerdict(w, Immediate.NFTA_IMMEDIATE_DATA, verdict);
    }
}
