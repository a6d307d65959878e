package io.jnetlink.netfilter;

import java.util.List;

/**
 * What a committed transaction reports back.
 *
 * @param ruleHandles the handles the kernel gave the added, inserted and replaced rules, in the
 *                    order they were added to the transaction (from their {@code NLM_F_ECHO} echoes)
 */
public record TransactionResult(List<Long> ruleHandles) {
    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param ruleHandles the handles the kernel gave the added, inserted and replaced rules, in the order they were added to the transaction (from their {@code NLM_F_ECHO} echoes)
     */
    public TransactionResult {
        ruleHandles = List.copyOf(ruleHandles);
    }
}
