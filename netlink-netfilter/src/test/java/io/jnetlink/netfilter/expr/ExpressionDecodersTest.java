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
                new Notrack(),
                new Quota(1 << 20, 5, Quota.F_INV),
                Objref.named(1, "c1"),
                Objref.inMap(1, "om"),
                new Dynset(Dynset.ADD, 1, -1, 0, "m", 1, List.of(new Limit(10, 1, 5, 0, 0)), -1),
                new Dynset(Dynset.UPDATE, 1, 2, 1000, "m", -1, List.of(new Counter(), new Quota(9, 0, 0)), 0),
                new PayloadSet(1, 2, 2, 2, 1, 16, 1),
                new MetaSet(Meta.MARK, 1),
                new CtSet(Ct.MARK, 1, 1),
                new Fib(1, Fib.RESULT_OIF, Fib.F_SADDR | Fib.F_IIF),
                new Socket(Socket.MARK, 1, -1),
                new Numgen(1, 10, Numgen.RANDOM, 5),
                new Hash(Hash.JENKINS, 2, 1, 4, 4, 7, 3),
                new Range(1, Range.EQ, four, four),
                new Exthdr(1, -1, 2, 2, 2, Exthdr.TCPOPT, 0),
                new Exthdr(-1, 1, 2, 2, 2, Exthdr.TCPOPT, -1),
                new Dup(1, -1),
                new Fwd(1, 2, 2),
                new Tproxy(2, 1, 2),
                new Queue(3, 2, Queue.BYPASS, -1),
                new Queue(0, 0, 0, 1),
                new Rt(Rt.TCPMSS, 1),
                new CompatMatch("conntrack", 3, four),
                new CompatTarget("MASQUERADE", 0, four));
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
        w.putAttrU32Be(9, 1); // no NFTA_META_* attribute has type 9: not modelled
        w.endNested(data);
        w.endNested(elem);
        w.endNested(list);
        AttributeReader a = new AttributeReader().wrap(w.buffer(), 0, w.position());
        a.next();
        RawExpression raw = assertInstanceOf(RawExpression.class, ExpressionCodec.decodeList(a).get(0));
        assertEquals("meta", raw.name());
    }
}
