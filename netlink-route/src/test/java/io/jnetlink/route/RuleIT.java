package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.net.IpAddresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.jnetlink.route.RouteIpTool.ip;
import static io.jnetlink.route.RouteIpTool.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ip rule} against the kernel, with {@code ip -j -d rule show} as the oracle both ways. */
class RuleIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = NetNamespace.create();
    }

    @AfterEach
    void tearDown() {
        ns.close();
    }

    private static String tableName(long id) {
        return id == RtMsg.RT_TABLE_MAIN ? "main" : id == RtMsg.RT_TABLE_LOCAL ? "local"
                : id == RtMsg.RT_TABLE_DEFAULT ? "default" : Long.toString(id);
    }

    private void assertSameAsIp(List<Rule> mine, List<Map<String, Object>> theirs) {
        assertEquals(theirs.size(), mine.size(), theirs + " vs " + mine);
        for (int i = 0; i < theirs.size(); i++) {
            Map<String, Object> j = theirs.get(i);
            Rule r = mine.get(i);
            String what = j + " vs " + r;
            assertEquals(j.get("priority"), r.priority(), what);
            assertEquals(j.get("src"), r.source().map(p -> RtnlInet.text(p.address())).orElse("all"), what);
            assertEquals(j.containsKey("srclen") ? ((Long) j.get("srclen")).intValue() : null,
                    r.source().map(p -> p.prefixLength()).orElse(null), what);
            assertEquals(Optional.ofNullable(j.get("dst")), r.destination().map(p -> RtnlInet.text(p.address())), what);
            assertEquals(Optional.ofNullable(j.get("iif")), r.iif(), what);
            assertEquals(Optional.ofNullable(j.get("oif")), r.oif(), what);
            assertEquals(j.containsKey("fwmark") ? Long.decode((String) j.get("fwmark")) : 0L, r.fwmark(), what);
            assertEquals(j.containsKey("fwmask") ? Long.decode((String) j.get("fwmask")) : 0L, r.fwmask(), what);
            assertEquals(j.containsKey("not"), r.isInverted(), what);
            if (r.action() == RuleAction.TO_TABLE) {
                assertEquals(j.get("table"), tableName(r.table()), what);
            } else {
                assertEquals(j.get("action"), r.action().ipName(), what);
            }
        }
    }

    @Test
    void shouldListTheDefaultRulesOfAFreshNamespace() {
        List<Rule> rules = Rules.show().ipv4().in(ns).apply();
        assertEquals(List.of("0: from all lookup 255", "32766: from all lookup 254", "32767: from all lookup 253"),
                rules.stream().map(Rule::toString).toList());
        assertTrue(Rules.list(ns).stream().anyMatch(r -> r.family() == IpAddresses.AF_INET6));
    }

    @Test
    void shouldAddRulesThatIpSeesFieldByField() {
        Rules.add().from("10.1.0.0/16").table(100).priority(1000).in(ns).apply();
        Rules.add().to("10.2.0.0/16").fwmark(0x10, 0xff).iif("veth0").oif("veth1").table(70000).priority(1001).in(ns).apply();
        Rules.add().from("10.3.0.0/16").action(RuleAction.PROHIBIT).priority(1002).in(ns).apply();
        Rules.add().not().from("10.4.0.0/16").action(RuleAction.BLACKHOLE).priority(1003).in(ns).apply();
        Rules.add().from("fd00::/64").table(200).priority(1004).in(ns).apply();
        assertSameAsIp(Rules.show().ipv4().in(ns).apply(), json(ns, "-d", "rule", "show"));
        assertSameAsIp(Rules.show().ipv6().in(ns).apply(), json(ns, "-6", "-d", "rule", "show"));
        assertEquals(Errno.EEXIST, assertThrows(NetlinkException.class,
                () -> Rules.add().from("10.1.0.0/16").table(100).priority(1000).in(ns).apply()).errno());
    }

    @Test
    void shouldReadRulesMadeByIpAndDeleteThem() {
        ip(ns, "rule", "add", "from", "10.1.0.0/16", "table", "100", "priority", "1000");
        ip(ns, "rule", "add", "to", "10.2.0.0/16", "fwmark", "0x10/0xff", "iif", "veth0", "table", "300", "priority", "1001");
        ip(ns, "rule", "add", "from", "10.3.0.0/16", "priority", "1002", "unreachable");
        ip(ns, "rule", "add", "not", "to", "10.5.0.0/16", "oif", "veth9", "priority", "1003", "table", "main");
        assertSameAsIp(Rules.show().ipv4().in(ns).apply(), json(ns, "-d", "rule", "show"));
        Rules.delete().priority(1001).in(ns).apply();
        Rules.delete().from("10.1.0.0/16").table(100).in(ns).apply();
        assertSameAsIp(Rules.show().ipv4().in(ns).apply(), json(ns, "-d", "rule", "show"));
        assertEquals(5, Rules.show().ipv4().in(ns).apply().size());
        NetlinkException e = assertThrows(NetlinkException.class, () -> Rules.delete().priority(4242).in(ns).apply());
        assertEquals(Errno.ENOENT, e.errno());
    }
}
