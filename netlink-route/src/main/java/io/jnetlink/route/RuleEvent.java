package io.jnetlink.route;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * A policy-routing rule was added or removed ({@code ip monitor rule}: {@code RTM_NEWRULE} / {@code RTM_DELRULE}); a rule is its own identity, so it is never CHANGED.
 *
 * @param type what happened
 * @param rule its state (for {@link ChangeType#DELETED}: its last state)
 */
public record RuleEvent(ChangeType type, Rule rule) implements RtnetlinkEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code rule} are not null.
     *
     * @param type what happened
     * @param rule its state (for {@link ChangeType#DELETED}: its last state)
     */
    public RuleEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
    }

    /** Like {@code ip monitor}: {@code "[RULE] ..."}, with {@code "Deleted "} before removals. */
    @Override
    public String toString() {
        return "[RULE] " + (type == ChangeType.DELETED ? "Deleted " : "") + rule;
    }
}
