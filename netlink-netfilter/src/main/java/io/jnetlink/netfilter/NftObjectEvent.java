package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A stateful object was added, changed or deleted ({@code nft monitor}: {@code NFT_MSG_NEWOBJ} /
 * {@code NFT_MSG_DELOBJ}). Counter values are not notified as they change; a reset is.
 *
 * @param type what happened
 * @param object its state (for {@link ChangeType#DELETED}: its last state)
 */
public record NftObjectEvent(ChangeType type, NftObject object) implements NftEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code object} are not null.
     *
     * @param type what happened
     * @param object its state
     */
    public NftObjectEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
    }

    /** Like {@code nft monitor}: {@code "add counter inet t c1"} / {@code "delete quota …"}. */
    @Override
    public String toString() {
        return (type == ChangeType.NEW ? "add " : type == ChangeType.CHANGED ? "update " : "delete ") + object.typeName() + " "
                + object.family().nftName() + " " + object.table() + " " + object.name();
    }
}
