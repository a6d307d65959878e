package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.netfilter.expr.NatExpression;
import io.jnetlink.netfilter.expr.RawExpression;
import io.jnetlink.netfilter.expr.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same ruleset made by nft -f and by the library lists identically, and reads back to the same objects. */
class DifferentialIT {
    static final String SCRIPT = """
            table inet filter {
            	set allowed {
            		type ipv4_addr
            		elements = { 10.0.0.1, 10.0.0.2 }
            	}

            	set nets {
            		type ipv4_addr
            		flags interval
            		elements = { 10.1.0.0/16, 192.168.0.0/24 }
            	}

            	set ports {
            		type inet_service
            		timeout 1h
            	}

            	map pm {
            		type inet_service : verdict
            	}

            	chain input {
            		type filter hook input priority filter; policy drop;
            		ct state established,related accept
            		iifname "lo" accept
            		ip saddr 10.0.0.0/21 counter packets 0 bytes 0 drop
            		ip saddr @allowed tcp dport 22 accept
            		ip daddr @nets jump other
            		tcp dport { 80, 443 } accept
            		meta mark 0x00000010 return
            		ct mark 0x00000005 continue
            		limit rate 10/second accept
            		log prefix "x: " drop
            		meta l4proto tcp reject with tcp reset
            		ip6 saddr fd00::/64 reject with icmpx port-unreachable
            		meta l4proto udp goto other
            		ct status dnat accept
            	}

            	chain other {
            		counter packets 0 bytes 0
            	}
            }
            table ip nat2 {
            	chain pre {
            		type nat hook prerouting priority dstnat; policy accept;
            		udp dport 53 dnat to 10.0.0.1:5353
            		tcp dport 8000-8010 dnat to 10.0.0.2-10.0.0.3:80-90
            		tcp dport 22 redirect to :2222
            		oifname "eth0" notrack
            	}

            	chain post {
            		type nat hook postrouting priority srcnat + 10; policy accept;
            		meta l4proto tcp masquerade to :1024-2000 random
            		ip saddr 10.0.0.0/8 snat to 1.2.3.4 fully-random,persistent
            		tcp dport 25 snat to 1.2.3.5:2525
            	}
            }
            """;

    private final List<NetNamespace> namespaces = new ArrayList<>();

    private NetNamespace ns() {
        NetNamespace ns = NetNamespace.create();
        namespaces.add(ns);
        return ns;
    }

    @AfterEach
    void close() {
        namespaces.forEach(NetNamespace::close);
    }

    static Transaction libraryRuleset() {
        Family inet = Family.INET;
        Transaction tx = Nftables.transaction()
                .addTable(inet, "filter")
                .addBaseChain(inet, "filter", "input", ChainType.FILTER, Hook.INPUT, "filter", Verdict.DROP, null)
                .addChain(inet, "filter", "other")
                .addSet(inet, "filter", "allowed", SetKeyType.IPV4_ADDR, false, 0)
                .addElements(inet, "filter", "allowed", SetKeyType.IPV4_ADDR, false, List.of("10.0.0.1", "10.0.0.2"))
                .addSet(inet, "filter", "nets", SetKeyType.IPV4_ADDR, true, 0)
                .addElements(inet, "filter", "nets", SetKeyType.IPV4_ADDR, true, List.of("10.1.0.0/16", "192.168.0.0/24"))
                .addSet(inet, "filter", "ports", SetKeyType.INET_SERVICE, false, 3_600_000)
                .addMap(inet, "filter", "pm", SetKeyType.INET_SERVICE, SetKeyType.VERDICT);
        String f = "filter";
        tx.addRule(NftRule.in(inet, f, "input").ctState(CtState.ESTABLISHED, CtState.RELATED).accept())
                .addRule(NftRule.in(inet, f, "input").inInterface("lo").accept())
                .addRule(NftRule.in(inet, f, "input").sourceAddress("10.0.0.0/21").counter().drop())
                .addRule(NftRule.in(inet, f, "input").sourceAddressIn("allowed").protocol(Protocol.TCP).destinationPort(22).accept())
                .addRule(NftRule.in(inet, f, "input").destinationAddressIn("nets").jump("other"))
                .addRule(NftRule.in(inet, f, "input").protocol(Protocol.TCP).destinationPorts(443, 80).accept())
                .addRule(NftRule.in(inet, f, "input").mark(0x10).returnFromChain())
                .addRule(NftRule.in(inet, f, "input").ctMark(5).continueRule())
                .addRule(NftRule.in(inet, f, "input").limit(10, "second").accept())
                .addRule(NftRule.in(inet, f, "input").log("x: ").drop())
                .addRule(NftRule.in(inet, f, "input").protocol(Protocol.TCP).rejectWithTcpReset())
                .addRule(NftRule.in(inet, f, "input").sourceAddress("fd00::/64").reject())
                .addRule(NftRule.in(inet, f, "input").protocol(Protocol.UDP).goTo("other"))
                .addRule(NftRule.in(inet, f, "input").ctStatus(CtStatus.DNAT).accept())
                .addRule(NftRule.in(inet, f, "other").counter());
        Family ip = Family.IP;
        tx.addTable(ip, "nat2")
                .addBaseChain(ip, "nat2", "pre", ChainType.NAT, Hook.PREROUTING, "dstnat", Verdict.ACCEPT, null)
                .addBaseChain(ip, "nat2", "post", ChainType.NAT, Hook.POSTROUTING, "srcnat + 10", Verdict.ACCEPT, null)
                .addRule(NftRule.in(ip, "nat2", "pre").protocol(Protocol.UDP).destinationPort(53).dnat("10.0.0.1", 5353))
                .addRule(NftRule.in(ip, "nat2", "pre").protocol(Protocol.TCP).destinationPortRange(8000, 8010)
                        .dnat("10.0.0.2", "10.0.0.3", 80, 90))
                .addRule(NftRule.in(ip, "nat2", "pre").protocol(Protocol.TCP).destinationPort(22).redirect(2222))
                .addRule(NftRule.in(ip, "nat2", "pre").outInterface("eth0").notrack())
                .addRule(NftRule.in(ip, "nat2", "post").protocol(Protocol.TCP).masquerade(1024, 2000)
                        .natFlags(NatExpression.RANGE_PROTO_RANDOM))
                .addRule(NftRule.in(ip, "nat2", "post").sourceAddress("10.0.0.0/8").snat("1.2.3.4")
                        .natFlags(NatExpression.RANGE_PROTO_RANDOM_FULLY | NatExpression.RANGE_PERSISTENT))
                .addRule(NftRule.in(ip, "nat2", "post").protocol(Protocol.TCP).destinationPort(25).snat("1.2.3.5", 2525));
        return tx;
    }

