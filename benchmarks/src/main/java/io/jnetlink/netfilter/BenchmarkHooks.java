package io.jnetlink.netfilter;

import io.jnetlink.core.message.MessageWriter;

/**
 * Reaches netlink-netfilter's package-private batch encoder from the benchmarks module (a split
 * package, fine on the class path), to time encoding a transaction into a reused buffer.
 * Stand-in for a public {@code Transaction.encode(MessageWriter)}, which the benchmarks report
 * asks for; delete this class once that exists.
 */
public final class BenchmarkHooks {
    private BenchmarkHooks() {
    }

    /**
     * Writes {@code tx} as one nfnetlink batch (BATCH_BEGIN, every operation with NLM_F_ACK,
     * BATCH_END, sequence numbers 1…) exactly as {@code apply} sends it when the receive buffer
     * holds every reply; returns the number of messages.
     */
    public static int encode(Transaction tx, MessageWriter w) {
        return NfBatch.encode(w, tx, null, false, -1).length;
    }
}
