package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.event.ChangeType;

import java.util.Objects;

/**
 * An expectation was created ({@code [NEW]}) or destroyed ({@code [DESTROY]}: its connection came,
 * it timed out, or it was deleted), as {@code conntrack -E expect} prints them.
 *
 * @param type        NEW, CHANGED or DELETED
 * @param expectation the expectation (for DELETED: its last state)
 */
public record ExpectationChangeEvent(ChangeType type, Expectation expectation) implements ExpectationEvent {
    /**
     * The canonical constructor: checks that {@code type}, {@code expectation} are not null.
     *
     * @param type NEW, CHANGED or DELETED
     * @param expectation the expectation
     */
    public ExpectationChangeEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expectation, "expectation");
    }

    @Override
    public String toString() {
        String tag = type == ChangeType.NEW ? "[NEW]" : type == ChangeType.CHANGED ? "[UPDATE]" : "[DESTROY]";
        return tag + " " + expectation;
    }
}
