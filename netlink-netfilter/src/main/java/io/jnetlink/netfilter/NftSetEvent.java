package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A set or map was added or deleted ({@code nft monitor sets}: {@code NFT_MSG_NEWSET} / {@code NFT_MSG_DELSET}). Element changes are not followed; the set's {@code elements()} is empty.
 *
 * @param type what happened
 * @param set its state (for {@link ChangeType#DELETED}: its last state)
 */
public record NftSetEvent(ChangeType type, NftSet set) implements NftEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code set} are not null.
     *
     * @param type what happened
     * @param set its state (for {@link ChangeType#DELETED}: its last state)
     */
    public NftSetEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(set, "set");
    }

    /** Like {@code nft monitor}: {@code "add set ..."} / {@code "delete set ..."}. */
    @Override
    public String toString() {
        return (type == ChangeType.NEW ? "add " : type == ChangeType.CHANGED ? "update " : "delete ") + "set " + set.family().nftName() + " " + set.table() + " " + set.name();
    }
}
