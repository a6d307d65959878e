package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkConnection;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Collections;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad arguments are refused with {@link IllegalArgumentException} naming the argument while the
 * request is built, or at {@code apply} before anything is sent (no connection is used here).
 */
class TcValidationTest {
    private static final NetlinkConnection NONE = null;

    static Stream<Arguments> rejected() {
        return Stream.of(
                row("dev", () -> Qdiscs.add("a/b")),
                row("dev", () -> Filters.add("0123456789abcdef")),
                row("dev index", () -> Qdiscs.add(0)),
                row("handle", () -> Qdiscs.add("x").handle("1:10")),
                row("handle", () -> Qdiscs.add("x").handle("zz:")),
                row("parent", () -> Qdiscs.add("x").parent("10000:1")),
                row("classid", () -> TrafficClasses.add("x").classId("1:")),
                row("classid", () -> TrafficClasses.add("x").parent("1:").apply(NONE)),
                row("parent and options", () -> TrafficClasses.add("x").classId("1:10").apply(NONE)),
                row("options", () -> Qdiscs.add("x").root().apply(NONE)),
                row("parent", () -> Filters.add("x").options(U32Options.match()).apply(NONE)),
                row("options", () -> Filters.add("x").parent("1:").apply(NONE)),
                row("prio", () -> Filters.add("x").priority(0)),
                row("prio", () -> Filters.add("x").priority(65536)),
                row("protocol", () -> Filters.add("x").protocol("ipx")),
                row("protocol", () -> Filters.add("x").protocol("0x10000")),
                row("kind", () -> Filters.delete("x").kind("has space")),
                row("rate", () -> HtbClassOptions.rate("10 parsecs")),
                row("rate", () -> HtbClassOptions.rate("")),
                row("rate", () -> HtbClassOptions.rate("1bit")),
                row("ceil", () -> HtbClassOptions.rate("1mbit").withCeil("fast")),
                row("burst", () -> HtbClassOptions.rate("1mbit").withBursts(0, 1600)),
                row("prio", () -> HtbClassOptions.rate("1mbit").withPrio(8)),
                row("quantum", () -> HtbClassOptions.rate("1mbit").withQuantum(-1)),
                row("default class", () -> HtbQdiscOptions.defaultClass(0x10000)),
                row("r2q", () -> HtbQdiscOptions.defaultClass(1).withRateToQuantum(0)),
                row("direct_qlen", () -> HtbQdiscOptions.defaultClass(1).withDirectQueueLength(1L << 32)),
                row("limit", () -> FifoOptions.packets(-1)),
                row("fifo kind", () -> new FifoOptions("tfifo", 1)),
                row("bands", () -> PrioOptions.prio(1, PrioOptions.DEFAULT_PRIOMAP)),
                row("priomap", () -> PrioOptions.prio(2, PrioOptions.DEFAULT_PRIOMAP)),
                row("priomap", () -> PrioOptions.prio(3, Collections.nCopies(15, 0))),
                row("delay", () -> NetemOptions.delay(Duration.ofSeconds(-1))),
                row("delay", () -> NetemOptions.delay(Duration.ofHours(1))),
                row("loss", () -> NetemOptions.DEFAULTS.withLoss(101)),
                row("loss", () -> NetemOptions.DEFAULTS.withLoss(Double.NaN)),
                row("reorder needs a delay", () -> NetemOptions.DEFAULTS.withReorder(25, 50)),
                row("rate", () -> NetemOptions.DEFAULTS.withRate("-1mbit")),
                row("latency", () -> TbfOptions.latency("1mbit", 4096, Duration.ofMillis(-1))),
                row("burst", () -> TbfOptions.limit("1mbit", 0, 1000)),
                row("ecn", () -> new FqCodelOptions(-1, -1, -1, -1, -1, 2, java.util.List.of())),
                row("ip src", () -> U32Options.match().matchIpSource("fd00::/64")),
                row("ip src", () -> U32Options.match().matchIpSource("10.0.0.0/33")),
                row("ip protocol", () -> U32Options.match().matchIpProtocol(256)),
                row("ip dport", () -> U32Options.match().matchIpDestinationPort(65536)),
                row("multiple of 4", () -> U32Options.match().matchU32(1, 1, 2)),
                row("contradicts", () -> U32Options.match().matchIpDestinationPort(80).matchU32(0x51, 0xFFFF, 20)),
                row("flowid", () -> U32Options.match().flowId("1:x")),
                row("ports need ip_proto", () -> FlowerOptions.match().ports(1, 2)),
                row("dst_mac", () -> FlowerOptions.match().destinationMac("02:00:00")),
                row("src_ip", () -> FlowerOptions.match().sourceIp("10.0.0.1/40")),
                row("matchall needs at least one action", () -> MatchallOptions.of()),
                row("mirred device index", () -> MirredAction.redirectEgress(0)),
                row("burst", () -> PoliceAction.drop("1mbit", 0)),
                row("kind", () -> new RawOptions("")),
                row("kind", () -> new PlainQdiscOptions("a very long kind name")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void shouldRejectNamingTheArgument(String mention, Executable bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad);
        assertTrue(e.getMessage().contains(mention), "message names '" + mention + "': " + e.getMessage());
    }

    private static Arguments row(String mention, Executable bad) {
        return Arguments.of(mention, bad);
    }
}
