package io.jnetlink.route.tc;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.jnetlink.route.tc.TcVectors.assertEncodesLikeTc;

/**
 * Every request encodes to the bytes {@code tc} sent for the same command (golden vectors of
 * {@code src/test/resources/tc/capture.sh}; veth0 is ifindex 3, veth1 2, lo 1). The kinds this
 * kernel lacks (netem, fq_codel, prio, sfq, flower, matchall, actions) are covered only here.
 */
class TcEncodingTest {
    private static final int VETH0 = 3;
    private static final int VETH1 = 2;
    private static final int LO = 1;

    @Test
    void shouldEncodeHtbQdiscLikeTc() {
        assertEncodesLikeTc("qdisc-add-htb.hex",
                Qdiscs.add("veth0").root().handle("1:").options(HtbQdiscOptions.defaultClass(0x10)), VETH0);
        assertEncodesLikeTc("qdisc-replace-htb.hex", Qdiscs.replace("veth0").root().handle("1:")
                .options(HtbQdiscOptions.defaultClass(0x20).withRateToQuantum(5).withDirectQueueLength(100)), VETH0);
    }

    @Test
    void shouldEncodeHtbClassesWithTcsRateTables() {
        assertEncodesLikeTc("class-add-htb.hex", TrafficClasses.add("veth0").parent("1:").classId("1:10")
                .options(HtbClassOptions.rate("10mbit")), VETH0);
        assertEncodesLikeTc("class-add-htb-full.hex", TrafficClasses.add("veth0").parent("1:").classId("1:20")
                .options(HtbClassOptions.rate("2mbit").withCeil("20mbit").withBursts(15 * 1024, 20 * 1024).withPrio(2)
                        .withQuantum(1500)), VETH0);
        assertEncodesLikeTc("class-add-htb-64.hex", TrafficClasses.add("veth0").parent("1:").classId("1:30")
                .options(HtbClassOptions.rate("40gbit").withCeil("50gbit")), VETH0);
        assertEncodesLikeTc("class-change-htb.hex", TrafficClasses.change("veth0").parent("1:").classId("1:10")
                .options(HtbClassOptions.rate("5mbit")), VETH0);
        assertEncodesLikeTc("class-del.hex", TrafficClasses.delete("veth0").classId("1:30"), VETH0);
    }

    @Test
    void shouldEncodeFifosIngressClsactAndPfifoFastLikeTc() {
        assertEncodesLikeTc("qdisc-add-pfifo.hex", Qdiscs.add("veth0").parent("1:10").handle("10:")
                .options(FifoOptions.packets(50)), VETH0);
        assertEncodesLikeTc("qdisc-add-bfifo.hex", Qdiscs.add("veth0").parent("1:20").handle("20:")
                .options(FifoOptions.bytes(30000)), VETH0);
        assertEncodesLikeTc("qdisc-add-ingress.hex", Qdiscs.add("veth0").ingress(), VETH0);
        assertEncodesLikeTc("qdisc-add-clsact.hex", Qdiscs.add("veth1").clsact(), VETH1);
        assertEncodesLikeTc("qdisc-add-pfifo-fast.hex", Qdiscs.add("lo").root().handle("5:")
                .options(PlainQdiscOptions.PFIFO_FAST), LO);
        assertEncodesLikeTc("qdisc-del-root.hex", Qdiscs.delete("veth0").root(), VETH0);
    }

    @Test
    void shouldEncodeTbfWithItsRateTable() {
        assertEncodesLikeTc("qdisc-add-tbf.hex", Qdiscs.add("veth1").root().handle("3:")
                .options(TbfOptions.latency("1mbit", 4096, Duration.ofMillis(400))), VETH1);
    }

    @Test
    void shouldEncodeNetemLikeTc() {
        assertEncodesLikeTc("qdisc-add-netem.hex", Qdiscs.add("veth1").root().handle("2:")
                .options(NetemOptions.delay(Duration.ofMillis(100)).withDelay(Duration.ofMillis(100), Duration.ofMillis(10), 25)
                        .withLoss(1).withDuplicate(2).withCorrupt(0.5).withReorder(25, 50).withRate("1mbit")), VETH1);
        assertEncodesLikeTc("qdisc-add-netem-delay.hex", Qdiscs.add("veth1").root()
                .options(NetemOptions.delay(Duration.ofMillis(20))), VETH1);
    }

    @Test
    void shouldEncodeFqCodelPrioAndSfqLikeTc() {
        assertEncodesLikeTc("qdisc-add-fq-codel.hex", Qdiscs.add("veth1").root().options(FqCodelOptions.DEFAULTS
                .withLimit(1000).withFlows(512).withTargetAndInterval(5000, 100_000).withQuantum(1514).withEcn(true)), VETH1);
        assertEncodesLikeTc("qdisc-add-prio.hex", Qdiscs.add("veth1").root().handle("4:")
                .options(PrioOptions.prio(3, PrioOptions.DEFAULT_PRIOMAP)), VETH1);
        assertEncodesLikeTc("qdisc-add-sfq.hex", Qdiscs.add("veth1").root().options(SfqOptions.of(10, 1514, 127)), VETH1);
    }

    @Test
    void shouldEncodeU32MatchesWithTcsKeyPacking() {
        assertEncodesLikeTc("filter-add-u32-dport.hex", Filters.add("veth0").parent("1:").protocol("ip").priority(1)
                .options(U32Options.match().matchIpDestinationPort(5001).flowId("1:10")), VETH0);
        assertEncodesLikeTc("filter-add-u32-full.hex", Filters.add("veth0").parent("1:").protocol("ip").priority(2)
                .options(U32Options.match().matchIpSource("10.0.0.0/24").matchIpDestination("10.0.1.2/32")
                        .matchIpProtocol(6).matchIpSourcePort(80).flowId("1:20")), VETH0);
        assertEncodesLikeTc("filter-del-u32.hex", Filters.delete("veth0").parent("1:").protocol("ip").priority(2).kind("u32"),
                VETH0);
    }

    @Test
    void shouldEncodeMatchallWithGactAndMirredActions() {
        assertEncodesLikeTc("filter-add-matchall-redirect.hex", Filters.add("veth1").ingress().priority(1)
                .options(MatchallOptions.actions(MirredAction.redirectEgress(VETH0))), VETH1);
        assertEncodesLikeTc("filter-add-matchall-drop.hex", Filters.add("veth1").ingress().priority(3)
                .options(MatchallOptions.actions(GactAction.DROP)), VETH1);
    }

    @Test
    void shouldEncodeFlowerWithPassPoliceAndMirred() {
        assertEncodesLikeTc("filter-add-flower-pass.hex", Filters.add("veth1").ingress().protocol("ip").priority(2)
                .options(FlowerOptions.match().ipProtocol(6).sourceIp("10.0.0.0/24").destinationIp("10.0.0.2")
                        .ports(1234, 80).withActions(GactAction.PASS)), VETH1);
        assertEncodesLikeTc("filter-add-flower-police.hex", Filters.add("veth1").ingress().protocol("ip").priority(4)
                .options(FlowerOptions.match().ipProtocol(17).ports(-1, 53)
                        .withActions(PoliceAction.drop("1mbit", 10 * 1024))), VETH1);
        assertEncodesLikeTc("filter-add-flower-mac.hex", Filters.add("veth1").egress().protocol("all").priority(5)
                .options(FlowerOptions.match().destinationMac("02:00:00:00:00:01")
                        .withActions(MirredAction.redirectEgress(VETH0))), VETH1);
    }
}
