package io.jnetlink.netfilter;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkBatchException;

import java.util.ArrayList;
import java.util.List;

/**
 * An nftables transaction failed and changed nothing. Operations count one way: the message says
 * "operation 3 of 5" (counting from 1, as {@code nft} reports lines), {@link #failures()} holds
 * each failure's 0-based index into {@link Transaction#describe()}, and -1 for the batch itself
 * (its begin or end message). {@link #rulesetChanged()} tells a stale ruleset generation
 * ({@code ERESTART}) from any other error.
 */
public final class TransactionException extends NetlinkBatchException {
    private static final long serialVersionUID = 1L;

    /** Whether the kernel refused the batch because the ruleset generation moved on (serialized). */
    private final boolean rulesetChanged;

    private TransactionException(List<Failure> failures, int size, String operation, boolean rulesetChanged) {
        super(failures, size, operation);
        this.rulesetChanged = rulesetChanged;
    }

    /** Recounts the connection's failures (which number BATCH_BEGIN as message 0) as operations. */
    static TransactionException of(NetlinkBatchException e, int operations, long generation) {
        List<Failure> failures = new ArrayList<>();
        boolean stale = false;
        for (Failure f : e.failures()) {
            boolean isOp = f.index() >= 1 && f.index() <= operations;
            stale |= !isOp && f.error().errno() == Errno.ERESTART;
            failures.add(new Failure(isOp ? f.index() - 1 : -1, f.error()));
        }
        String first = stale
                ? "the ruleset changed concurrently (generation " + generation + " expected): nothing was applied"
                : failures.get(0).error().operation();
        String more = failures.size() > 1 ? " (" + failures.size() + " operations failed)" : "";
        return new TransactionException(failures, operations,
                "nftables transaction of " + operations + " operations: " + first + more, stale);
    }

    /**
     * Whether the kernel refused the batch because the ruleset changed after the generation it was
     * pinned to ({@link Transaction#expectGeneration}); reading the ruleset again and retrying may succeed.
     *
     * @return whether the ruleset generation had moved on
     */
    public boolean rulesetChanged() {
        return rulesetChanged;
    }
}
