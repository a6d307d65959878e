package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.route.wire.FibRuleHdr;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpPrefix;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule replies the kernel sent to {@code ip rule show}, and rule requests. */
class RuleCodecTest {
    @Test
    void shouldDecodeEveryRuleIpRuleShowReceived() {
        List<Rule> all = RouteTestVectors.messages("rule/ip-rule-show.hex", Rtnl.RTM_NEWRULE).stream()
                .map(b -> new RuleView().wrap(RouteTestVectors.reader(b)).toRule()).collect(Collectors.toList());
        // ip rule show printed exactly these lines
        assertEquals(List.of("0: from all lookup 255", "1000: from 10.1.0.0/16 lookup 100",
                "1001: from all to 10.2.0.0/16 fwmark 0x10/0xff iif veth0 lookup 300", "1002: from 10.3.0.0/16 prohibit",
                "32766: from all lookup 254", "32767: from all lookup 253"),
                all.stream().map(Rule::toString).collect(Collectors.toList()));
        Rule r = all.get(2);
        assertEquals(Optional.of(IpPrefix.parse("10.2.0.0/16", "t")), r.destination());
        assertEquals(0x10, r.fwmark());
        assertEquals(0xff, r.fwmask());
        assertEquals(Optional.of("veth0"), r.iif());
        assertEquals(300, r.table());
        assertEquals(RuleAction.PROHIBIT, all.get(3).action());
    }

    @Test
    void shouldEncodeRuleAsIpRuleAddAndReadItBack() {
        MessageWriter w = new MessageWriter();
        Rules.add().from("10.1.0.0/16").to("10.2.0.0/16").fwmark(0x10, 0xff).iif("veth0").oif("veth1").table(300)
                .priority(1001).not().encode(w);
        ByteBuffer b = RouteTestVectors.direct(copy(w));
        Rule r = new RuleView().wrap(RouteTestVectors.reader(b)).toRule();
        assertEquals("1001: not from 10.1.0.0/16 to 10.2.0.0/16 fwmark 0x10/0xff iif veth0 oif veth1 lookup 300", r.toString());
        assertEquals(RtMsg.RT_TABLE_UNSPEC, b.get(16 + FibRuleHdr.TABLE_OFFSET));
        w.reset();
        Rules.add().from("10.1.0.0/16").encode(w); // no table: ip looks up main
        assertEquals(RtMsg.RT_TABLE_MAIN, w.buffer().get(16 + FibRuleHdr.TABLE_OFFSET) & 0xFF);
        assertEquals(FibRuleHdr.FR_ACT_TO_TBL, w.buffer().get(16 + FibRuleHdr.ACTION_OFFSET));
    }

    @Test
    void shouldWriteAndReadEveryFraAttribute() {
        MessageWriter w = new MessageWriter();
        Rules.add().priority(10).from("10.1.0.0/16").to("10.2.0.0/16").tos(0x10).fwmark(5, 0xf).iif("v1").oif("v0")
                .table(300).realms(3, 4).tunId(42).suppressIfgroup(5).suppressPrefixLength(0).uidRange(0, 2000)
                .protocol(99).ipProto(6).sourcePorts(1000, 2000).destinationPorts(80, 80).encode(w);
        Rule r = new RuleView().wrap(RouteTestVectors.reader(RouteTestVectors.direct(copy(w)))).toRule();
        assertEquals(10, r.priority());
        assertEquals(0x10, r.tos());
        assertEquals(300, r.table());
        assertEquals((3 << 16) | 4, r.flow());
        assertEquals(42, r.tunId());
        assertEquals(5, r.suppressIfgroup());
        assertEquals(0, r.suppressPrefixLength());
        assertEquals(Optional.of(new UidRange(0, 2000)), r.uidRange());
        assertEquals(99, r.protocol());
        assertEquals(6, r.ipProto());
        assertEquals(Optional.of(new PortRange(1000, 2000)), r.sourcePorts());
        assertEquals(Optional.of(new PortRange(80, 80)), r.destinationPorts());
        assertEquals(List.of(), r.otherAttributes());
        assertEquals("10: from 10.1.0.0/16 to 10.2.0.0/16 tos 0x10 fwmark 0x5/0xf iif v1 oif v0 tun_id 42 uidrange 0-2000"
                + " ipproto 6 sport 1000-2000 dport 80 lookup 300 suppress_prefixlength 0 suppress_ifgroup 5 realms 3/4"
                + " proto 99", r.toString());
        w.reset();
        Rules.add().priority(12).goTo(20).encode(w);
        Rule g = new RuleView().wrap(RouteTestVectors.reader(RouteTestVectors.direct(copy(w)))).toRule();
        assertEquals(RuleAction.GOTO, g.action());
        assertEquals(20, g.gotoTarget());
        w.reset();
        Rules.add().priority(22).l3mdev().encode(w);
        Rule l = new RuleView().wrap(RouteTestVectors.reader(RouteTestVectors.direct(copy(w)))).toRule();
        assertTrue(l.l3mdev());
        assertEquals(0, l.table(), "l3mdev: no table (ip sends none)");
    }

