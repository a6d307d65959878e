package io.jnetlink.netfilter;

/**
 * One thing an {@link NftEvents} subscription delivers, like a line of {@code nft monitor}: a
 * table, chain, rule or set added, changed or deleted, or a milestone ({@link NftEventSync}).
 */
public sealed interface NftEvent permits NftTableEvent, NftChainEvent, NftRuleEvent, NftSetEvent, NftObjectEvent,
        NftEventSync {
}