    @Test
    void shouldListLibraryMadeRulesetExactlyAsNftMadeOne() throws Exception {
        NetNamespace byNft = ns();
        NftOracle.nftFile(byNft, SCRIPT);
        NetNamespace byLibrary = ns();
        TransactionResult result = libraryRuleset().in(byLibrary).apply();
        assertEquals(22, result.ruleHandles().size());
        assertEquals(NftOracle.listRuleset(byNft), NftOracle.listRuleset(byLibrary));
    }

    @Test
    void shouldReadNftMadeRulesetToTheSameObjectsAsLibraryMadeOne() throws Exception {
        NetNamespace byNft = ns();
        NftOracle.nftFile(byNft, SCRIPT);
        NetNamespace byLibrary = ns();
        libraryRuleset().in(byLibrary).apply();
        Ruleset a = Nftables.list(byNft);
        Ruleset b = Nftables.list(byLibrary);
        assertEquals(a.rules().size(), b.rules().size());
        for (int i = 0; i < a.rules().size(); i++) {
            NftRule ra = a.rules().get(i);
            NftRule rb = b.rules().get(i);
            assertEquals(ra.chain(), rb.chain());
            assertEquals(ra.expressions(), rb.expressions(), "rule " + i + " of " + ra.chain());
            assertFalse(ra.expressions().stream().anyMatch(e -> e instanceof RawExpression), "all decoded: " + ra);
        }
        assertEquals(strip(a.chains()), strip(b.chains()));
        for (String name : List.of("allowed", "nets", "ports", "pm")) {
            NftSet sa = a.set(Family.INET, "filter", name).orElseThrow();
            NftSet sb = b.set(Family.INET, "filter", name).orElseThrow();
            assertEquals(sa.flags(), sb.flags(), name);
            assertEquals(sa.keyType(), sb.keyType(), name);
            assertEquals(sa.timeoutMs(), sb.timeoutMs(), name);
            // a hash set dumps its elements in hash order, which differs between two sets
            assertEquals(new java.util.HashSet<>(sa.elements()), new java.util.HashSet<>(sb.elements()), name);
            assertEquals(sa.elements().size(), sb.elements().size(), name);
        }
        assertEquals(2, a.set(Family.INET, "filter", "allowed").orElseThrow().elements().size());
        assertTrue(a.set(Family.INET, "filter", "nets").orElseThrow().interval());
        assertEquals(Verdict.DROP, a.chain(Family.INET, "filter", "input").orElseThrow().policy());
        assertEquals(110, a.chain(Family.IP, "nat2", "post").orElseThrow().priority());
    }

    private static List<NftChain> strip(List<NftChain> chains) {
        return chains.stream().map(c -> new NftChain(c.family(), c.table(), c.name(), 0, c.type(), c.hook(), c.priority(),
                c.policy(), c.device(), c.use())).toList();
    }
}