    @Test
    void shouldKeepUnknownAttributesByteExact() {
        MessageWriter w = new MessageWriter();
        byte[] dscp = {0x2e, 0, 0, 0};
        Rules.add().priority(7).table(100).attribute(25, dscp).attribute(0x8000 | 60, new byte[] {1, 2, 3}).encode(w);
        byte[] sent = copy(w);
        Rule r = new RuleView().wrap(RouteTestVectors.reader(RouteTestVectors.direct(sent))).toRule();
        assertEquals(List.of(new io.jnetlink.core.message.RawAttribute(25, dscp),
                new io.jnetlink.core.message.RawAttribute(0x8000 | 60, new byte[] {1, 2, 3})), r.otherAttributes());
        MessageWriter again = new MessageWriter();
        int msg = again.beginMessage(Rtnl.RTM_NEWRULE, 0);
        again.reserve(FibRuleHdr.LENGTH);
        r.otherAttributes().forEach(a -> a.writeTo(again));
        again.endMessage(msg);
        byte[] tail = copy(again);
        byte[] sentTail = java.util.Arrays.copyOfRange(sent, sent.length - (tail.length - 16 - FibRuleHdr.LENGTH), sent.length);
        assertEquals(java.util.HexFormat.of().formatHex(sentTail),
                java.util.HexFormat.of().formatHex(java.util.Arrays.copyOfRange(tail, 16 + FibRuleHdr.LENGTH, tail.length)));
    }

    @Test
    void shouldRejectBadRuleArgumentsBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> Rules.add().sourcePorts(0, 10));
        assertThrows(IllegalArgumentException.class, () -> Rules.add().destinationPorts(20, 10));
        assertThrows(IllegalArgumentException.class, () -> Rules.add().ipProto(256));
        assertThrows(IllegalArgumentException.class, () -> Rules.add().uidRange(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Rules.add().suppressPrefixLength(129));
        assertThrows(IllegalArgumentException.class, () -> Rules.add().goTo(0));
        assertThrows(IllegalArgumentException.class, () -> Rules.add().realms(65536, 0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Rules.add().from("10.1.0.1/16"))
                .getMessage().contains("host bits"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Rules.add().table(0)).getMessage().contains("table"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Rules.add().fwmark(-1)).getMessage().contains("fwmark"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Rules.add().priority(1L << 32))
                .getMessage().contains("priority"));
        assertThrows(IllegalArgumentException.class, () -> Rules.add().from("10.0.0.0/8").to("fd00::/64"));
    }

    @Test
    void shouldRaiseOnlyDecodeErrorsOnTruncatedOrMutatedRules() {
        AttributeReader a = new AttributeReader();
        for (ByteBuffer m : RouteTestVectors.messages("rule/ip-rule-show.hex", Rtnl.RTM_NEWRULE)) {
            assertTrue(RouteTestVectors.assertOnlyDecodeErrors(m, r -> new RuleView().wrap(r).toRule()) > 0);
        }
    }

    private static byte[] copy(MessageWriter w) {
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return b;
    }
}
