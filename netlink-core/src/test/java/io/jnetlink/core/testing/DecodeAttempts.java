package io.jnetlink.core.testing;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * What every decoder fuzz property does with a fuzzed buffer: walk its messages, wrap views,
 * call accessors — where {@link NetlinkDecodeException} is the only exception allowed to escape a
 * decoder, so it is swallowed here and anything else fails the property.
 */
public final class DecodeAttempts {
    private DecodeAttempts() {
    }

    /** Hands each message of {@code b} to {@code each}, stopping at the first framing error. */
    public static void forEachMessage(ByteBuffer b, Consumer<MessageReader> each) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            each.accept(m);
        }
    }

    /** Runs a view's {@code wrap}; returns whether it accepted the message (a refused view is not read). */
    public static boolean wrapped(Runnable wrap) {
        try {
            wrap.run();
            return true;
        } catch (NetlinkDecodeException rejected) {
            return false;
        }
    }

    /** Runs each decoder or accessor; a {@link NetlinkDecodeException} is the one allowed outcome besides success. */
    public static void attempt(Runnable... accessors) {
        for (Runnable accessor : accessors) {
            try {
                accessor.run();
            } catch (NetlinkDecodeException expected) {
                // the only exception a decoder may raise
            }
        }
    }
}
