package io.jnetlink.route.tc;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.QdiscOptionAttrs;
import io.jnetlink.route.wire.TcAttrs;

/**
 * {@code pfifo [limit PACKETS]} and {@code bfifo [limit BYTES]} ({@code struct tc_fifo_qopt}).
 *
 * @param kind  {@code "pfifo"} or {@code "bfifo"}
 * @param limit the queue's limit (packets for pfifo, bytes for bfifo), or -1 to leave the kernel's default
 */
public record FifoOptions(String kind, long limit) implements QdiscOptions {
    /**
     * Checks the kind and limit.
     *
     * @param kind {@code "pfifo"} or {@code "bfifo"}
     * @param limit the limit, or -1
     */
    public FifoOptions {
        if (!"pfifo".equals(kind) && !"bfifo".equals(kind)) {
            throw new IllegalArgumentException("fifo kind must be pfifo or bfifo: " + kind);
        }
        if (limit != -1) {
            TcChecks.u32(limit, "limit");
        }
    }

    /**
     * {@code pfifo limit N}.
     *
     * @param limit packets
     * @return the options
     */
    public static FifoOptions packets(long limit) {
        return new FifoOptions("pfifo", TcChecks.u32(limit, "limit"));
    }

    /**
     * {@code bfifo limit N}.
     *
     * @param limit bytes
     * @return the options
     */
    public static FifoOptions bytes(long limit) {
        return new FifoOptions("bfifo", TcChecks.u32(limit, "limit"));
    }

    @Override
    public void writeOptions(MessageWriter w) {
        if (limit >= 0) {
            int at = TcStruct.beginStruct(w, TcAttrs.TCA_OPTIONS, QdiscOptionAttrs.FIFO_LENGTH);
            w.putU32At(at, (int) limit);
            TcStruct.endStruct(w, at);
        }
    }

    /** Reads {@code TCA_OPTIONS} ({@code tc_fifo_qopt}). */
    static FifoOptions decode(String kind, AttributeReader options) {
        TcStruct.require(options, QdiscOptionAttrs.FIFO_LENGTH, kind + " TCA_OPTIONS");
        return new FifoOptions(kind, TcStruct.u32(options, 0));
    }
}
