package io.jnetlink.netfilter.wire;

import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;

/**
 * nfnetlink framing: constants of {@code linux/netfilter/nfnetlink.h} and the {@code nfgenmsg}
 * header that follows every netlink header of the protocol.
 *
 * <pre>
 *  0        1        2                 4
 *  +--------+--------+-----------------+
 *  | family | version| res_id (BE16)   |   struct nfgenmsg, 4 bytes
 *  +--------+--------+-----------------+
 * </pre>
 *
 * The netlink message type is {@code (subsys << 8) | msg}.
 */
public final class NfGenMsg {
    static {
        // every netfilter message is begun or read here first: the tracer learns the names then
        MessageFamilies.register(NetfilterMessages.INSTANCE);
    }

    private NfGenMsg() {
    }

    /** {@code sizeof(struct nfgenmsg)}. */
    public static final int NFGENMSG_LENGTH = 4;
    /** Byte offset of the {@code family} field. */
    public static final int FAMILY_OFFSET = 0;
    /** Byte offset of the {@code version} field. */
    public static final int VERSION_OFFSET = 1;
    /** Byte offset of the {@code res_id} field. */
    public static final int RES_ID_OFFSET = 2;

    /** {@code NFNLGRP_CONNTRACK_NEW} (enum nfnetlink_groups in {@code <linux/netfilter/nfnetlink.h>}). */
    public static final int NFNLGRP_CONNTRACK_NEW = 1;
    /** {@code NFNLGRP_CONNTRACK_UPDATE}. */
    public static final int NFNLGRP_CONNTRACK_UPDATE = 2;
    /** {@code NFNLGRP_CONNTRACK_DESTROY}. */
    public static final int NFNLGRP_CONNTRACK_DESTROY = 3;
    /** {@code NFNLGRP_CONNTRACK_EXP_NEW}. */
    public static final int NFNLGRP_CONNTRACK_EXP_NEW = 4;
    /** {@code NFNLGRP_CONNTRACK_EXP_DESTROY}. */
    public static final int NFNLGRP_CONNTRACK_EXP_DESTROY = 6;
    /** {@code NFNLGRP_NFTABLES}. */
    public static final int NFNLGRP_NFTABLES = 7;
    /** {@code NFNETLINK_V0}. */
    public static final int NFNETLINK_V0 = 0;

    /** {@code NFNL_SUBSYS_CTNETLINK}. */
    public static final int NFNL_SUBSYS_CTNETLINK = 1;
    /** {@code NFNL_SUBSYS_CTNETLINK_EXP}. */
    public static final int NFNL_SUBSYS_CTNETLINK_EXP = 2;
    /** {@code NFNL_SUBSYS_NFTABLES}. */
    public static final int NFNL_SUBSYS_NFTABLES = 10;

    /** {@code NFNL_MSG_BATCH_BEGIN = NLMSG_MIN_TYPE}. */
    public static final int NFNL_MSG_BATCH_BEGIN = Netlink.NLMSG_MIN_TYPE;
    /** {@code NFNL_MSG_BATCH_END = NLMSG_MIN_TYPE + 1}. */
    public static final int NFNL_MSG_BATCH_END = Netlink.NLMSG_MIN_TYPE + 1;
    /** {@code NFNL_BATCH_GENID}: attribute of BATCH_BEGIN, the ruleset generation the batch expects. */
    public static final int NFNL_BATCH_GENID = 1;

    /** {@code NFPROTO_UNSPEC}. */
    public static final int NFPROTO_UNSPEC = 0;

    /**
     * The message type of {@code msg} of subsystem {@code subsys}: {@code (subsys << 8) | msg}.
     *
     * @param subsys the nfnetlink subsystem ({@code NFNL_SUBSYS_*})
     * @param msg the subsystem's message number
     * @return the nfnetlink message type
     */
    public static int type(int subsys, int msg) {
        return (subsys << 8) | msg;
    }

    /**
     * {@return the subsystem of a message type}
     *
     * @param type the message type
     */
    public static int subsystem(int type) {
        return (type >>> 8) & 0xFF;
    }

    /**
     * {@return the subsystem's message number of a message type}
     *
     * @param type the message type
     */
    public static int message(int type) {
        return type & 0xFF;
    }

    /**
     * Begins a message with its {@code nfgenmsg}; returns the message start for
     * {@link MessageWriter#endMessage(int)}.
     *
     * @param w the writer to append to
     * @param subsys the nfnetlink subsystem ({@code NFNL_SUBSYS_*})
     * @param msg the subsystem's message number
     * @param flags the {@code NLM_F_*} flags
     * @param family the family in {@code nfgenmsg} ({@code NFPROTO_*})
     * @param resId the resource id ({@code nfgenmsg.res_id}, big-endian on the wire)
     * @return the message start, for {@link MessageWriter#endMessage(int)}
     */
    public static int begin(MessageWriter w, int subsys, int msg, int flags, int family, int resId) {
        int start = w.beginMessage(type(subsys, msg), flags);
        int at = w.reserve(NFGENMSG_LENGTH);
        w.putU8At(at + FAMILY_OFFSET, family);
        w.putU8At(at + VERSION_OFFSET, NFNETLINK_V0);
        w.putU16BeAt(at + RES_ID_OFFSET, resId);
        return start;
    }
}
