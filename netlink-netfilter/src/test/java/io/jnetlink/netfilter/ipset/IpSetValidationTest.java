package io.jnetlink.netfilter.ipset;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad arguments are refused with an {@link IllegalArgumentException} naming the argument, while the
 * request is built: no connection is opened, nothing is sent (these run without a namespace).
 */
class IpSetValidationTest {
    private static final String NAME_31 = "a".repeat(31);
    private static final String NAME_32 = "a".repeat(32);

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("name", () -> IpSets.create(NAME_32, IpSetType.HASH_IP)),
                bad("name", () -> IpSets.create("", IpSetType.HASH_IP)),
                bad("name", () -> IpSets.create("a\0b", IpSetType.HASH_IP)),
                bad("name", () -> IpSets.destroy(NAME_32)),
                bad("name", () -> IpSets.flush(null)),
                bad("from", () -> IpSets.rename(NAME_32, "b")),
                bad("to", () -> IpSets.rename("a", NAME_32)),
                bad("first", () -> IpSets.swap("", "b")),
                bad("second", () -> IpSets.swap("a", NAME_32)),
                bad("name", () -> IpSets.add(NAME_32, IpSetEntry.ip("10.0.0.1"))),
                bad("name", () -> IpSets.list(NAME_32)),
                bad("member", () -> IpSetEntry.set(NAME_32)),
                bad("type", () -> IpSets.create("a", null)),
                bad("type", () -> IpSetType.of("hash:ip,mac")),
                bad("address", () -> IpSetEntry.ip("10.0.0.256")),
                bad("address", () -> IpSetEntry.ip("example.com")),
                bad("cidr", () -> IpSetEntry.net("10.0.0.0/33")),
                bad("cidr", () -> IpSetEntry.net("10.0.0.0/0")),
                bad("cidr", () -> IpSetEntry.net("2001:db8::/129")),
                bad("cidr", () -> IpSetEntry.net("10.0.0.0/x")),
                bad("port", () -> IpSetEntry.port(65536)),
                bad("port", () -> IpSetEntry.port(-1)),
                bad("port", () -> IpSetEntry.ipPort("10.0.0.1", "tcp", 70000)),
                bad("protocol", () -> IpSetEntry.ipPort("10.0.0.1", "icmp", 8)),
                bad("protocol", () -> IpSetEntry.ipPort("10.0.0.1", "gre:0")),
                bad("protocol", () -> IpSetEntry.ipPort("fd00::1", "icmp:echo-request")),
                bad("protocol", () -> IpSetEntry.ipPort("10.0.0.1", "icmpv6:1/3")),
                bad("port", () -> IpSetEntry.ipPort("10.0.0.1", "udp:65536")),
                bad("port", () -> IpSetEntry.ipPort("10.0.0.1", "udp:")),
                bad("port", () -> IpSetEntry.ipPort("10.0.0.1", "http")),
                bad("port", () -> IpSetEntry.ipPort("10.0.0.1", "")),
                bad("port", () -> IpSetEntry.ipPort("10.0.0.1", "icmp:echo")),
                bad("port", () -> IpSetEntry.ipPort("10.0.0.1", "icmp:256/0")),
                bad("port", () -> IpSetEntry.ipPort("10.0.0.1", "icmp:3/")),
                bad("address", () -> IpSetEntry.ipPortIp("10.0.0", "tcp:53", "10.0.0.1")),
                bad("address2", () -> IpSetEntry.ipPortIp("10.0.0.1", "tcp:53", "10.0.0")),
                bad("address2", () -> IpSetEntry.ipPortIp("10.0.0.1", "tcp:53", "fd00::1")),
                bad("cidr2", () -> IpSetEntry.ipPortNet("10.0.0.1", "tcp:80", "192.168.0.0/0")),
                bad("cidr2", () -> IpSetEntry.ipPortNet("10.0.0.1", "tcp:80", "192.168.0.0/33")),
                bad("cidr2", () -> IpSetEntry.ipPortNet("10.0.0.1", "tcp:80", "fd00::/64")),
                bad("mac", () -> IpSetEntry.mac("00:11:22:33:44")),
                bad("timeout", () -> IpSetEntry.ip("10.0.0.1").withTimeout(-1)),
                bad("timeout", () -> IpSetEntry.ip("10.0.0.1").withTimeout(2147484)),
                bad("timeout", () -> IpSets.create("a", IpSetType.HASH_IP).timeout(-5)),
                bad("packets", () -> IpSetEntry.ip("10.0.0.1").withCounters(-1, 0)),
                bad("bytes", () -> IpSetEntry.ip("10.0.0.1").withCounters(0, -1)),
                bad("comment", () -> IpSetEntry.ip("10.0.0.1").withComment("x".repeat(256))),
                bad("range", () -> IpSets.create("a", IpSetType.BITMAP_PORT).portRange(2048, 1024)),
                bad("range", () -> IpSets.create("a", IpSetType.BITMAP_PORT).portRange(0, 65536)),
                bad("range", () -> IpSets.create("a", IpSetType.HASH_IP).portRange(1, 2)),
                bad("range", () -> IpSets.create("a", IpSetType.BITMAP_PORT).apply(null)),
                bad("size", () -> IpSets.create("a", IpSetType.HASH_IP).size(8)),
                bad("hashsize", () -> IpSets.create("a", IpSetType.HASH_IP).hashSize(10)),
                bad("hashsize", () -> IpSets.create("a", IpSetType.LIST_SET).hashSize(1024)),
                bad("maxelem", () -> IpSets.create("a", IpSetType.BITMAP_PORT).maxElem(10)),
                bad("family", () -> IpSets.create("a", IpSetType.BITMAP_PORT).inet6()),
                bad("entry", () -> IpSets.add("a", null)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.ip("10.0.0.1")).type(IpSetType.HASH_IP_PORT, false)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.net("10.0.0.0/8")).type(IpSetType.HASH_IP, false)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.ip("2001:db8::1")).type(IpSetType.HASH_IP, false)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.ip("10.0.0.1")).type(IpSetType.HASH_NET, true)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.port(80)).type(IpSetType.HASH_IP_PORT, false)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.ipPort("10.0.0.1", "tcp", 80)).type(IpSetType.BITMAP_PORT, false)),
                bad("entry", () -> IpSets.test("a", IpSetEntry.set("b")).type(IpSetType.HASH_MAC, false)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.ipPort("10.0.0.1", "tcp:53")).type(IpSetType.HASH_IP_PORT_IP, false)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.ipPortIp("10.0.0.1", "tcp:53", "10.0.0.2")).type(IpSetType.HASH_IP_PORT, false)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.ipPortNet("10.0.0.1", "tcp:53", "10.0.0.0/8")).type(IpSetType.HASH_IP_PORT_IP, false)),
                bad("entry", () -> IpSets.add("a", IpSetEntry.ipPortIp("fd00::1", "tcp:53", "fd00::2")).type(IpSetType.HASH_IP_PORT_IP, false)),
                bad("entry", () -> IpSets.delete("a", IpSetEntry.mac("00:11:22:33:44:55")).type(IpSetType.LIST_SET, false)));
    }

    private static Arguments bad(String argument, Executable call) {
        return Arguments.of(argument, call);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void refusesNamingTheArgument(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(argument + " ") || e.getMessage().startsWith(argument + ":"),
                "message should start with '" + argument + "': " + e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void acceptsTheLimits() {
        IpSets.create(NAME_31, IpSetType.HASH_IP).timeout(2147483).hashSize(64).maxElem(0xFFFF_FFFFL);
        IpSetEntry.net("10.0.0.0/32").withComment("x".repeat(255)).withTimeout(0);
        IpSetEntry.port(0);
        IpSetEntry.port(65535);
        IpSets.create("p", IpSetType.BITMAP_PORT).portRange(0, 65535);
        IpSets.add("a", IpSetEntry.net("10.0.0.1")).type(IpSetType.HASH_NET, false);
        IpSets.add("a", IpSetEntry.ipPortNet("10.0.0.1", "sctp:65535", "10.0.0.0/32")).type(IpSetType.HASH_IP_PORT_NET, false);
        IpSets.add("a", IpSetEntry.ipPortIp("fd00::1", "icmpv6:255/255", "fd00::2")).type(IpSetType.HASH_IP_PORT_IP, true);
        IpSets.add("a", IpSetEntry.ipPort("10.0.0.1", "icmp:ping")).type(IpSetType.HASH_IP_PORT, false);
    }
}
