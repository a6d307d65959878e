package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkBatchException;
import io.jnetlink.junit.NetnsTest;
import io.jnetlink.netfilter.expr.Counter;
import io.jnetlink.netfilter.expr.Limit;
import io.jnetlink.netfilter.expr.Objref;
import io.jnetlink.netfilter.expr.Quota;
import io.jnetlink.netfilter.object.CtExpectationObject;
import io.jnetlink.netfilter.object.SynproxyObject;
import io.jnetlink.netfilter.wire.NftAttrs;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named counters, quotas and limits made by the library list as nft's own; reset and delete act as nft's. */
class ObjectsIT {
    static final String SCRIPT = """
            table inet t {
            	counter c1 {
            	}
            	quota q1 {
            		over 100 mbytes
            	}
            	limit l1 {
            		rate 10/second
            	}
            	ct expectation e1 {
            		protocol tcp
            		dport 21
            		timeout 5s
            		size 12
            		l3proto ip
            	}
            	synproxy s1 {
            		mss 1460
            		wscale 7
            		timestamp sack-perm
            	}
            	chain out {
            		type filter hook output priority filter; policy accept;
            		counter name "c1"
            		quota name "q1"
            	}
            }
            """;

    private static void buildWithLibrary(NetNamespace ns) {
        Nftables.transaction()
                .addTable(Family.INET, "t")
                .addObject(Family.INET, "t", "c1", new Counter())
                .addObject(Family.INET, "t", "q1", new Quota(100L << 20, 0, Quota.F_INV))
                .addObject(Family.INET, "t", "l1", new Limit(10, 1, 5, Limit.PACKETS, 0))
                .addObject(Family.INET, "t", "e1", new CtExpectationObject(2, 6, 21, 5000, 12))
                .addObject(Family.INET, "t", "s1", new SynproxyObject(1460, 7,
                        SynproxyObject.OPT_MSS | SynproxyObject.OPT_WSCALE | SynproxyObject.OPT_SACK_PERM | SynproxyObject.OPT_TIMESTAMP))
                .addBaseChain(Family.INET, "t", "out", ChainType.FILTER, Hook.OUTPUT, "filter", null, null)
                .addRule(NftRule.in(Family.INET, "t", "out").expression(Objref.named(NftAttrs.NFT_OBJECT_COUNTER, "c1")))
                .addRule(NftRule.in(Family.INET, "t", "out").expression(Objref.named(NftAttrs.NFT_OBJECT_QUOTA, "q1")))
                .in(ns).apply();
    }

    @NetnsTest
    void objectsMadeByTheLibraryListAsNftsAndReadBackEqual(NetNamespace byNft, NetNamespace byLibrary) throws Exception {
        NftOracle.nftFile(byNft, SCRIPT);
        buildWithLibrary(byLibrary);
        assertEquals(NftOracle.listRuleset(byNft), NftOracle.listRuleset(byLibrary));
        Ruleset a = Nftables.list(byNft);
        Ruleset b = Nftables.list(byLibrary);
        assertEquals(5, a.objects().size(), a.objects().toString());
        for (NftObject o : a.objects()) {
            assertEquals(o.data(), b.object(Family.INET, "t", o.name()).orElseThrow().data(), o.toString());
        }
        assertEquals(a.rules(Family.INET, "t", "out").get(0).expressions(), b.rules(Family.INET, "t", "out").get(0).expressions());
    }

    @NetnsTest
    void resetReturnsTheCountsAndZeroesThem(NetNamespace ns) throws Exception {
        NftOracle.run(ns, "ip", "link", "set", "lo", "up");
        buildWithLibrary(ns);
        ns.call(() -> {
            try (DatagramSocket s = new DatagramSocket()) {
                s.send(new DatagramPacket(new byte[100], 100, InetAddress.getByName("127.0.0.1"), 9));
            }
            return null;
        });
        NftObject before = Nftables.resetObject(Family.INET, "t", "c1", NftAttrs.NFT_OBJECT_COUNTER).in(ns).apply();
        Counter counted = assertInstanceOf(Counter.class, before.data());
        assertTrue(counted.packets() >= 1 && counted.bytes() >= 128, counted.toString());
        assertTrue(NftOracle.run(ns, "nft", "list", "counter", "inet", "t", "c1").contains("packets 0 bytes 0"));
    }

    @NetnsTest
    void deletingAReferencedQuotaFailsWithTheKernelsError(NetNamespace ns) throws Exception {
        buildWithLibrary(ns);
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class, () -> Nftables.transaction()
                .deleteObject(Family.INET, "t", "q1", NftAttrs.NFT_OBJECT_QUOTA).in(ns).apply());
        assertEquals(16, e.failures().get(0).error().errno(), e.getMessage()); // EBUSY, as nft reports
        Nftables.transaction().deleteRule(Family.INET, "t", "out",
                Nftables.list(ns).rules(Family.INET, "t", "out").get(1).handle()).deleteObject(Family.INET, "t", "q1",
                NftAttrs.NFT_OBJECT_QUOTA).in(ns).apply();
        assertTrue(Nftables.list(ns).object(Family.INET, "t", "q1").isEmpty());
    }

    @NetnsTest
    void aFlowtableFailsOrSucceedsAsItDoesForNft(NetNamespace byNft, NetNamespace byLibrary) throws Exception {
        NftOracle.run(byNft, "nft", "add", "table", "inet", "t");
        Process p = byNft.start(new ProcessBuilder("nft", "add", "flowtable", "inet", "t", "f1",
                "{ hook ingress priority 0; devices = { lo }; }").redirectErrorStream(true));
        String said = new String(p.getInputStream().readAllBytes());
        boolean nftOk = p.waitFor() == 0;
        Transaction tx = Nftables.transaction().addTable(Family.INET, "t").addFlowtable(Family.INET, "t", "f1", 0, List.of("lo"));
        if (nftOk) {
            tx.in(byLibrary).apply();
            assertEquals(NftOracle.listRuleset(byNft), NftOracle.listRuleset(byLibrary));
        } else {
            NetlinkBatchException e = assertThrows(NetlinkBatchException.class, () -> tx.in(byLibrary).apply());
            // this kernel: "No such file or directory" from both (no nf_flow_table in the namespace)
            assertEquals(said.contains("No such file or directory"), e.failures().get(0).error().errno() == 2, said + " / " + e);
            assertTrue(e.getMessage().contains("add flowtable inet t f1"), e.getMessage());
        }
    }
}
