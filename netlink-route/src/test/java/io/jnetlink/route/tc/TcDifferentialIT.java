package io.jnetlink.route.tc;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.jnetlink.route.TcTool.json;
import static io.jnetlink.route.TcTool.tc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Qdiscs, classes and filters against the kernel with {@code tc} as the oracle, both ways: the same
 * state made with {@code tc} and read with jnetlink, then made with jnetlink and read with {@code tc}
 * ({@code tc -s -j qdisc show}, {@code tc -s class show} — tc 6.1 prints htb classes as text even
 * with {@code -j} — and {@code tc -j filter show}), compared field by field.
 */
class TcDifferentialIT {
    private TcTopology t;

    @BeforeEach
    void setUp() {
        t = new TcTopology("tcd");
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void shouldReadWhatTcMade() {
        NetNamespace a = t.a;
        tc(a, "qdisc", "add", "dev", "va", "root", "handle", "1:", "htb", "default", "10");
        tc(a, "class", "add", "dev", "va", "parent", "1:", "classid", "1:10", "htb", "rate", "10mbit", "ceil", "20mbit",
                "burst", "15k", "cburst", "20k", "prio", "2", "quantum", "1500");
        tc(a, "class", "add", "dev", "va", "parent", "1:", "classid", "1:20", "htb", "rate", "40gbit");
        tc(a, "qdisc", "add", "dev", "va", "parent", "1:10", "handle", "10:", "pfifo", "limit", "50");
        tc(a, "qdisc", "add", "dev", "va", "parent", "1:20", "handle", "20:", "bfifo", "limit", "30000");
        tc(a, "qdisc", "add", "dev", "va", "ingress");
        tc(t.b, "qdisc", "add", "dev", "vb", "root", "handle", "3:", "tbf", "rate", "1mbit", "burst", "32kbit", "latency", "400ms");
        tc(t.b, "qdisc", "add", "dev", "vb", "clsact");
        tc(a, "filter", "add", "dev", "va", "parent", "1:", "protocol", "ip", "prio", "2", "u32", "match", "ip", "src",
                "10.0.0.0/24", "match", "ip", "protocol", "6", "0xff", "match", "ip", "dport", "80", "0xffff", "flowid", "1:20");
        tc(a, "filter", "add", "dev", "va", "ingress", "protocol", "ip", "prio", "3", "u32", "match", "ip", "dst",
                "10.0.0.2/32", "flowid", "1:1");
        assertSameAsTc();
    }

    @Test
    void shouldMakeWhatTcReads() {
        NetNamespace a = t.a;
        Qdiscs.add("va").root().handle("1:").options(HtbQdiscOptions.defaultClass(0x10)).in(a).apply();
        TrafficClasses.add("va").parent("1:").classId("1:10").options(HtbClassOptions.rate("10mbit").withCeil("20mbit")
                .withBursts(15 * 1024, 20 * 1024).withPrio(2).withQuantum(1500)).in(a).apply();
        TrafficClasses.add("va").parent("1:").classId("1:20").options(HtbClassOptions.rate("40gbit")).in(a).apply();
        Qdiscs.add("va").parent("1:10").handle("10:").options(FifoOptions.packets(50)).in(a).apply();
        Qdiscs.add("va").parent("1:20").handle("20:").options(FifoOptions.bytes(30000)).in(a).apply();
        Qdiscs.add("va").ingress().in(a).apply();
        Qdiscs.add("vb").root().handle("3:").options(TbfOptions.latency("1mbit", 4096, Duration.ofMillis(400))).in(t.b).apply();
        Qdiscs.add("vb").clsact().in(t.b).apply();
        Filters.add("va").parent("1:").protocol("ip").priority(2).options(U32Options.match().matchIpSource("10.0.0.0/24")
                .matchIpProtocol(6).matchIpDestinationPort(80).flowId("1:20")).in(a).apply();
        Filters.add("va").ingress().protocol("ip").priority(3)
                .options(U32Options.match().matchIpDestination("10.0.0.2/32").flowId("1:1")).in(a).apply();
        assertSameAsTc();
    }

    @Test
    void shouldChangeReplaceAndDeleteLikeTc() {
        NetNamespace a = t.a;
        Qdiscs.add("va").root().handle("1:").options(HtbQdiscOptions.defaultClass(0x10)).in(a).apply();
        TrafficClasses.add("va").parent("1:").classId("1:10").options(HtbClassOptions.rate("10mbit")).in(a).apply();
        TrafficClasses.change("va").parent("1:").classId("1:10").options(HtbClassOptions.rate("5mbit")).in(a).apply();
        assertEquals(625_000, ((HtbClassOptions) TrafficClasses.list(a, "va").get(0).options()).rate());
        Qdiscs.add("va").parent("1:10").handle("10:").options(FifoOptions.packets(50)).in(a).apply();
        Qdiscs.replace("va").parent("1:10").handle("10:").options(FifoOptions.packets(70)).in(a).apply();
        assertEquals(70L, json(a, "qdisc", "show", "dev", "va", "parent", "1:10").get(0).get("options") instanceof Map<?, ?> m
                ? m.get("limit") : null);
        Filters.add("va").parent("1:").protocol("ip").priority(2)
                .options(U32Options.match().matchIpDestinationPort(80).flowId("1:10")).in(a).apply();
        Filters.delete("va").parent("1:").protocol("ip").priority(2).kind("u32").in(a).apply();
        assertTrue(Filters.show("va").parent("1:").in(a).apply().isEmpty());
        TrafficClasses.delete("va").classId("1:10").in(a).apply();
        assertTrue(TrafficClasses.list(a, "va").isEmpty());
        Qdiscs.delete("va").root().in(a).apply();
        assertEquals("noqueue", json(a, "qdisc", "show", "dev", "va").get(0).get("kind"));
        assertEquals("noqueue", Qdiscs.show().dev("va").in(a).apply().get(0).kind());
    }

    @Test
    void shouldReportKernelErrorsWithWhatWasAskedAndTheKernelsText() {
        NetlinkException unknown = assertThrows(NetlinkException.class,
                () -> Qdiscs.add("va").root().options(new RawOptions("nosuchqdisc")).in(t.a).apply());
        assertTrue(unknown.getMessage().contains("RTM_NEWQDISC dev va handle none parent root"), unknown.getMessage());
        assertTrue(unknown.kernelMessage().orElse("").contains("Specified qdisc kind is unknown"), unknown.getMessage());
        NetlinkException exists = assertThrows(NetlinkException.class, () -> {
            Qdiscs.add("va").ingress().in(t.a).apply();
            Qdiscs.add("va").ingress().in(t.a).apply();
        });
        assertEquals(Errno.EEXIST, exists.errno(), exists.getMessage());
        NetlinkException noDevice = assertThrows(NetlinkException.class,
                () -> Qdiscs.add("nosuchdev").ingress().in(t.a).apply());
        assertEquals(Errno.ENODEV, noDevice.errno());
        assertTrue(noDevice.getMessage().contains("nosuchdev"), noDevice.getMessage());
    }

    private void assertSameAsTc() {
        for (NetNamespace ns : List.of(t.a, t.b)) {
            assertQdiscsSameAsTc(ns);
        }
        assertClassesSameAsTc(t.a, "va");
        assertFiltersSameAsTc(t.a, "va");
    }

    private static void assertQdiscsSameAsTc(NetNamespace ns) {
        List<Qdisc> mine = Qdiscs.list(ns);
        List<Map<String, Object>> theirs = json(ns, "-s", "qdisc", "show");
        assertEquals(theirs.size(), mine.size(), theirs + " vs " + mine);
        for (int i = 0; i < theirs.size(); i++) {
            Map<String, Object> j = theirs.get(i);
            Qdisc q = mine.get(i);
            String what = j + " vs " + q;
            assertEquals(j.get("kind"), q.kind(), what);
            assertEquals(j.get("dev"), Links.get(q.ifindex(), ns).orElseThrow().name(), what);
            assertEquals(j.get("handle"), Integer.toHexString(q.handle() >>> 16) + ":", what); // tc qdisc show: "%x:" of the major
            assertEquals(j.containsKey("root"), q.isRoot(), what);
            if (!q.isRoot()) {
                assertEquals(j.get("parent"), TcHandle.format(q.parent()), what);
            }
            assertEquals(j.get("bytes"), q.stats().bytes(), what);
            assertEquals(j.get("packets"), q.stats().packets(), what);
            assertEquals(j.get("drops"), q.stats().drops(), what);
            assertEquals(j.get("overlimits"), q.stats().overlimits(), what);
            assertEquals(j.get("requeues"), q.stats().requeues(), what);
            assertEquals(j.get("backlog"), q.stats().backlog(), what);
            assertEquals(j.get("qlen"), q.stats().qlen(), what);
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) j.get("options");
            if (q.options() instanceof HtbQdiscOptions h) {
                assertEquals(o.get("r2q"), h.rateToQuantum(), what);
                assertEquals(o.get("default"), "0x" + Long.toHexString(h.defaultClass()), what);
                assertEquals(o.get("direct_qlen"), h.directQueueLength(), what);
                assertEquals(o.get("direct_packets_stat"), h.directPackets(), what);
            } else if (q.options() instanceof FifoOptions f) {
                assertEquals(o.get("limit"), f.limit(), what);
            } else if (q.options() instanceof TbfOptions f) {
                assertEquals(o.get("rate"), f.rate(), what);
                assertEquals(o.get("burst"), f.burst(), what);
            } else {
                assertTrue(q.options() instanceof PlainQdiscOptions, what);
                assertTrue(o == null || o.isEmpty(), what);
            }
        }
    }

