package io.jnetlink.route;

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
                .map(b -> RuleQuery.decode(RouteTestVectors.reader(b), new AttributeReader())).collect(Collectors.toList());
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
        Rule r = RuleQuery.decode(RouteTestVectors.reader(b), new AttributeReader());
        assertEquals("1001: not from 10.1.0.0/16 to 10.2.0.0/16 fwmark 0x10/0xff iif veth0 oif veth1 lookup 300", r.toString());
        assertEquals(RtMsg.RT_TABLE_UNSPEC, b.get(16 + FibRuleHdr.TABLE_OFFSET));
        w.reset();
        Rules.add().from("10.1.0.0/16").encode(w); // no table: ip looks up main
        assertEquals(RtMsg.RT_TABLE_MAIN, w.buffer().get(16 + FibRuleHdr.TABLE_OFFSET) & 0xFF);
        assertEquals(FibRuleHdr.FR_ACT_TO_TBL, w.buffer().get(16 + FibRuleHdr.ACTION_OFFSET));
    }

    @Test
    void shouldRejectBadRuleArgumentsBeforeSending() {
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
            assertTrue(RouteTestVectors.assertOnlyDecodeErrors(m, r -> RuleQuery.decode(r, a)) > 0);
        }
    }

    private static byte[] copy(MessageWriter w) {
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return b;
    }
}
