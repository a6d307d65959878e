package io.jnetlink.netfilter;

import io.jnetlink.core.message.MessageWriter;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One message of a {@link Transaction}, encoded when it is added: its attributes are bytes from then
 * on, so nothing the caller changes afterwards (a builder, a list) changes what is sent.
 *
 * @param message     the {@code NFT_MSG_*} type
 * @param flags       {@code NLM_F_*} flags besides {@code NLM_F_REQUEST}
 * @param family      the nftables family of its nfgenmsg
 * @param attributes  the attributes after the nfgenmsg, as sent
 * @param description the nft command it is, for errors (rules build it only when asked)
 * @param rule        for a new rule: where it goes (its handle comes back), else null
 */
record Operation(int message, int flags, int family, byte[] attributes, Supplier<String> description, NewRule rule) {
    /**
     * A rule this operation adds: the table whose new handles it takes, and for a replacement the
     * handle it keeps.
     */
    record NewRule(String table, long replacedHandle) {
    }

    /** Encodes {@code body} now, once. */
    static Operation of(int message, int flags, int family, String description, Consumer<MessageWriter> body) {
        return of(message, flags, family, () -> description, body, null);
    }

    /** Encodes {@code body} now, once. */
    static Operation of(int message, int flags, int family, Supplier<String> description, Consumer<MessageWriter> body,
                        NewRule rule) {
        // one scratch writer per thread, not a new direct buffer (and Cleaner) per rule: issue 17, W5
        MessageWriter w = SCRATCH.get();
        SCRATCH.set(null); // a body that adds an operation itself gets a writer of its own
        if (w == null) {
            w = new MessageWriter(256);
        }
        try {
            w.reset();
            body.accept(w);
            byte[] bytes = new byte[w.position()];
            w.buffer().get(0, bytes);
            return new Operation(message, flags, family, bytes, description, rule);
        } finally {
            SCRATCH.set(w.buffer().capacity() <= SCRATCH_KEPT_BYTES ? w : null); // a huge set's buffer is not kept
        }
    }

    /** The writer operations are encoded in before their bytes are copied out; null while in use. */
    private static final ThreadLocal<MessageWriter> SCRATCH = new ThreadLocal<>();
    private static final int SCRATCH_KEPT_BYTES = 64 * 1024;

    /** {@return the nft command this operation is} */
    String describe() {
        return description.get();
    }

    /** {@return whether it adds a rule (whose handle the transaction returns)} */
    boolean addsRule() {
        return rule != null;
    }
}
