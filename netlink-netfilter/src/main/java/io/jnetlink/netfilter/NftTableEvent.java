package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A table was added, changed (e.g. made dormant) or deleted ({@code nft monitor tables}: {@code NFT_MSG_NEWTABLE} / {@code NFT_MSG_DELTABLE}).
 *
 * @param type what happened
 * @param table its state (for {@link ChangeType#DELETED}: its last state)
 */
public record NftTableEvent(ChangeType type, NftTable table) implements NftEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code table} are not null.
     *
     * @param type what happened
     * @param table its state (for {@link ChangeType#DELETED}: its last state)
     */
    public NftTableEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(table, "table");
    }

    /** Like {@code nft monitor}: {@code "add table ..."} / {@code "delete table ..."}. */
    @Override
    public String toString() {
        return (type == ChangeType.NEW ? "add " : type == ChangeType.CHANGED ? "update " : "delete ") + "table " + table.family().nftName() + " " + table.name();
    }
}
