package io.jnetlink.netfilter.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.wire.NftAttrs;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Every expression record decodes what it encodes, through the name → decoder table. */
class ExpressionDecodersTest {
    private static List<Expression> decodeEncoded(List<Expression> expressions) {
        MessageWriter w = new MessageWriter(4096);
        ExpressionCodec.encodeList(w, NftAttrs.NFTA_RULE_EXPRESSIONS, expressions);
        AttributeReader a = new AttributeReader().wrap(w.buffer(), 0, w.position());
        a.next();
        return ExpressionCodec.decodeList(a);
    }

    @Test
    void everyKnownExpressionRoundTrips() {
        NftData four = NftData.of(new byte[]{10, 0, 0, 1});
        List<Expression> all = List.of(
                new Payload(1, Payload.NETWORK_HEADER, 12, 4),
                new Cmp(1, Cmp.NEQ, four),
                new Bitwise(1, 1, 4, four, NftData.of(new byte[4])),
                new Meta(Meta.IIFNAME, 1),
                new Ct(Ct.STATE, 1, 0),
                new Immediate(1, four),
                new VerdictExpression(Verdict.jump("other")),
                new Lookup("allowed", 7, 1, 0, true),
                new Counter(3, 300),
                new Limit(10, 60, 5, 0, 0),
                new Log("pfx ", 2, 4, 0),
                new Reject(0, 3),
                new NatExpression(NatExpression.DNAT, 2, 1, 1, 2, 2, 0),
                new Masquerade(0, 1, 2),
                new Redirect(1, 1, 0),
                new Notrack());
        assertEquals(all, decodeEncoded(all));
    }

    @Test
    void unknownNameAndUnmodelledAttributeStayRaw() {
        MessageWriter w = new MessageWriter(256);
        int list = w.beginNested(NftAttrs.NFTA_RULE_EXPRESSIONS);
        int elem = w.beginNested(NftAttrs.NFTA_LIST_ELEM);
        w.putAttrString(ExpressionCodec.NFTA_EXPR_NAME, "meta");
        int data = w.beginNested(ExpressionCodec.NFTA_EXPR_DATA);
        w.putAttrU32Be(Meta.NFTA_META_KEY, 3);
        w.putAttrU32Be(3, 1); // NFTA_META_SREG: meta set, not modelled
        w.endNested(data);
        w.endNested(elem);
        w.endNested(list);
        AttributeReader a = new AttributeReader().wrap(w.buffer(), 0, w.position());
        a.next();
        RawExpression raw = assertInstanceOf(RawExpression.class, ExpressionCodec.decodeList(a).get(0));
        assertEquals("meta", raw.name());
    }
}
