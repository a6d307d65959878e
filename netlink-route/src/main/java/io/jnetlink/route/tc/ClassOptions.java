package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;

/**
 * A class's kind and options: what follows the kind in {@code tc class add … htb rate 10mbit}.
 * htb classes are modelled; other kinds come as {@link RawOptions}.
 */
public sealed interface ClassOptions permits HtbClassOptions, RawOptions {
    /** {@return the kind, e.g. {@code "htb"}} */
    String kind();

    /**
     * Writes {@code TCA_OPTIONS} as {@code tc} does for this kind.
     *
     * @param writer the message being written
     */
    void writeOptions(MessageWriter writer);
}
