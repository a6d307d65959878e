package io.jnetlink.route.tc;

import java.time.Duration;
import java.util.List;

/**
 * The table of golden vectors ({@code src/test/resources/tc/capture.sh}): each {@code tc} command's
 * captured request, the same request built with the library, and the options it carries. veth0 is
 * ifindex 3, veth1 2, lo 1. Used by {@link TcEncodingTest} (encode == tc's bytes) and
 * {@link TcDecodeTest} (decoding tc's bytes gives the options back).
 */
final class TcGolden {
    static final int VETH0 = 3;
    static final int VETH1 = 2;
    static final int LO = 1;

    private TcGolden() {
    }

    /**
     * @param file    the vector
     * @param request the library's request for the same command
     * @param ifindex the device's index at capture time
     * @param options what decoding the vector gives back (null: not compared, e.g. deletes)
     */
    record Case(String file, TcRequest<?> request, int ifindex, Object options) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() {
        HtbClassOptions full = HtbClassOptions.rate("2mbit").withCeil("20mbit").withBursts(15 * 1024, 20 * 1024).withPrio(2)
                .withQuantum(1500);
        NetemOptions netem = NetemOptions.delay(Duration.ofMillis(100))
                .withDelay(Duration.ofMillis(100), Duration.ofMillis(10), 25).withLoss(1).withDuplicate(2).withCorrupt(0.5)
                .withReorder(25, 50).withRate("1mbit");
        FqCodelOptions fqCodel = FqCodelOptions.DEFAULTS.withLimit(1000).withFlows(512).withTargetAndInterval(5000, 100_000)
                .withQuantum(1514).withEcn(true);
        FlowerOptions flowerPass = FlowerOptions.match().ipProtocol(6).sourceIp("10.0.0.0/24").destinationIp("10.0.0.2")
                .ports(1234, 80).withActions(GactAction.PASS);
        FlowerOptions flowerPolice = FlowerOptions.match().ipProtocol(17).ports(-1, 53)
                .withActions(PoliceAction.drop("1mbit", 10 * 1024));
        FlowerOptions flowerMac = FlowerOptions.match().destinationMac("02:00:00:00:00:01")
                .withActions(MirredAction.redirectEgress(VETH0));
        U32Options dport = U32Options.match().matchIpDestinationPort(5001).flowId("1:10");
        U32Options u32Full = U32Options.match().matchIpSource("10.0.0.0/24").matchIpDestination("10.0.1.2/32")
                .matchIpProtocol(6).matchIpSourcePort(80).flowId("1:20");
        return List.of(
                new Case("qdisc-add-htb.hex", Qdiscs.add("veth0").root().handle("1:")
                        .options(HtbQdiscOptions.defaultClass(0x10)), VETH0, HtbQdiscOptions.defaultClass(0x10)),
                new Case("qdisc-replace-htb.hex", Qdiscs.replace("veth0").root().handle("1:")
                        .options(HtbQdiscOptions.defaultClass(0x20).withRateToQuantum(5).withDirectQueueLength(100)), VETH0,
                        HtbQdiscOptions.defaultClass(0x20).withRateToQuantum(5).withDirectQueueLength(100)),
                new Case("class-add-htb.hex", TrafficClasses.add("veth0").parent("1:").classId("1:10")
                        .options(HtbClassOptions.rate("10mbit")), VETH0,
                        new HtbClassOptions(1_250_000, 1_250_000, 1600, 1600, 0, 0, 0)),
                new Case("class-add-htb-full.hex", TrafficClasses.add("veth0").parent("1:").classId("1:20").options(full),
                        VETH0, full),
                new Case("class-add-htb-64.hex", TrafficClasses.add("veth0").parent("1:").classId("1:30")
                        .options(HtbClassOptions.rate("40gbit").withCeil("50gbit")), VETH0,
                        new HtbClassOptions(5_000_000_000L, 6_250_000_000L, 0, 0, 0, 0, 0)),
                new Case("class-change-htb.hex", TrafficClasses.change("veth0").parent("1:").classId("1:10")
                        .options(HtbClassOptions.rate("5mbit")), VETH0, new HtbClassOptions(625_000, 625_000, 1600, 1600, 0, 0, 0)),
                new Case("class-del.hex", TrafficClasses.delete("veth0").classId("1:30"), VETH0, null),
                new Case("qdisc-add-pfifo.hex", Qdiscs.add("veth0").parent("1:10").handle("10:")
                        .options(FifoOptions.packets(50)), VETH0, FifoOptions.packets(50)),
                new Case("qdisc-add-bfifo.hex", Qdiscs.add("veth0").parent("1:20").handle("20:")
                        .options(FifoOptions.bytes(30000)), VETH0, FifoOptions.bytes(30000)),
                new Case("qdisc-add-ingress.hex", Qdiscs.add("veth0").ingress(), VETH0, PlainQdiscOptions.INGRESS),
                new Case("qdisc-add-clsact.hex", Qdiscs.add("veth1").clsact(), VETH1, PlainQdiscOptions.CLSACT),
                new Case("qdisc-add-pfifo-fast.hex", Qdiscs.add("lo").root().handle("5:")
                        .options(PlainQdiscOptions.PFIFO_FAST), LO, PlainQdiscOptions.PFIFO_FAST),
                new Case("qdisc-del-root.hex", Qdiscs.delete("veth0").root(), VETH0, null),
                new Case("qdisc-add-tbf.hex", Qdiscs.add("veth1").root().handle("3:")
                        .options(TbfOptions.latency("1mbit", 4096, Duration.ofMillis(400))), VETH1,
                        new TbfOptions(125_000, 4096, 54_096)),
                new Case("qdisc-add-netem.hex", Qdiscs.add("veth1").root().handle("2:").options(netem), VETH1, netem),
                new Case("qdisc-add-netem-delay.hex", Qdiscs.add("veth1").root()
                        .options(NetemOptions.delay(Duration.ofMillis(20))), VETH1, NetemOptions.delay(Duration.ofMillis(20))),
                new Case("qdisc-add-fq-codel.hex", Qdiscs.add("veth1").root().options(fqCodel), VETH1, fqCodel),
                new Case("qdisc-add-prio.hex", Qdiscs.add("veth1").root().handle("4:")
                        .options(PrioOptions.prio(3, PrioOptions.DEFAULT_PRIOMAP)), VETH1,
                        PrioOptions.prio(3, PrioOptions.DEFAULT_PRIOMAP)),
                new Case("qdisc-add-sfq.hex", Qdiscs.add("veth1").root().options(SfqOptions.of(10, 1514, 127)), VETH1,
                        SfqOptions.of(10, 1514, 127)),
                new Case("filter-add-u32-dport.hex", Filters.add("veth0").parent("1:").protocol("ip").priority(1)
                        .options(dport), VETH0, dport),
                new Case("filter-add-u32-full.hex", Filters.add("veth0").parent("1:").protocol("ip").priority(2)
                        .options(u32Full), VETH0, u32Full),
                new Case("filter-del-u32.hex", Filters.delete("veth0").parent("1:").protocol("ip").priority(2).kind("u32"),
                        VETH0, null),
                new Case("filter-add-matchall-redirect.hex", Filters.add("veth1").ingress().priority(1)
                        .options(MatchallOptions.of(MirredAction.redirectEgress(VETH0))), VETH1,
                        MatchallOptions.of(MirredAction.redirectEgress(VETH0))),
                new Case("filter-add-matchall-drop.hex", Filters.add("veth1").ingress().priority(3)
                        .options(MatchallOptions.of(GactAction.DROP)), VETH1, MatchallOptions.of(GactAction.DROP)),
                new Case("filter-add-flower-pass.hex", Filters.add("veth1").ingress().protocol("ip").priority(2)
                        .options(flowerPass), VETH1, flowerPass.withEthType(0x0800)),
                new Case("filter-add-flower-police.hex", Filters.add("veth1").ingress().protocol("ip").priority(4)
                        .options(flowerPolice), VETH1, flowerPolice.withEthType(0x0800)),
                new Case("filter-add-flower-mac.hex", Filters.add("veth1").egress().protocol("all").priority(5)
                        .options(flowerMac), VETH1, flowerMac));
    }
}
