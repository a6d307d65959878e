package io.jnetlink.core;

import io.jnetlink.core.message.MessageReader;

/**
 * Receives reply messages (dump parts, echoes, events) as a reused view positioned at one
 * message. The view and anything read through it are valid only during the call.
 */
@FunctionalInterface
public interface MessageHandler {
    /**
     * @param message the message, valid only during this call
     * @return true to go on, false to stop early (the rest of a dump is drained and discarded so
     *         the connection stays usable)
     */
    boolean onMessage(MessageReader message);

    /**
     * Called when the kernel flagged a dump as interrupted ({@code NLM_F_DUMP_INTR}) and it is
     * started again: forget what was received so far.
     */
    default void onRestart() {
    }
}
