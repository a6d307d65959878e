package io.jnetlink.route.internal;

import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.core.message.MessageFamily;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.BrPortMsg;
import io.jnetlink.route.wire.NhMsg;

/**
 * Names the message types of the MDB, nexthop and link-statistics families for traces and
 * errors ({@code -Djnetlink.trace=true}); the facades register it once.
 */
public final class BridgeNexthopMessages implements MessageFamily {
    /** {@code RTM_NEWSTATS} = 92. */
    public static final int RTM_NEWSTATS = 92;
    /** {@code RTM_GETSTATS} = 94. */
    public static final int RTM_GETSTATS = 94;
    /** {@code sizeof(struct if_stats_msg)}. */
    public static final int IF_STATS_MSG_LENGTH = 12;

    private static final BridgeNexthopMessages INSTANCE = new BridgeNexthopMessages();

    private BridgeNexthopMessages() {
    }

    /** Registers the names with {@link MessageFamilies} (idempotent). */
    public static void register() {
        MessageFamilies.register(INSTANCE);
    }

    @Override
    public int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public String typeName(int type) {
        return switch (type) {
            case BrPortMsg.RTM_NEWMDB -> "RTM_NEWMDB";
            case BrPortMsg.RTM_DELMDB -> "RTM_DELMDB";
            case BrPortMsg.RTM_GETMDB -> "RTM_GETMDB";
            case NhMsg.RTM_NEWNEXTHOP -> "RTM_NEWNEXTHOP";
            case NhMsg.RTM_DELNEXTHOP -> "RTM_DELNEXTHOP";
            case NhMsg.RTM_GETNEXTHOP -> "RTM_GETNEXTHOP";
            case RTM_NEWSTATS -> "RTM_NEWSTATS";
            case RTM_GETSTATS -> "RTM_GETSTATS";
            default -> null;
        };
    }

    @Override
    public int fixedHeaderLength(int type) {
        return switch (type) {
            case BrPortMsg.RTM_NEWMDB, BrPortMsg.RTM_DELMDB, BrPortMsg.RTM_GETMDB -> BrPortMsg.LENGTH;
            case NhMsg.RTM_NEWNEXTHOP, NhMsg.RTM_DELNEXTHOP, NhMsg.RTM_GETNEXTHOP -> NhMsg.LENGTH;
            case RTM_NEWSTATS, RTM_GETSTATS -> IF_STATS_MSG_LENGTH;
            default -> -1;
        };
    }
}
