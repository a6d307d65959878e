package io.jnetlink.netfilter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input is rejected with IllegalArgumentException naming it, before anything is sent. */
class ValidationTest {
    private static void rejects(String mention, Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(mention), x.getMessage());
    }

    @Test
    void shouldRejectBadNamesFamiliesHooksAndPriorities() {
        rejects("table", () -> NftRule.in(Family.IP, "", "c"));
        rejects("chain", () -> NftRule.in(Family.IP, "t", "bad name"));
        rejects("table", () -> Nftables.transaction().addTable(Family.IP, "x".repeat(256)));
        rejects("family", () -> Family.parse("ipx"));
        rejects("hook", () -> Hook.parse("prerouteing"));
        rejects("hook egress", () -> Nftables.transaction()
                .addBaseChain(Family.IP, "t", "c", ChainType.FILTER, Hook.EGRESS, "filter", null, null));
        rejects("srcnatt", () -> Priority.parse("srcnatt", Family.IP));
        rejects("priority", () -> Priority.parse("", Family.IP));
        rejects("bridge", () -> Priority.parse("mangle", Family.BRIDGE));
        rejects("device", () -> Nftables.transaction()
                .addBaseChain(Family.NETDEV, "t", "c", ChainType.FILTER, Hook.INGRESS, "0", null, null));
        rejects("nat chains", () -> Nftables.transaction()
                .addBaseChain(Family.ARP, "t", "c", ChainType.NAT, Hook.INPUT, "0", null, null));
        rejects("flags", () -> Nftables.transaction().addTable(Family.IP, "t", 4));
    }

    @Test
    void shouldParseNamedPriorities() {
        assertEquals(100, Priority.parse("srcnat", Family.IP));
        assertEquals(-100, Priority.parse("dstnat", Family.INET));
        assertEquals(110, Priority.parse("srcnat + 10", Family.IP));
        assertEquals(-155, Priority.parse("mangle - 5", Family.IP6));
        assertEquals(-300, Priority.parse("raw", Family.IP));
        assertEquals(50, Priority.parse("security", Family.IP));
        assertEquals(-200, Priority.parse("filter", Family.BRIDGE));
        assertEquals(-7, Priority.parse("-7", Family.NETDEV));
    }

    @Test
    void shouldRejectBadCidrsPortsAndAddresses() {
        rejects("source address", () -> NftRule.in(Family.IP, "t", "c").sourceAddress("192.168.15.300/24"));
        rejects("source address", () -> NftRule.in(Family.IP, "t", "c").sourceAddress("192.168.15.0/33"));
        rejects("IPv6", () -> NftRule.in(Family.IP, "t", "c").sourceAddress("fd00::/64"));
        rejects("protocol", () -> NftRule.in(Family.IP, "t", "c").destinationPort(80));
        rejects("1..65535", () -> NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(70000));
        rejects("reversed", () -> NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPortRange(90, 80));
        rejects("input interface", () -> NftRule.in(Family.IP, "t", "c").inInterface("a-name-longer-than-15"));
        rejects("forwarded port", () -> Nat.portForward(0));
        rejects("forward port", () -> Nat.portForward(80).to("192.168.15.2", 65536));
        rejects("forward address", () -> Nat.portForward(80).to("192.168.15.256", 80));
        rejects("masquerade source", () -> Nat.masquerade("192.168.15.0/40"));
        rejects("masquerade source", () -> Nat.masquerade("not-an-address"));
        rejects("output interface", () -> Nat.masquerade("10.0.0.0/8").outInterface("x".repeat(16)));
        rejects("element", () -> Nftables.transaction().addElements(Family.INET, "t", "s", SetKeyType.INET_SERVICE, false,
                List.of("http")));
        rejects("overlap", () -> Nftables.transaction().addElements(Family.INET, "t", "s", SetKeyType.IPV4_ADDR, true,
                List.of("10.0.0.0/8", "10.1.0.0/16")));
        rejects("ct state", () -> NftRule.in(Family.IP, "t", "c").ctState());
        rejects("tcp reset", () -> NftRule.in(Family.IP, "t", "c").rejectWithTcpReset());
        rejects("mark", () -> NftRule.in(Family.IP, "t", "c").mark(-1));
        rejects("handle", () -> Nftables.transaction().deleteRule(Family.IP, "t", "c", 0));
    }

    @Test
    void shouldBuildTheWalkthroughRuleWithoutRegistersInSight() {
        var rule = NftRule.in(Family.IP, "filter", "forward").sourceAddress("192.168.15.0/24").protocol(Protocol.TCP)
                .destinationPort(80).ctState(CtState.ESTABLISHED, CtState.RELATED).accept().build();
        assertEquals(List.of("payload", "cmp", "meta", "cmp", "payload", "cmp", "ct", "bitwise", "cmp", "immediate"),
                rule.expressions().stream().map(e -> e.name()).toList());
    }
}
