package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * nftables work aimed at red never touches the host (this JVM's namespace) or blue, which hold
 * look-alike rulesets (same table and chain names as red's NAT and filter work): after thousands
 * of transactions, NAT helpers, lists and generation reads {@code .in(red)}, the host's and blue's
 * {@code nft list ruleset} and {@code ip} state are byte-for-byte what they were.
 */
class IsolationIT {
    static final int ROUNDS = Integer.getInteger("jnetlink.isolation.rounds", 300);

    static String snapshot(NetNamespace ns) throws Exception {
        return NftOracle.run(ns, "nft", "list", "ruleset") + NftOracle.run(ns, "ip", "-d", "link", "show")
                + NftOracle.run(ns, "ip", "-d", "addr", "show") + NftOracle.run(ns, "ip", "-d", "route", "show", "table", "all");
    }

    static void lookAlike(NetNamespace ns) throws Exception {
        NftOracle.nftFile(ns, """
                table ip nat {
                  chain postrouting { type nat hook postrouting priority srcnat; policy accept; ip saddr 10.77.0.0/16 masquerade; }
                  chain prerouting { type nat hook prerouting priority dstnat; policy accept; }
                }
                table ip t {
                  chain c { type filter hook input priority filter; policy accept; tcp dport 2222 accept; }
                }
                """);
    }

    @Test
    void thousandsOfNftOperationsInRedLeaveHostAndBlueUnchanged() throws Exception {
        NetNamespace host = NetNamespace.current();
        String home = Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        try (NetNamespace blue = NetNamespace.create(); NetNamespace red = NetNamespace.create()) {
            lookAlike(host);
            lookAlike(blue);
            String hostBefore = snapshot(host);
            String blueBefore = snapshot(blue);
            int operations = 0;
            for (int i = 0; i < ROUNDS; i++) {
                Nftables.transaction().addTable(Family.IP, "t")
                        .addBaseChain(Family.IP, "t", "c", ChainType.FILTER, Hook.INPUT, "filter", null, null)
                        .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(1000 + i).drop())
                        .in(red).apply();
                Nat.masquerade("192.168." + (i % 250) + ".0/24").in(red).apply();
                Nat.portForward(8000 + i % 1000).to("192.168.15.2", 80).in(red).apply();
                Ruleset rs = Nftables.show().in(red).apply();
                assertTrue(rs.table(Family.IP, "nat").isPresent() && rs.table(Family.IP, "t").isPresent());
                Nftables.generation().in(red).apply();
                Nftables.transaction().deleteTable(Family.IP, "t").deleteTable(Family.IP, "nat").in(red).apply();
                operations += 6;
                assertEquals(home, Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString());
            }
            assertEquals(hostBefore, snapshot(host), "the host namespace changed");
            assertEquals(blueBefore, snapshot(blue), "blue changed");
            assertEquals("", NftOracle.run(red, "nft", "list", "ruleset"), "red cleaned up after itself");
            System.out.printf("IsolationIT(nft): %d operations in red; host and blue rulesets unchanged%n", operations);
        } finally {
            NftOracle.run(host, "nft", "flush", "ruleset");
        }
    }
}
