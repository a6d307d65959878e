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

    /**
     * Names the request in errors, e.g. {@code "RTM_NEWADDR 10.0.0.1/32 dev br0"}. The connection
     * calls it only when it builds an exception (see {@link NetlinkConnection#request(RequestEncoder)}),
     * so a request object that implements this interface costs no string per successful request.
     *
     * @return a short description of the request; the default is the encoder's class name
     */
    default String describe() {
        return getClass().getSimpleName();
    }
}
