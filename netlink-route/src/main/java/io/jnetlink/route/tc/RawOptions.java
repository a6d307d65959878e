package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;

/**
 * A kind this library does not model, or options it could not read: the kind and the
 * {@code TCA_OPTIONS} attribute kept as it came, so it is written back byte for byte.
 *
 * @param kind    the kind ({@code TCA_KIND})
 * @param options the {@code TCA_OPTIONS} attribute as it came (empty when there was none)
 */
public record RawOptions(String kind, List<RawAttribute> options) implements QdiscOptions, ClassOptions, FilterOptions {
    /**
     * Checks and copies.
     *
     * @param kind the kind ({@code TCA_KIND})
     * @param options the {@code TCA_OPTIONS} attribute as it came (empty when there was none)
     */
    public RawOptions {
        TcChecks.kind(kind);
        options = List.copyOf(Objects.requireNonNull(options, "options"));
    }

    /**
     * A kind without options, e.g. {@code new RawOptions("noqueue")}.
     *
     * @param kind the kind
     */
    public RawOptions(String kind) {
        this(kind, List.of());
    }

    @Override
    public void writeOptions(MessageWriter writer) {
        for (RawAttribute a : options) {
            a.writeTo(writer);
        }
    }
}
