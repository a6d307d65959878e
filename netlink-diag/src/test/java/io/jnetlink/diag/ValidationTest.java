package io.jnetlink.diag;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad argument is refused with an {@link IllegalArgumentException} naming it, before
 * anything is sent (no namespace or connection is involved: these run without privileges).
 */
class ValidationTest {
    static Stream<Arguments> badArguments() {
        return Stream.of(
                bad("sport -1", "port", () -> SocketFilter.sport(-1)),
                bad("dport 65536", "port", () -> SocketFilter.dport(65536)),
                bad("sport null comparison", "comparison", () -> SocketFilter.sport(null, 80)),
                bad("src not an address", "prefix", () -> SocketFilter.src("10.0.0.300")),
                bad("src empty", "prefix", () -> SocketFilter.src("")),
                bad("src null", "prefix", () -> SocketFilter.src(null)),
                bad("dst prefix too long", "prefix", () -> SocketFilter.dst("10.0.0.0/33")),
                bad("dst port 70000", "port", () -> SocketFilter.dst("10.0.0.1", 70000)),
                bad("mark over u32", "mark", () -> SocketFilter.mark(1L << 32, 0xFFFFFFFFL)),
                bad("mask negative", "mask", () -> SocketFilter.mark(1, -1)),
                bad("dev 0", "index", () -> SocketFilter.dev(0)),
                bad("and null", "right", () -> SocketFilter.sport(1).and(null)),
                bad("or null", "right", () -> SocketFilter.sport(1).or(null)),
                bad("not of null", "inner", () -> new SocketFilter.Not(null)),
                bad("host null side", "side", () -> new SocketFilter.Host(null, io.jnetlink.core.net.IpPrefix.parse("::1", "p"), -1)),
                bad("filter null", "filter", () -> Sockets.tcp().filter(null)),
                bad("no states", "states", () -> Sockets.tcp().states()),
                bad("null state", "states", () -> Sockets.tcp().states(TcpState.LISTEN, null)),
                bad("UNKNOWN state", "states", () -> Sockets.udp().states(TcpState.UNKNOWN)),
                bad("unix no states", "states", () -> Sockets.unix().states()),
                bad("null extension", "extensions", () -> Sockets.tcp().with(Extension.TCP_INFO, null)),
                bad("null extensions", "extensions", () -> Sockets.tcp().with((Extension[]) null)),
                bad("destroy null", "socket", () -> Sockets.destroy(null)),
                bad("await port 0", "port", () -> Sockets.awaitListening(0)),
                bad("await port 65536", "port", () -> Sockets.awaitListening(65536)),
                bad("await null timeout", "timeout", () -> Sockets.awaitListening(80).within(null)),
                bad("await zero timeout", "timeout", () -> Sockets.awaitListening(80).within(Duration.ZERO)),
                bad("await negative timeout", "timeout", () -> Sockets.awaitListening(80).within(Duration.ofSeconds(-1))),
                bad("tcp_info bytes null", "bytes", () -> new TcpInfo(null)),
                bad("events in null", "namespace", () -> SocketEvents.subscribe().in(null)),
                bad("events null consumer", "consumer", () -> SocketEvents.subscribe().start(null)),
                bad("parse null", "expression", () -> SocketFilter.parse(null)),
                bad("parse junk", "expression", () -> SocketFilter.parse("sport = :http")));
    }

    private static Arguments bad(String what, String argument, Executable call) {
        return Arguments.of(what, argument, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void shouldRefuseNamingTheArgument(String what, String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call, what);
        assertTrue(e.getMessage().contains(argument), what + ": '" + e.getMessage() + "' should name " + argument);
    }
}
