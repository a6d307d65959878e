package io.jnetlink.core;

import io.jnetlink.core.message.MessageWriter;

/**
 * Writes one complete request message ({@code beginMessage … endMessage}) into the connection's
 * reused writer. Sequence number, port id and the request/ack/dump flags are filled in by the
 * connection. Reuse one encoder object on hot paths so nothing is allocated per request.
 */
@FunctionalInterface
public interface RequestEncoder {
    /**
     * Writes one message, {@code beginMessage} to {@code endMessage}.
     *
     * @param writer the writer to write it into
     */
    void encode(MessageWriter writer);
}
