package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericNetlink;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one ethtool GET asks and how its replies are read: shared by {@link EthtoolQuery} (one
 * device) and {@link EthtoolDump} (every device).
 *
 * @param name       the message's name for errors, e.g. {@code "ETHTOOL_MSG_CHANNELS_GET"}
 * @param command    the GET command
 * @param reply      the reply command
 * @param headerType the header attribute of the message
 * @param flags      header flags
 * @param body       attributes after the header (may write nothing)
 * @param decoder    makes the reply decoder once the family is resolved
 * @param <T>        the decoded value
 */
record Query<T>(String name, int command, int reply, int headerType, int flags, Consumer<MessageWriter> body,
                Decoders<T> decoder) {

    /** Makes the reply decoder once the family is resolved; it may ask the kernel first (names, other replies). */
    @FunctionalInterface
    interface Decoders<T> {
        Function<MessageReader, T> make(NetlinkConnection connection, GenericFamily family, String device);
    }

    static final Consumer<MessageWriter> NO_BODY = w -> { };

    void encode(MessageWriter w, GenericFamily family, String device, Consumer<MessageWriter> extra) {
        int start = EthtoolMessages.begin(w, family, command, headerType, device, flags);
        body.accept(w);
        extra.accept(w);
        w.endMessage(start);
    }

    /** The decoder for replies of this query (other messages of the family are skipped: null). */
    Function<MessageReader, T> replies(NetlinkConnection connection, GenericFamily family, String device) {
        Function<MessageReader, T> d = decoder.make(connection, family, device);
        return m -> m.type() == family.id() && GenericNetlink.command(m) == reply ? d.apply(m) : null;
    }
}