    private static final Pattern CLASS = Pattern.compile("class (\\S+) (\\S+) (?:root|parent (\\S+))(?: leaf \\S+)? prio (\\d+) "
            + "rate (\\S+) ceil (\\S+) burst (\\S+) cburst (\\S+)\\s+Sent (\\d+) bytes (\\d+) pkt \\(dropped (\\d+), "
            + "overlimits (\\d+) requeues (\\d+)\\)\\s+backlog (\\d+)b (\\d+)p");

    private static void assertClassesSameAsTc(NetNamespace ns, String dev) {
        List<TrafficClass> mine = TrafficClasses.list(ns, dev);
        Matcher m = CLASS.matcher(tc(ns, "-s", "class", "show", "dev", dev));
        int i = 0;
        while (m.find()) {
            TrafficClass c = mine.get(i++);
            HtbClassOptions h = (HtbClassOptions) c.options();
            String what = m.group() + " vs " + c;
            assertEquals(m.group(1), c.kind(), what);
            assertEquals(m.group(2), TcHandle.format(c.handle()), what);
            assertEquals(Long.parseLong(m.group(4)), h.prio(), what);
            assertEquals(TcUnits.rate(m.group(5), "rate"), h.rate(), what);
            assertEquals(TcUnits.rate(m.group(6), "ceil"), h.effectiveCeil(), what);
            assertEquals(TcUnits.size(m.group(7), "burst"), h.burst(), what);
            assertEquals(TcUnits.size(m.group(8), "cburst"), h.cburst(), what);
            assertEquals(Long.parseLong(m.group(9)), c.stats().bytes(), what);
            assertEquals(Long.parseLong(m.group(10)), c.stats().packets(), what);
            assertEquals(Long.parseLong(m.group(11)), c.stats().drops(), what);
            assertEquals(Long.parseLong(m.group(12)), c.stats().overlimits(), what);
            assertEquals(Long.parseLong(m.group(14)), c.stats().backlog(), what);
            assertEquals(Long.parseLong(m.group(15)), c.stats().qlen(), what);
        }
        assertEquals(mine.size(), i, "classes: " + mine);
    }

