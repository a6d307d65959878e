package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;

/**
 * A filter's classifier and its options: what follows the kind in {@code tc filter add … u32 match …}.
 * u32, flower and matchall are modelled; other classifiers come as {@link RawOptions}.
 */
public sealed interface FilterOptions permits U32Options, FlowerOptions, MatchallOptions, RawOptions {
    /** {@return the classifier kind, e.g. {@code "u32"}} */
    String kind();

    /**
     * Writes {@code TCA_OPTIONS} as {@code tc} does for this classifier.
     *
     * @param writer the message being written
     */
    void writeOptions(MessageWriter writer);
}
