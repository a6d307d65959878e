package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;

/**
 * A qdisc without options: {@code ingress}, {@code clsact}, {@code noqueue}, or {@code pfifo_fast}
 * as {@code tc qdisc add … pfifo_fast} sends it (the kernel reports pfifo_fast's fixed priomap back
 * as {@link PrioOptions}).
 *
 * @param kind the kind
 */
public record PlainQdiscOptions(String kind) implements QdiscOptions {
    /** {@code tc qdisc add dev D ingress}. */
    public static final PlainQdiscOptions INGRESS = new PlainQdiscOptions("ingress");
    /** {@code tc qdisc add dev D clsact}. */
    public static final PlainQdiscOptions CLSACT = new PlainQdiscOptions("clsact");
    /** {@code tc qdisc add dev D root pfifo_fast}. */
    public static final PlainQdiscOptions PFIFO_FAST = new PlainQdiscOptions("pfifo_fast");

    /**
     * Checks the kind.
     *
     * @param kind the kind
     */
    public PlainQdiscOptions {
        TcChecks.kind(kind);
    }

    @Override
    public void writeOptions(MessageWriter writer) {
        // tc sends no TCA_OPTIONS for these kinds
    }
}
