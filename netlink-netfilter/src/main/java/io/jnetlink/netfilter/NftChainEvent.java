package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A chain was added, changed or deleted ({@code nft monitor chains}: {@code NFT_MSG_NEWCHAIN} / {@code NFT_MSG_DELCHAIN}).
 *
 * @param type what happened
 * @param chain its state (for {@link ChangeType#DELETED}: its last state)
 */
public record NftChainEvent(ChangeType type, NftChain chain) implements NftEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code chain} are not null.
     *
     * @param type what happened
     * @param chain its state (for {@link ChangeType#DELETED}: its last state)
     */
    public NftChainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(chain, "chain");
    }

    /** Like {@code nft monitor}: {@code "add chain ..."} / {@code "delete chain ..."}. */
    @Override
    public String toString() {
        return (type == ChangeType.NEW ? "add " : type == ChangeType.CHANGED ? "update " : "delete ") + "chain " + chain.family().nftName() + " " + chain.table() + " " + chain.name();
    }
}
