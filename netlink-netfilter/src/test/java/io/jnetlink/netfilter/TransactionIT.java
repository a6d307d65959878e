package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkBatchException;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.junit.NetNamespaceExtension;
import io.jnetlink.netfilter.expr.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each test runs in its own namespace, made (and closed after the test) by the JUnit extension. */
@ExtendWith(NetNamespaceExtension.class)
class TransactionIT {
    private NetNamespace ns;

    @BeforeEach
    void open(NetNamespace fresh) {
        ns = fresh;
    }

    private Transaction base() {
        return Nftables.transaction().addTable(Family.IP, "t")
                .addBaseChain(Family.IP, "t", "c", ChainType.FILTER, Hook.INPUT, "filter", null, null);
    }

    @Test
    void shouldFailAsAWholeAndNameTheBadOperation() throws Exception {
        base().addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(22).accept()).in(ns).apply();
        String before = NftOracle.listRuleset(ns);
        Transaction tx = Nftables.transaction()
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(80).accept())
                .addRule(NftRule.in(Family.IP, "t", "c").jump("no-such-chain"))
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(443).accept());
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class, () -> tx.in(ns).apply());
        assertEquals(1, e.failures().get(0).index(), e.getMessage());
        assertEquals(2, e.errno(), "ENOENT: " + e.getMessage());
        assertTrue(e.getMessage().contains("add rule ip t c"), e.getMessage());
        assertEquals(before, NftOracle.listRuleset(ns), "the failed transaction changed nothing");
    }

    @Test
    void shouldInsertReplaceAndDeleteRulesByTheirEchoedHandles() throws Exception {
        TransactionResult r = base()
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(22).accept())
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(23).drop())
                .in(ns).apply();
        long h22 = r.ruleHandles().get(0);
        long h23 = r.ruleHandles().get(1);
        long h21 = Nftables.transaction()
                .insertRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(21).accept(), h22)
                .in(ns).apply().ruleHandles().get(0);
        Nftables.transaction()
                .replaceRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(2323).drop(), h23)
                .deleteRule(Family.IP, "t", "c", h22)
                .in(ns).apply();
        String out = NftOracle.run(ns, "nft", "-a", "list", "chain", "ip", "t", "c");
        int i21 = out.indexOf("tcp dport 21 accept # handle " + h21);
        int i2323 = out.indexOf("tcp dport 2323 drop # handle " + h23);
        assertTrue(i21 > 0 && i2323 > i21, out);
        assertTrue(!out.contains("dport 22 "), out);
        List<NftRule> rules = Nftables.list(ns).rules(Family.IP, "t", "c");
        assertEquals(List.of(h21, h23), rules.stream().map(NftRule::handle).toList());
    }

    @Test
    void shouldRejectAStaleGeneration() throws Exception {
        long gen = Nftables.generation().in(ns).apply();
        base().expectGeneration(gen).in(ns).apply();
        long next = Nftables.generation().in(ns).apply();
        assertTrue(next > gen, gen + " -> " + next);
        TransactionException e = assertThrows(TransactionException.class,
                () -> Nftables.transaction().expectGeneration(gen).addChain(Family.IP, "t", "x").in(ns).apply());
        assertEquals(85, e.errno(), "ERESTART: " + e.getMessage());
        assertTrue(e.rulesetChanged() && e.getMessage().contains("ruleset changed concurrently"), e.getMessage());
        assertTrue(Nftables.list(ns).chain(Family.IP, "t", "x").isEmpty());
    }

    @Test
    void shouldFlushChainTableAndRuleset() throws Exception {
        base().addChain(Family.IP, "t", "d")
                .addRule(NftRule.in(Family.IP, "t", "c").counter().jump("d"))
                .addRule(NftRule.in(Family.IP, "t", "d").counter())
                .addTable(Family.IP6, "six")
                .in(ns).apply();
        Nftables.transaction().flushChain(Family.IP, "t", "d").in(ns).apply();
        assertEquals(1, Nftables.list(ns).rules().size());
        Nftables.transaction().flushTable(Family.IP, "t").in(ns).apply();
        Ruleset flushed = Nftables.list(ns);
        assertEquals(0, flushed.rules().size());
        assertEquals(2, flushed.chains().size());
        Nftables.transaction().flushRuleset().in(ns).apply();
        assertEquals("", NftOracle.listRuleset(ns).trim());
    }

    @Test
    void shouldCommitTenThousandRulesInOneBatch() throws Exception {
        Transaction tx = base().addChain(Family.IP, "t", "big");
        for (int i = 0; i < 10_000; i++) {
            tx.addRule(NftRule.in(Family.IP, "t", "big").sourceAddress("10." + (i / 256) + "." + (i % 256) + ".1").accept());
        }
        TransactionResult r = tx.in(ns).apply();
        assertEquals(10_000, r.ruleHandles().size());
        assertEquals(10_000, r.ruleHandles().stream().distinct().count());
        assertEquals(10_000, Nftables.list(ns).rules(Family.IP, "t", "big").size());
    }

    @Test
    void shouldManageSetElementsAndDormantTables() throws Exception {
        Nftables.transaction().addTable(Family.INET, "s", NftAttrs.NFT_TABLE_F_DORMANT)
                .addSet(Family.INET, "s", "blk", SetKeyType.IPV4_ADDR, true, 0)
                .addSet(Family.INET, "s", "tmp", SetKeyType.INET_SERVICE, false, 60_000)
                .addMap(Family.INET, "s", "vm", SetKeyType.INET_SERVICE, SetKeyType.VERDICT)
                .addChain(Family.INET, "s", "target")
                .in(ns).apply();
        Nftables.transaction()
                .addElements(Family.INET, "s", "blk", SetKeyType.IPV4_ADDR, true, List.of("10.0.0.0/8", "172.16.0.0/12"))
                .addElements(Family.INET, "s", "tmp", SetKeyType.INET_SERVICE, List.of("8080"), 30_000)
                .addMapElement(Family.INET, "s", "vm", SetKeyType.INET_SERVICE, "22", Verdict.jump("target"))
                .in(ns).apply();
        Nftables.transaction()
                .deleteElements(Family.INET, "s", "blk", SetKeyType.IPV4_ADDR, true, List.of("172.16.0.0/12"))
                .in(ns).apply();
        String out = NftOracle.run(ns, "nft", "list", "table", "inet", "s");
        assertTrue(out.contains("flags dormant"), out);
        assertTrue(out.contains("elements = { 10.0.0.0/8 }"), out);
        assertTrue(out.contains("8080 timeout 30s"), out);
        assertTrue(out.contains("22 : jump target"), out);
        Ruleset rs = Nftables.list(ns);
        assertTrue(rs.table(Family.INET, "s").orElseThrow().dormant());
        NftSet vm = rs.set(Family.INET, "s", "vm").orElseThrow();
        assertEquals(Verdict.jump("target"), vm.elements().get(0).verdict());
        NftSet tmp = rs.set(Family.INET, "s", "tmp").orElseThrow();
        assertEquals(30_000, tmp.elements().get(0).timeoutMs());
    }
}
