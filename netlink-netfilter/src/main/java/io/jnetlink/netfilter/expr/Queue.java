package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

/**
 * {@code queue}: hands the packet to user space over nfnetlink_queue, nft
 * {@code queue num 1}, {@code queue num 2-3 fanout,bypass} (kernels without {@code nft_queue} refuse it: ENOENT).
 *
 * @param number          {@code NFTA_QUEUE_NUM} (be16), the first queue
 * @param total           {@code NFTA_QUEUE_TOTAL} (be16), how many queues
 * @param flags           {@code NFTA_QUEUE_FLAGS} (be16): {@link #BYPASS} 1, {@link #FANOUT} 2; sent when not 0
 * @param numberRegister  {@code NFTA_QUEUE_SREG_QNUM} (queue number from a register), -1 when absent
 */
public record Queue(int number, int total, int flags, int numberRegister) implements Expression {
    static final int NFTA_QUEUE_NUM = 1;
    static final int NFTA_QUEUE_TOTAL = 2;
    static final int NFTA_QUEUE_FLAGS = 3;
    static final int NFTA_QUEUE_SREG_QNUM = 4;
    /** {@code NFT_QUEUE_FLAG_BYPASS}. */
    public static final int BYPASS = 1;
    /** {@code NFT_QUEUE_FLAG_CPU_FANOUT}. */
    public static final int FANOUT = 2;

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public void encodeData(MessageWriter w) {
        if (numberRegister >= 0) {
            w.putAttrU32Be(NFTA_QUEUE_SREG_QNUM, numberRegister);
        } else {
            w.putAttrU16Be(NFTA_QUEUE_NUM, number);
            w.putAttrU16Be(NFTA_QUEUE_TOTAL, total);
        }
        if (flags != 0) {
            w.putAttrU16Be(NFTA_QUEUE_FLAGS, flags);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a queue.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int num = 0, total = 0, flags = 0, sreg = -1;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_QUEUE_NUM -> num = Attr.be16(d);
                case NFTA_QUEUE_TOTAL -> total = Attr.be16(d);
                case NFTA_QUEUE_FLAGS -> flags = Attr.be16(d);
                case NFTA_QUEUE_SREG_QNUM -> sreg = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        return new Queue(num, total, flags, sreg);
    }
}