    private static void assertFiltersSameAsTc(NetNamespace ns, String dev) {
        List<Filter> mine = Filters.list(ns, dev); // root and ingress (an ingress qdisc: no egress hook)
        List<Map<String, Object>> root = json(ns, "filter", "show", "dev", dev, "parent", "1:");
        List<Map<String, Object>> theirs = new java.util.ArrayList<>(root);
        theirs.addAll(json(ns, "filter", "show", "dev", dev, "ingress"));
        assertEquals(theirs.size(), mine.size(), theirs + " vs " + mine);
        for (int i = 0; i < theirs.size(); i++) {
            Map<String, Object> j = theirs.get(i);
            Filter f = mine.get(i);
            String what = j + " vs " + f;
            assertEquals(j.get("kind"), f.kind(), what);
            assertEquals(j.get("pref"), (long) f.priority(), what);
            assertEquals("ip", j.get("protocol"), what);
            assertEquals(0x0800, f.protocol(), what);
            assertEquals(i < root.size() ? TcHandle.of(1, 0) : TcHandle.INGRESS_HOOK, f.parent(), what);
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) j.get("options");
            U32Options u = f.options() instanceof U32Options x ? x : null;
            if (o == null) {
                assertTrue(f.options() instanceof RawOptions r && r.options().isEmpty(), what);
                continue;
            }
            assertEquals(o.get("fh"), u32Handle(f.handle()), what);
            assertEquals(o.containsKey("ht_divisor") ? o.get("ht_divisor") : -1L, u.divisor(), what);
            if (o.containsKey("flowid")) {
                assertEquals(o.get("flowid"), TcHandle.format((int) u.classId()), what);
                U32Key last = u.selector().orElseThrow().keys().get(u.selector().orElseThrow().keys().size() - 1);
                @SuppressWarnings("unchecked")
                Map<String, Object> match = (Map<String, Object>) o.get("match"); // tc repeats the key: the last one wins
                assertEquals(match.get("value"), Integer.toHexString(last.value()), what);
                assertEquals(match.get("mask"), Integer.toHexString(last.mask()), what);
                assertEquals(match.get("off"), (long) last.offset(), what);
            }
        }
    }

    /** {@code tc}'s u32 handle text: {@code htid:hash:node} in hex, empty parts left out ({@code 800:}, {@code 800::800}). */
    private static String u32Handle(int h) {
        int htid = h >>> 20;
        int hash = (h >>> 12) & 0xFF;
        int node = h & 0xFFF;
        return Integer.toHexString(htid) + ":" + (hash != 0 ? Integer.toHexString(hash) : "")
                + (node != 0 ? ":" + Integer.toHexString(node) : "");
    }
}
