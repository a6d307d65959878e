package io.jnetlink.route.wire;

import io.jnetlink.core.message.MessageWriter;

/**
 * Writes a {@code struct fib_rule_hdr}: every field named, in wire order, in one call that reserves
 * the header. A static method rather than an SBE-style {@code wrap(writer, offset).family(..)}
 * flyweight: that object, made per encode, was not scalar-replaced by C2 on the rule path (24 B per
 * {@code apply}, measured by {@code RequestAllocationTest}), and a shared one would not be thread-safe.
 */
public final class FibRuleHdrEncoder {
    private FibRuleHdrEncoder() {
    }

    /**
     * Reserves the header at the writer's position and writes it; returns its offset.
     *
     * @param w      the writer, inside a message just begun
     * @param family {@code AF_INET} or {@code AF_INET6}
     * @param dstLen prefix length of {@code FRA_DST}
     * @param srcLen prefix length of {@code FRA_SRC}
     * @param tos    the TOS byte
     * @param table  the table id 0..255 ({@code RT_TABLE_UNSPEC} when it travels in {@code FRA_TABLE})
     * @param action an {@code FR_ACT_*}
     * @param flags  {@code FIB_RULE_*} bits
     * @return the header's offset
     */
    public static int write(MessageWriter w, int family, int dstLen, int srcLen, int tos, int table, int action,
                            int flags) {
        int h = w.reserve(FibRuleHdr.LENGTH);
        w.putU8At(h + FibRuleHdr.FAMILY_OFFSET, family);
        w.putU8At(h + FibRuleHdr.DST_LEN_OFFSET, dstLen);
        w.putU8At(h + FibRuleHdr.SRC_LEN_OFFSET, srcLen);
        w.putU8At(h + FibRuleHdr.TOS_OFFSET, tos);
        w.putU8At(h + FibRuleHdr.TABLE_OFFSET, table);
        w.putU8At(h + FibRuleHdr.ACTION_OFFSET, action);
        w.putU32At(h + FibRuleHdr.FLAGS_OFFSET, flags);
        return h;
    }

    /**
     * A dump request's header: all zero but the family, as strict checking requires.
     *
     * @param w      the writer, inside a message just begun
     * @param family {@code AF_INET}, {@code AF_INET6} or 0 for all
     * @return the header's offset
     */
    public static int writeDump(MessageWriter w, int family) {
        return write(w, family, 0, 0, 0, 0, 0, 0);
    }
}
