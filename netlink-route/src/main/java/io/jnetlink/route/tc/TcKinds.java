package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/** Picks the options decoder by kind; kinds not modelled keep their {@code TCA_OPTIONS} raw. */
final class TcKinds {
    private TcKinds() {
    }

    /** @param options the {@code TCA_OPTIONS} attribute, or null */
    static QdiscOptions qdisc(String kind, AttributeReader options) {
        if (options == null) {
            return switch (kind) {
                case "ingress", "clsact", "noqueue", "pfifo_fast" -> new PlainQdiscOptions(kind);
                default -> new RawOptions(kind);
            };
        }
        int at = options.offset();
        return switch (kind) {
            case "htb" -> HtbQdiscOptions.decode(nested(options));
            case "pfifo", "bfifo" -> FifoOptions.decode(kind, options);
            case "prio", "pfifo_fast" -> PrioOptions.decode(kind, options);
            case "sfq" -> SfqOptions.decode(options);
            case "fq_codel" -> FqCodelOptions.decode(nested(options));
            case "tbf" -> TbfOptions.decode(nested(options), at);
            case "netem" -> NetemOptions.decode(options);
            case "ingress", "clsact" -> new PlainQdiscOptions(kind);
            default -> raw(kind, options);
        };
    }

    /** @param options the {@code TCA_OPTIONS} attribute, or null */
    static ClassOptions trafficClass(String kind, AttributeReader options) {
        if (options != null && kind.equals("htb")) {
            return HtbClassOptions.decode(nested(options));
        }
        return options == null ? new RawOptions(kind) : raw(kind, options);
    }

    /** @param options the {@code TCA_OPTIONS} attribute, or null */
    static FilterOptions filter(String kind, AttributeReader options) {
        if (options == null) {
            return new RawOptions(kind);
        }
        return switch (kind) {
            case "u32" -> U32Options.decode(nested(options));
            case "flower" -> FlowerOptions.decode(nested(options));
            case "matchall" -> MatchallOptions.decode(nested(options));
            default -> raw(kind, options);
        };
    }

    private static RawOptions raw(String kind, AttributeReader options) {
        return new RawOptions(kind, List.of(RawAttribute.copyOf(options)));
    }

    private static AttributeReader nested(AttributeReader options) {
        return options.nested(new AttributeReader());
    }
}
