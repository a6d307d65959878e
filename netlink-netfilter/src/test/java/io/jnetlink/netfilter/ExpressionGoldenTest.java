package io.jnetlink.netfilter;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.expr.CompatMatch;
import io.jnetlink.netfilter.expr.CompatTarget;
import io.jnetlink.netfilter.expr.CtSet;
import io.jnetlink.netfilter.expr.Dup;
import io.jnetlink.netfilter.expr.Dynset;
import io.jnetlink.netfilter.expr.Exthdr;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.ExpressionCodec;
import io.jnetlink.netfilter.expr.Fib;
import io.jnetlink.netfilter.expr.Fwd;
import io.jnetlink.netfilter.expr.Hash;
import io.jnetlink.netfilter.expr.Limit;
import io.jnetlink.netfilter.expr.MetaSet;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Numgen;
import io.jnetlink.netfilter.expr.PayloadSet;
import io.jnetlink.netfilter.expr.Queue;
import io.jnetlink.netfilter.expr.Quota;
import io.jnetlink.netfilter.expr.Range;
import io.jnetlink.netfilter.expr.RawExpression;
import io.jnetlink.netfilter.expr.Socket;
import io.jnetlink.netfilter.expr.Tproxy;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The expressions of {@code src/test/resources/nft/exprs/capture.sh} (one nft rule each) decode to
 * records, and those records encode to exactly the bytes nft sent; the kernel's listings of those
 * rules and of an iptables-nft Docker ruleset ({@code nft/docker}) decode with no raw expression left.
 */
class ExpressionGoldenTest {
    private static final int NEWRULE = NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_NEWRULE);

    /** What each captured rule must hold (besides the loads, compares and verdicts around it). */
    private static final Map<String, Expression> MODELLED = Map.ofEntries(
            Map.entry("dynset", new Dynset(Dynset.ADD, 1, -1, 0, "m", 1, List.of(new Limit(10, 1, 5, Limit.PACKETS, 0)), -1)),
            Map.entry("dynset-update", new Dynset(Dynset.UPDATE, 1, -1, 10_000, "m", 1, List.of(), -1)),
            Map.entry("quota", new Quota(100L << 20, 0, Quota.F_INV)),
            Map.entry("payload-set", new PayloadSet(1, 2, 2, 2, 1, 16, 0)),
            Map.entry("meta-set", new MetaSet(3, 1)),
            Map.entry("ct-set", new CtSet(3, 1, -1)),
            Map.entry("fib", new Fib(1, Fib.RESULT_ADDRTYPE, Fib.F_DADDR)),
            Map.entry("socket", new Socket(Socket.TRANSPARENT, 1, 0)),
            Map.entry("numgen", new Numgen(1, 2, Numgen.INCREMENTAL, 0)),
            Map.entry("jhash", new Hash(Hash.JENKINS, 2, 1, 4, 4, -1, 0)),
            Map.entry("symhash", new Hash(Hash.SYMMETRIC, -1, 1, -1, 2, -1, 0)),
            Map.entry("range", new Range(1, Range.NEQ, NftData.u16Be(1000), NftData.u16Be(2000))),
            Map.entry("exthdr", new Exthdr(1, -1, 2, 2, 2, Exthdr.TCPOPT, 0)),
            Map.entry("exthdr-set", new Exthdr(-1, 1, 2, 2, 2, Exthdr.TCPOPT, -1)),
            Map.entry("dup", new Dup(1, 2)),
            Map.entry("fwd", new Fwd(1, -1, -1)),
            Map.entry("tproxy", new Tproxy(2, -1, 1)),
            Map.entry("queue", new Queue(1, 1, 0, -1)));

    private static NftRule capturedRule(String name, byte[][] expressionsAttribute) throws Exception {
        ByteBuffer b = Captured.load("exprs/rule-" + name + ".hex");
        for (int[] msg : Captured.messages(b)) {
            MessageReader m = Captured.at(b, msg);
            if (m.type() == NEWRULE) {
                AttributeReader a = m.attributes(new AttributeReader(), NfGenMsg.NFGENMSG_LENGTH);
                assertTrue(a.find(NftAttrs.NFTA_RULE_EXPRESSIONS));
                expressionsAttribute[0] = new byte[a.valueLength() + 4];
                b.get(a.offset(), expressionsAttribute[0]);
                return NftRule.decode(m);
            }
        }
        throw new AssertionError("no NEWRULE in " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dynset", "dynset-update", "quota", "payload-set", "meta-set", "ct-set", "fib", "socket", "numgen",
            "jhash", "symhash", "range", "exthdr", "exthdr-set", "dup", "fwd", "tproxy", "queue"})
    void decodesToRecordsThatEncodeAsNft(String name) throws Exception {
        byte[][] sent = new byte[1][];
        NftRule rule = capturedRule(name, sent);
        assertFalse(rule.expressions().stream().anyMatch(e -> e instanceof RawExpression), rule.expressions().toString());
        assertTrue(rule.expressions().contains(MODELLED.get(name)), rule.expressions().toString());
        MessageWriter w = new MessageWriter(4096);
        ExpressionCodec.encodeList(w, NftAttrs.NFTA_RULE_EXPRESSIONS, rule.expressions());
        byte[] mine = new byte[w.position()];
        w.buffer().get(0, mine);
        assertEquals(HexFormat.of().formatHex(sent[0]), HexFormat.of().formatHex(mine));
    }

    static List<NftRule> listedRules(String resource) {
        return Captured.messagesOfType(Captured.datagrams(resource), NEWRULE).stream().map(bytes -> {
            ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(java.nio.ByteOrder.nativeOrder()).put(0, bytes);
            MessageReader m = new MessageReader().wrap(b, 0, bytes.length);
            m.next();
            return NftRule.decode(m);
        }).toList();
    }

    @Test
    void theKernelsListingOfEveryModelledExpressionDecodesWithoutRawParts() {
        List<NftRule> rules = listedRules("/nft/exprs/list-ruleset.hex");
        assertTrue(rules.size() >= 17, "rules: " + rules.size());
        for (NftRule r : rules) {
            assertFalse(r.expressions().stream().anyMatch(e -> e instanceof RawExpression), r + " " + r.expressions());
        }
    }

    @Test
    void anIptablesNftDockerRulesetDecodesCompletely() {
        List<NftRule> rules = listedRules("/nft/docker/list-ruleset.hex");
        assertTrue(rules.size() >= 18, "rules: " + rules.size());
        for (NftRule r : rules) {
            assertFalse(r.expressions().stream().anyMatch(e -> e instanceof RawExpression), r + " " + r.expressions());
        }
        List<String> compat = rules.stream().flatMap(r -> r.expressions().stream())
                .map(e -> e instanceof CompatMatch m ? "match " + m.matchName() : e instanceof CompatTarget t ? "target " + t.targetName() : null)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        assertEquals(List.of("match addrtype", "match conntrack", "match multiport", "match statistic", "target CHECKSUM",
                "target DNAT", "target MASQUERADE", "target TCPMSS"), compat);
    }
}
