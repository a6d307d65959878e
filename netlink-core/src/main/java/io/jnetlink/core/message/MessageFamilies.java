package io.jnetlink.core.message;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The registry of {@link MessageFamily} descriptions that protocol modules add, asked in the order
 * of registration. Registering the same instance twice has no effect.
 */
public final class MessageFamilies {
    private static final CopyOnWriteArrayList<MessageFamily> FAMILIES = new CopyOnWriteArrayList<>();

    private MessageFamilies() {
    }

    /**
     * Adds a family's message types.
     *
     * @param family the description
     * @throws IllegalArgumentException if {@code family} is null
     */
    public static void register(MessageFamily family) {
        if (family == null) {
            throw new IllegalArgumentException("family must not be null");
        }
        FAMILIES.addIfAbsent(family);
    }

    /**
     * Names a message type through the registered families.
     *
     * @param protocol netlink protocol
     * @param type {@code nlmsg_type}
     * @return the first registered name, or null
     */
    public static String typeName(int protocol, int type) {
        for (MessageFamily f : FAMILIES) {
            if (f.protocol() == protocol) {
                String name = f.typeName(type);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The fixed header length of a message type through the registered families.
     *
     * @param protocol netlink protocol
     * @param type {@code nlmsg_type}
     * @return the length, or -1 when no registered family knows the type
     */
    public static int fixedHeaderLength(int protocol, int type) {
        for (MessageFamily f : FAMILIES) {
            if (f.protocol() == protocol) {
                int length = f.fixedHeaderLength(type);
                if (length >= 0) {
                    return length;
                }
            }
        }
        return -1;
    }
}
