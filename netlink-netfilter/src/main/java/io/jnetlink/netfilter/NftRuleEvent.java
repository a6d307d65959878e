package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A rule was added or deleted ({@code nft monitor rules}: {@code NFT_MSG_NEWRULE} / {@code NFT_MSG_DELRULE}); a rule is identified by its handle.
 *
 * @param type what happened
 * @param rule its state (for {@link ChangeType#DELETED}: its last state)
 */
public record NftRuleEvent(ChangeType type, NftRule rule) implements NftEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code rule} are not null.
     *
     * @param type what happened
     * @param rule its state (for {@link ChangeType#DELETED}: its last state)
     */
    public NftRuleEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
    }

    /** Like {@code nft monitor}: {@code "add rule ..."} / {@code "delete rule ..."}. */
    @Override
    public String toString() {
        return (type == ChangeType.NEW ? "add " : type == ChangeType.CHANGED ? "update " : "delete ") + "rule " + rule.family().nftName() + " " + rule.table() + " " + rule.chain() + " handle " + rule.handle();
    }
}
