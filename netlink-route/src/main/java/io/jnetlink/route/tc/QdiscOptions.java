package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;

/**
 * A qdisc's kind and its options ({@code TCA_KIND}, {@code TCA_OPTIONS}): what follows the kind in
 * {@code tc qdisc add dev D root htb default 10}. One record per kind; kinds this library does not
 * model (and options it cannot read) come as {@link RawOptions}.
 */
public sealed interface QdiscOptions permits HtbQdiscOptions, FifoOptions, PrioOptions, SfqOptions, FqCodelOptions,
        TbfOptions, NetemOptions, PlainQdiscOptions, RawOptions {
    /** {@return the kind, e.g. {@code "htb"}} */
    String kind();

    /**
     * Writes {@code TCA_OPTIONS} as {@code tc} does for this kind (nothing for kinds without options).
     *
     * @param writer the message being written
     */
    void writeOptions(MessageWriter writer);
}
