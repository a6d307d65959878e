package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkBatchException;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nft -a list chain} from Java ({@link Nftables#rules}, {@link NftRuleView}) and large
 * transactions with and without rule handles, against nft as the oracle.
 */
@Timeout(60)
class ChainRulesIT {
    private NetNamespace ns;
    private NetlinkConnection nf;

    @BeforeEach
    void namespace() {
        ns = NetNamespace.create();
        nf = ns.connection(Netlink.NETLINK_NETFILTER);
    }

    @AfterEach
    void close() {
        ns.close();
    }

    private static Transaction natRules(String table, int n) {
        Transaction tx = Nftables.transaction().addTable(Family.IP, table)
                .addBaseChain(Family.IP, table, "post", ChainType.NAT, Hook.POSTROUTING, "100", null, null)
                .addChain(Family.IP, table, "other");
        for (int i = 0; i < n; i++) {
            tx.addRule(NftRule.in(Family.IP, table, "post").sourceAddress("10.0." + i / 256 + "." + i % 256).masquerade());
        }
        return tx;
    }

    /** The handles nft -a prints for the chain, in order. */
    private List<Long> nftHandles(String table, String chain) throws Exception {
        String out = NftOracle.run(ns, "nft", "-a", "list", "chain", "ip", table, chain);
        List<Long> handles = new ArrayList<>();
        Matcher m = Pattern.compile("masquerade # handle (\\d+)").matcher(out);
        while (m.find()) {
            handles.add(Long.parseLong(m.group(1)));
        }
        return handles;
    }

    @Test
    void shouldStreamCountAndListTheRulesOfOneChainAsNftDoes() throws Exception {
        List<Long> returned = natRules("nat", 300).apply(nf).ruleHandles();
        Nftables.transaction().addRule(NftRule.in(Family.IP, "nat", "other").sourceAddress("10.9.9.9").masquerade())
                .addTable(Family.IP, "nat2").addChain(Family.IP, "nat2", "post")
                .addRule(NftRule.in(Family.IP, "nat2", "post").sourceAddress("10.8.8.8").masquerade()).apply(nf);
        List<Long> expected = nftHandles("nat", "post");
        assertEquals(300, expected.size());
        assertEquals(expected, returned, "handles from the echoes are nft's");

        List<Long> streamed = new ArrayList<>();
        int[] expressions = {0};
        Nftables.rules(Family.IP, "nat", "post").forEach(nf, v -> {
            assertTrue(v.tableEquals("nat") && v.chainEquals("post") && !v.chainEquals("other"));
            assertEquals(Family.IP, v.family());
            streamed.add(v.handle());
            expressions[0] += v.expressionCount();
            if (streamed.size() == 1) {
                assertEquals("post", v.chain());
                assertEquals(v.expressions(), v.toRule().expressions());
            }
        });
        assertEquals(expected, streamed);
        assertTrue(expressions[0] >= 3 * 300, "payload, cmp and masq per rule: " + expressions[0]);
        assertEquals(300, Nftables.rules(Family.IP, "nat", "post").count(nf));
        assertEquals(1, Nftables.rules(Family.IP, "nat", "other").count(nf));
        List<NftRule> records = Nftables.rules(Family.IP, "nat", "post").in(ns).apply();
        assertEquals(expected, records.stream().map(NftRule::handle).toList());
        assertEquals(Nftables.list(ns).rules(Family.IP, "nat", "post"), records);
        assertEquals(0, Nftables.rules(Family.IP, "nat", "missing").count(nf));
        assertEquals(0, Nftables.rules(Family.INET, "nat", "post").count(nf), "another family's table of that name");
    }

    @Test
    void shouldCommitWithoutRuleHandlesAndStillNameTheFailingOperation() throws Exception {
        TransactionResult result = natRules("nat", 1000).withoutRuleHandles().apply(nf);
        assertTrue(result.ruleHandles().isEmpty());
        assertEquals(1000, nftHandles("nat", "post").size());

        Transaction bad = natRules("nat3", 500).withoutRuleHandles()
                .addRule(NftRule.in(Family.IP, "nat3", "nosuchchain").sourceAddress("10.1.1.1").masquerade());
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class, () -> bad.apply(nf));
        assertEquals(1, e.failures().size());
        assertEquals(503, e.failures().get(0).index(), "table, 2 chains, 500 rules, then the bad one");
        assertTrue(e.failures().get(0).error().getMessage().contains("nosuchchain"), e.failures().get(0).error().getMessage());
        assertFalse(NftOracle.listRuleset(ns).contains("nat3"), "nothing of the failed transaction was applied");
    }

    @Test
    void shouldEncodeTheTransactionApplySendsForAConnectionToNumber() throws Exception {
        io.jnetlink.core.message.MessageWriter w = new io.jnetlink.core.message.MessageWriter(64 * 1024);
        Transaction tx = natRules("nat4", 50).withoutRuleHandles();
        assertEquals(50 + 3 + 2, tx.encode(w));
        nf.transaction("nat4 by encode", w, i -> "message #" + i);
        assertEquals(50, nftHandles("nat4", "post").size());
    }
}
