package io.jnetlink.core;

import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.core.message.MessageFamily;
import io.jnetlink.core.message.Netlink;

/**
 * The two link messages the core trace tests send, described the way a protocol module describes
 * its family: core itself names no family's types (netlink-route registers all of rtnetlink's).
 */
final class TraceTestFamily implements MessageFamily {
    static final int RTM_NEWLINK = 16;      // RTM_NEWLINK
    static final int RTM_GETLINK = 18;      // RTM_GETLINK
    static final int IFINFOMSG_LENGTH = 16; // sizeof(struct ifinfomsg)
    private static final TraceTestFamily INSTANCE = new TraceTestFamily();

    private TraceTestFamily() {
    }

    /** Registers the family (idempotent). */
    static void register() {
        MessageFamilies.register(INSTANCE);
    }

    @Override
    public int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public String typeName(int type) {
        return switch (type) {
            case RTM_NEWLINK -> "RTM_NEWLINK";
            case RTM_GETLINK -> "RTM_GETLINK";
            default -> null;
        };
    }

    @Override
    public int fixedHeaderLength(int type) {
        return type == RTM_NEWLINK || type == RTM_GETLINK ? IFINFOMSG_LENGTH : -1;
    }
}
