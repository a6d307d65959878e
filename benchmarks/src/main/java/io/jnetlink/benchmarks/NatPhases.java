package io.jnetlink.benchmarks;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.netfilter.ChainType;
import io.jnetlink.netfilter.Family;
import io.jnetlink.netfilter.Hook;
import io.jnetlink.netfilter.Nftables;
import io.jnetlink.netfilter.NftRule;
import io.jnetlink.netfilter.Transaction;

/**
 * W5: one nftables transaction, as {@code nft -f} of
 * <pre>
 * add table ip nat
 * add chain ip nat postrouting { type nat hook postrouting priority 100 ; }
 * add rule ip nat postrouting ip saddr 10.0.&lt;i/256&gt;.&lt;i%256&gt; masquerade     (N times)
 * </pre>
 * then {@code nft list chain ip nat postrouting}, counting N rules. Both are timed.
 */
final class NatPhases implements PhaseRunner {
    static final String TABLE = "nat";
    static final String CHAIN = "postrouting";

    /** NftRule {@code i}'s source address. */
    static String source(int i) {
        return "10.0." + (i / 256) + "." + (i % 256);
    }

    /** The whole transaction. */
    static Transaction transaction(int n) {
        Transaction tx = Nftables.transaction()
                .addTable(Family.IP, TABLE)
                .addBaseChain(Family.IP, TABLE, CHAIN, ChainType.NAT, Hook.POSTROUTING, "100", null, null);
        for (int i = 0; i < n; i++) {
            tx.addRule(NftRule.in(Family.IP, TABLE, CHAIN).sourceAddress(source(i)).masquerade());
        }
        return tx;
    }

    @Override
    public void prepare(Connections c, int n) {
    }

    @Override
    public void run(Connections c, int n, boolean batch, Phases phases) {
        NetlinkConnection nf = c.netfilter();
        nf.replyTimeoutMillis(60_000);
        phases.starting("W5");
        long t0 = System.nanoTime();
        // like nft -f without --echo: no rule handles asked for; then nft list chain as one
        // filtered rule dump streamed through a view
        transaction(n).withoutRuleHandles().apply(nf);
        long listed = Nftables.rules(Family.IP, TABLE, CHAIN).count(nf);
        phases.finished("W5", System.nanoTime() - t0);
        PhaseRunner.checkCount("rules listed in ip nat postrouting after W5", n, listed);
    }
}
