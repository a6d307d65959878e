package io.jnetlink.netfilter.wire;

import io.jnetlink.core.message.MessageFamily;
import io.jnetlink.core.message.Netlink;

/**
 * The nfnetlink message types this module knows, for the tracer ({@code -Djnetlink.trace=true}):
 * batch markers, {@code NFT_MSG_*} ({@code <linux/netfilter/nf_tables.h>}) and
 * {@code IPCTNL_MSG_CT_*} ({@code <linux/netfilter/nfnetlink_conntrack.h>}); every nfnetlink
 * message carries a {@code struct nfgenmsg} before its attributes. Registered by {@link NfGenMsg}.
 */
public final class NetfilterMessages implements MessageFamily {
    /** The one instance (registering it twice has no effect). */
    public static final NetfilterMessages INSTANCE = new NetfilterMessages();
    /** {@code enum cntl_msg_types}. */
    private static final String[] CT_MESSAGES = {
        "NEW", "GET", "DELETE", "GET_CTRZERO", "GET_STATS_CPU", "GET_STATS", "GET_DYING", "GET_UNCONFIRMED",
    };
    /** {@code enum ctnl_exp_msg_types}. */
    private static final String[] EXP_MESSAGES = {"NEW", "GET", "DELETE", "GET_STATS_CPU"};

    private NetfilterMessages() {
    }

    @Override
    public int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    @Override
    public String typeName(int type) {
        if (type == NfGenMsg.NFNL_MSG_BATCH_BEGIN) {
            return "NFNL_MSG_BATCH_BEGIN";
        }
        if (type == NfGenMsg.NFNL_MSG_BATCH_END) {
            return "NFNL_MSG_BATCH_END";
        }
        int message = NfGenMsg.message(type);
        switch (NfGenMsg.subsystem(type)) {
            case NfGenMsg.NFNL_SUBSYS_NFTABLES -> {
                String name = NftAttrs.messageName(message);
                return name.startsWith("NFT_MSG_") ? name : null;
            }
            case NfGenMsg.NFNL_SUBSYS_CTNETLINK -> {
                return message < CT_MESSAGES.length ? "IPCTNL_MSG_CT_" + CT_MESSAGES[message] : null;
            }
            case NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP -> {
                return message < EXP_MESSAGES.length ? "IPCTNL_MSG_EXP_" + EXP_MESSAGES[message] : null;
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    public int fixedHeaderLength(int type) {
        // batch markers carry a nfgenmsg too (res_id = subsystem)
        return type >= Netlink.NLMSG_MIN_TYPE ? NfGenMsg.NFGENMSG_LENGTH : -1;
    }
}
