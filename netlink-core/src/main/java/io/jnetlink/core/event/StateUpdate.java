package io.jnetlink.core.event;

import java.util.Objects;

/**
 * One decoded message about an object: its state now, or its removal.
 *
 * @param value   the object as the message describes it
 * @param deleted whether the message removes it ({@code RTM_DEL*})
 * @param <V>     the value type
 */
public record StateUpdate<V>(V value, boolean deleted) {
    /**
     * The canonical constructor: checks that {@code value} is not null.
     *
     * @param value the object as the message describes it
     * @param deleted whether the message removes it ({@code RTM_DEL*})
     */
    public StateUpdate {
        Objects.requireNonNull(value, "value");
    }
}
