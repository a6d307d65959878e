package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;

/**
 * An action the library does not model: its kind and its {@code TCA_ACT_OPTIONS} kept as they came.
 *
 * @param kind    {@code TCA_ACT_KIND}
 * @param options the {@code TCA_ACT_OPTIONS} attribute (empty when there was none)
 */
public record RawAction(String kind, List<RawAttribute> options) implements TcAction {
    /**
     * Checks and copies.
     *
     * @param kind the kind
     * @param options the options attribute
     */
    public RawAction {
        TcChecks.kind(kind);
        options = List.copyOf(Objects.requireNonNull(options, "options"));
    }

    @Override
    public void writeOptions(MessageWriter w) {
        for (RawAttribute a : options) {
            a.writeTo(w);
        }
    }
}
