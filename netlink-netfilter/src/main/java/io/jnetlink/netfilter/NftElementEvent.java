package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * One set element added or deleted, as {@code nft monitor} prints it ({@code add element ip t s { 22 }}):
 * from {@code NFT_MSG_NEWSETELEM} / {@code NFT_MSG_DELSETELEM} notifications, one event per element.
 *
 * @param type {@link ChangeType#NEW} or {@link ChangeType#DELETED}
 * @param family family of the set's table
 * @param table the table's name
 * @param set the set's name
 * @param element the element (for a deletion: its key, and what the notification carried)
 */
public record NftElementEvent(ChangeType type, Family family, String table, String set, SetElement element) {
    /**
     * The canonical constructor: checks that nothing is null.
     *
     * @param type {@link ChangeType#NEW} or {@link ChangeType#DELETED}
     * @param family family of the set's table
     * @param table the table's name
     * @param set the set's name
     * @param element the element
     */
    public NftElementEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String toString() {
        return (type == ChangeType.DELETED ? "delete" : "add") + " element " + family.nftName() + " " + table + " " + set + " "
                + element.key();
    }
}
