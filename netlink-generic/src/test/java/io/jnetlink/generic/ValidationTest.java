package io.jnetlink.generic;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.generic.ethtool.Ethtool;
import io.jnetlink.generic.mptcp.MptcpEndpoints;
import io.jnetlink.generic.wireguard.Wireguard;
import io.jnetlink.generic.wireguard.WireguardKey;
import io.jnetlink.generic.wireguard.WireguardPeerConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad arguments are refused with an {@link IllegalArgumentException} naming them, and nothing
 * reaches the kernel: each row builds and applies its request on a scripted kernel that records
 * every datagram.
 */
class ValidationTest {
    private record Row(String mention, Case request) {
    }

    @FunctionalInterface
    private interface Case {
        void run(NetlinkConnection c);
    }

    private static final WireguardKey KEY = WireguardKey.of(new byte[32]);

    private static final List<Row> ROWS = List.of(
            new Row("family name", c -> GenericFamilies.resolve(c, "")),
            new Row("family name", c -> GenericFamilies.resolve(c, "a-name-of-16-byt")),
            new Row("command", c -> GenericFamilies.command("netdev", 256).apply(c)),
            new Row("version", c -> GenericFamilies.command("netdev", 1).version(-1).apply(c)),
            new Row("attribute", c -> GenericFamilies.command("netdev", 1).attribute(null).apply(c)),
            new Row("device", c -> Ethtool.showFeatures("").apply(c)),
            new Row("device", c -> Ethtool.showChannels("a-name-longer-than-15").apply(c)),
            new Row("device", c -> Ethtool.features("bad/name").set("tso", false).apply(c)),
            new Row("feature", c -> Ethtool.features("veth0").set("", false).apply(c)),
            new Row("feature", c -> Ethtool.features("veth0").set("x".repeat(32), true).apply(c)),
            new Row("rx count", c -> Ethtool.channels("veth0").rx(-1).apply(c)),
            new Row("combined count", c -> Ethtool.channels("veth0").combined(1L << 32).apply(c)),
            new Row("tx ring size", c -> Ethtool.rings("veth0").tx(-5).apply(c)),
            new Row("string set id", c -> Ethtool.stringSet("veth0", 32).apply(c)),
            new Row("endpoint address", c -> MptcpEndpoints.add("10.0.0.300").apply(c)),
            new Row("endpoint address", c -> MptcpEndpoints.add("veth0").apply(c)),
            new Row("endpoint id", c -> MptcpEndpoints.add("10.0.0.1").id(0).apply(c)),
            new Row("endpoint id", c -> MptcpEndpoints.delete(256).apply(c)),
            new Row("endpoint port", c -> MptcpEndpoints.add("10.0.0.1").port(65536).apply(c)),
            new Row("endpoint device", c -> MptcpEndpoints.add("10.0.0.1").dev("").apply(c)),
            new Row("endpoint device index", c -> MptcpEndpoints.add("10.0.0.1").dev(0).apply(c)),
            new Row("subflows limit", c -> MptcpEndpoints.setLimits().subflows(-1).apply(c)),
            new Row("add_addr_accepted limit", c -> MptcpEndpoints.setLimits().addAddrAccepted(1L << 32).apply(c)),
            new Row("wireguard key", c -> WireguardKey.of(new byte[31])),
            new Row("wireguard key", c -> WireguardKey.parse("not base64!")),
            new Row("wireguard device", c -> Wireguard.set("").apply(c)),
            new Row("listen port", c -> Wireguard.set("wg0").listenPort(70000).apply(c)),
            new Row("fwmark", c -> Wireguard.set("wg0").fwmark(-1).apply(c)),
            new Row("private key", c -> Wireguard.set("wg0").privateKey(null).apply(c)),
            new Row("peer", c -> Wireguard.set("wg0").peer(null).apply(c)),
            new Row("peer public key", c -> WireguardPeerConfig.of(null)),
            new Row("endpoint port", c -> WireguardPeerConfig.of(KEY).endpoint("192.0.2.1", 0)),
            new Row("endpoint address", c -> WireguardPeerConfig.of(KEY).endpoint("host.example", 51820)),
            new Row("allowed IP", c -> WireguardPeerConfig.of(KEY).allowedIp("10.0.0.0/33")),
            new Row("persistent keepalive", c -> WireguardPeerConfig.of(KEY).persistentKeepalive(65536)),
            new Row("wireguard device", c -> Wireguard.show("x".repeat(16)).apply(c)));

    @TestFactory
    Stream<DynamicTest> shouldRejectBadArgumentsBeforeSendingAnything() {
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.mention(), () -> {
            FakeKernel kernel = FakeKernel.acking();
            try (NetlinkConnection c = NetlinkConnection.over(kernel)) {
                Executable e = () -> row.request().run(c);
                IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
                assertTrue(x.getMessage().contains(row.mention()), x.getMessage());
                assertEquals(0, kernel.datagrams().size(), "sent " + kernel.datagrams().size() + " datagrams");
            }
        }));
    }
}
