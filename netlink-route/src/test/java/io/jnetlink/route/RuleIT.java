package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;
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
            assertEquals(j.containsKey("l3mdev"), r.l3mdev(), what);
            if (r.l3mdev()) {
                assertEquals(null, j.get("table"), what);
            } else if (r.action() == RuleAction.TO_TABLE) {
                assertEquals(j.get("table"), tableName(r.table()), what);
            } else if (r.action() == RuleAction.GOTO) {
                assertEquals(j.get("goto"), r.gotoTarget(), what);
            } else if (r.action() == RuleAction.NOP) {
                assertTrue(j.containsKey("nop"), what);
            } else {
                assertEquals(j.get("action"), r.action().ipName(), what);
            }
            assertSelectorsSameAsIp(j, r, what);
        }
    }

    /** The FRA_* selectors beyond ip rule's classic ones, as ip -j -d prints them. */
    private static void assertSelectorsSameAsIp(Map<String, Object> j, Rule r, String what) {
        assertEquals(j.containsKey("tos") ? Integer.decode((String) j.get("tos")) : 0, r.tos(), what);
        assertEquals(j.getOrDefault("suppress_prefixlen", -1L), (long) r.suppressPrefixLength(), what);
        assertEquals(j.getOrDefault("suppress_ifgroup", "-1"), Long.toString(r.suppressIfgroup()), what);
        assertEquals(Optional.ofNullable(j.get("uid_start")), r.uidRange().map(UidRange::start), what);
        assertEquals(Optional.ofNullable(j.get("uid_end")), r.uidRange().map(UidRange::end), what);
        assertEquals(Optional.ofNullable(j.get("ipproto")), Optional.of(r.ipProto()).filter(p -> p != 0)
                .map(p -> p == 6 ? "tcp" : p == 17 ? "udp" : "ipproto-" + p), what);
        assertEquals(ports(j, "sport"), r.sourcePorts(), what);
        assertEquals(ports(j, "dport"), r.destinationPorts(), what);
        assertEquals(j.getOrDefault("tun_id", 0L), r.tunId(), what);
        assertEquals(j.getOrDefault("flow_from", "0") + "/" + j.getOrDefault("flow_to", "0"),
                (r.flow() >>> 16) + "/" + (r.flow() & 0xFFFF), what);
        assertEquals(j.get("protocol"), switch (r.protocol()) {
            case 0 -> "unspec";
            case 2 -> "kernel";
            case 3 -> "boot";
            case 4 -> "static";
            default -> Integer.toString(r.protocol());
        }, what);
    }

    private static Optional<PortRange> ports(Map<String, Object> j, String key) {
        if (j.containsKey(key)) {
            int p = ((Long) j.get(key)).intValue();
            return Optional.of(new PortRange(p, p));
        }
        if (j.containsKey(key + "_start")) {
            return Optional.of(new PortRange(((Long) j.get(key + "_start")).intValue(), ((Long) j.get(key + "_end")).intValue()));
        }
        return Optional.empty();
    }

    @Test
    void shouldWriteEveryFraSelectorAsIpReadsIt() {
        Rules.add().priority(10).ipProto(6).sourcePorts(1000, 2000).destinationPorts(80, 80).table(100).in(ns).apply();
        Rules.add().priority(11).uidRange(0, 0).table(101).in(ns).apply();
        Rules.add().priority(12).goTo(20).in(ns).apply();
        Rules.add().priority(20).table("main").suppressPrefixLength(0).in(ns).apply();
        Rules.add().priority(21).table("main").suppressIfgroup(5).in(ns).apply();
        Rules.add().priority(22).l3mdev().in(ns).apply();
        Rules.add().priority(23).protocol(4).fwmark(5, 0xf).table(102).in(ns).apply();
        Rules.add().priority(24).tunId(42).table(103).in(ns).apply();
        Rules.add().priority(25).oif("veth0").iif("veth1").tos(0x10).table(104).in(ns).apply();
        Rules.add().priority(26).realms(3, 4).table(105).in(ns).apply();
        Rules.add().priority(27).action(RuleAction.NOP).in(ns).apply();
        Rules.add().priority(29).ipProto(17).destinationPorts(53, 53).action(RuleAction.UNREACHABLE).in(ns).apply();
        assertSameAsIp(Rules.show().ipv4().in(ns).apply(), json(ns, "-d", "rule", "show"));
    }

    @Test
    void shouldReadEveryFraSelectorIpWrites() {
        ip(ns, "rule", "add", "pref", "10", "ipproto", "tcp", "sport", "1000-2000", "dport", "80", "table", "100");
        ip(ns, "rule", "add", "pref", "11", "uidrange", "0-0", "table", "101");
        ip(ns, "rule", "add", "pref", "12", "goto", "20");
        ip(ns, "rule", "add", "pref", "20", "table", "main", "suppress_prefixlength", "0");
        ip(ns, "rule", "add", "pref", "21", "table", "main", "suppress_ifgroup", "5");
        ip(ns, "rule", "add", "pref", "22", "l3mdev");
        ip(ns, "rule", "add", "pref", "23", "protocol", "static", "fwmark", "0x5/0xf", "table", "102");
        ip(ns, "rule", "add", "pref", "24", "tun_id", "42", "table", "103");
        ip(ns, "rule", "add", "pref", "25", "oif", "veth0", "iif", "veth1", "table", "104", "tos", "0x10");
        ip(ns, "rule", "add", "pref", "26", "realms", "3/4", "table", "105");
        ip(ns, "rule", "add", "pref", "27", "nop");
        ip(ns, "-6", "rule", "add", "pref", "28", "from", "fd00::/64", "ipproto", "udp", "dport", "53", "unreachable");
        assertSameAsIp(Rules.show().ipv4().in(ns).apply(), json(ns, "-d", "rule", "show"));
        assertSameAsIp(Rules.show().ipv6().in(ns).apply(), json(ns, "-6", "-d", "rule", "show"));
        Rule r = Rules.show().ipv4().in(ns).apply().stream().filter(x -> x.priority() == 10).findFirst().orElseThrow();
        assertEquals("10: from all ipproto 6 sport 1000-2000 dport 80 lookup 100", r.toString());
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
