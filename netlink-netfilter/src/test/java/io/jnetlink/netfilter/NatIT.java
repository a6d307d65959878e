package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.junit.NetnsTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each test gets two fresh namespaces from the JUnit extension: one configured by nft, one by the library. */
class NatIT {

    @NetnsTest
    void shouldListTheWalkthroughRulesExactlyAsNftDoes(NetNamespace byNft, NetNamespace byLibrary) throws Exception {
        NftOracle.run(byNft, "nft", "add", "table", "ip", "nat");
        NftOracle.run(byNft, "nft", "add chain ip nat postrouting { type nat hook postrouting priority srcnat; }");
        NftOracle.run(byNft, "nft", "add", "rule", "ip", "nat", "postrouting", "ip", "saddr", "192.168.15.0/24", "masquerade");
        NftOracle.run(byNft, "nft", "add chain ip nat prerouting { type nat hook prerouting priority dstnat; }");
        NftOracle.run(byNft, "nft", "add", "rule", "ip", "nat", "prerouting", "tcp", "dport", "80", "dnat", "to", "192.168.15.2:80");

        long masq = Nat.masquerade("192.168.15.0/24").in(byLibrary).apply();
        long dnat = Nat.portForward(80).to("192.168.15.2", 80).in(byLibrary).apply();

        assertEquals(NftOracle.listRuleset(byNft), NftOracle.listRuleset(byLibrary));
        String handles = NftOracle.run(byLibrary, "nft", "-a", "list", "ruleset");
        assertTrue(handles.contains("masquerade # handle " + masq), handles);
        assertTrue(handles.contains("dnat to 192.168.15.2:80 # handle " + dnat), handles);
    }

    @NetnsTest
    void shouldReadNftMadeWalkthroughRulesBackToTheSameExpressions(NetNamespace byNft, NetNamespace byLibrary) throws Exception {
        NftOracle.nftFile(byNft, """
                table ip nat {
                  chain postrouting { type nat hook postrouting priority srcnat; ip saddr 192.168.15.0/24 masquerade; }
                  chain prerouting { type nat hook prerouting priority dstnat; tcp dport 80 dnat to 192.168.15.2:80; }
                }
                """);
        Nat.masquerade("192.168.15.0/24").in(byLibrary).apply();
        Nat.portForward(80).to("192.168.15.2", 80).in(byLibrary).apply();
        Ruleset a = Nftables.list(byNft);
        Ruleset b = Nftables.list(byLibrary);
        for (String chain : List.of("postrouting", "prerouting")) {
            List<NftRule> ra = a.rules(Family.IP, "nat", chain);
            List<NftRule> rb = b.rules(Family.IP, "nat", chain);
            assertEquals(1, ra.size());
            assertEquals(ra.get(0).expressions(), rb.get(0).expressions());
            NftChain ca = a.chain(Family.IP, "nat", chain).orElseThrow();
            NftChain cb = b.chain(Family.IP, "nat", chain).orElseThrow();
            assertEquals(ca.type(), cb.type());
            assertEquals(ca.hook(), cb.hook());
            assertEquals(ca.priority(), cb.priority());
        }
        assertEquals(100, a.chain(Family.IP, "nat", "postrouting").orElseThrow().priority());
        assertEquals(Hook.PREROUTING, a.chain(Family.IP, "nat", "prerouting").orElseThrow().hook());
    }
}
