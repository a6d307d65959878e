package io.jnetlink.route.internal;

import io.jnetlink.route.wire.RtnlMessages;

/**
 * The link-statistics message constants, and the registration the MDB, nexthop and statistics
 * facades run once for traces ({@code -Djnetlink.trace=true}): their types are rtnetlink's,
 * named by {@link RtnlMessages}.
 */
public final class BridgeNexthopMessages {
    /** {@code RTM_NEWSTATS} = 92. */
    public static final int RTM_NEWSTATS = 92;
    /** {@code RTM_GETSTATS} = 94. */
    public static final int RTM_GETSTATS = 94;
    /** {@code sizeof(struct if_stats_msg)}. */
    public static final int IF_STATS_MSG_LENGTH = 12;

    private BridgeNexthopMessages() {
    }

    /** Registers the rtnetlink names ({@link RtnlMessages#register()}, idempotent). */
    public static void register() {
        RtnlMessages.register(); // MDB, nexthop and stats types are rtnetlink's: named there
    }
}
