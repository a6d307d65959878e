package io.jnetlink.benchmarks.jmh;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.benchmarks.CapturedReplies;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.ChainType;
import io.jnetlink.netfilter.Family;
import io.jnetlink.netfilter.Hook;
import io.jnetlink.netfilter.Nftables;

import io.jnetlink.netfilter.NftRule;
import io.jnetlink.netfilter.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * nftables: the W5 transaction (table, nat chain, 1,000 {@code ip saddr … masquerade} rules)
 * encoded as one nfnetlink batch into a reused buffer ({@code encodeBatch1000}; the transaction is
 * built once); the captured listing of those 1,000 rules (8 datagrams) walked in place
 * ({@code listingViews}: netlink-netfilter has no rule view, so this walks each rule's attributes
 * and expression list with the core flyweights) and decoded to {@code NftRule} records
 * ({@code listingRecords}). One op = the whole batch / listing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class NftBenchmark {
    private static final int NEW_RULE = NfGenMsg.NFNL_SUBSYS_NFTABLES << 8 | NftAttrs.NFT_MSG_NEWRULE;

    private final MessageWriter writer = new MessageWriter(512 * 1024);
    private final MessageReader reader = new MessageReader();
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader exprs = new AttributeReader();
    private Transaction transaction;
    private CapturedReplies listing;

    @Setup
    public void setUp() {
        transaction = Nftables.transaction()
                .addTable(Family.IP, "nat")
                .addBaseChain(Family.IP, "nat", "postrouting", ChainType.NAT, Hook.POSTROUTING, "100", null, null);
        for (int i = 0; i < 1000; i++) {
            transaction.addRule(NftRule.in(Family.IP, "nat", "postrouting").sourceAddress("10.0." + i / 256 + "." + i % 256)
                    .masquerade());
        }
        listing = CapturedReplies.resource("nft-rules-1000.bin.gz");
        long expressions = listingViews();
        if (expressions == 0 || expressions % 1000 != 0) {
            throw new IllegalStateException("capture does not hold 1000 uniform rules of chain postrouting: "
                    + expressions + " expressions");
        }
        writer.reset();
        if (transaction.encode(writer) != 1004) {
            throw new IllegalStateException("expected BEGIN, table, chain, 1000 rules, END");
        }
    }

    @Benchmark
    public int encodeBatch1000() {
        writer.reset();
        transaction.encode(writer);
        return writer.position();
    }

    /** Counts the expressions of every rule, checking the chain name in place. */
    @Benchmark
    public long listingViews() {
        ByteBuffer buffer = listing.buffer();
        long expressions = 0;
        for (int d = 0; d < listing.datagrams(); d++) {
            reader.wrap(buffer, listing.offset(d), listing.length(d));
            while (reader.next()) {
                if (reader.type() != NEW_RULE) {
                    continue;
                }
                reader.attributes(attrs, NfGenMsg.NFGENMSG_LENGTH);
                boolean inChain = false;
                while (attrs.next()) {
                    if (attrs.type() == NftAttrs.NFTA_RULE_CHAIN) {
                        inChain = attrs.stringEquals("postrouting");
                    } else if (attrs.type() == NftAttrs.NFTA_RULE_EXPRESSIONS && inChain) {
                        attrs.nested(exprs);
                        while (exprs.next()) {
                            expressions++;
                        }
                    }
                }
            }
        }
        return expressions;
    }

    /** Every rule decoded to a {@code NftRule} record with its expressions. */
    @Benchmark
    public void listingRecords(Blackhole bh) {
        ByteBuffer buffer = listing.buffer();
        for (int d = 0; d < listing.datagrams(); d++) {
            reader.wrap(buffer, listing.offset(d), listing.length(d));
            while (reader.next()) {
                if (reader.type() == NEW_RULE) {
                    bh.consume(NftRule.decode(reader));
                }
            }
        }
    }
}
