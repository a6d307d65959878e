package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;

/** Routing table ids as {@code ip route table ID} and {@code ip rule … table ID} take them. */
public final class RouteTable {
    /** {@code main} ({@code RT_TABLE_MAIN}): where {@code ip route add} puts a route unless told otherwise. */
    public static final int MAIN = RtMsg.RT_TABLE_MAIN;
    /** {@code local} ({@code RT_TABLE_LOCAL}): the kernel's local and broadcast routes. */
    public static final int LOCAL = RtMsg.RT_TABLE_LOCAL;
    /** {@code default} ({@code RT_TABLE_DEFAULT}): looked up after {@code main} by the default rules. */
    public static final int DEFAULT = RtMsg.RT_TABLE_DEFAULT;

    private RouteTable() {
    }

    /** {@code main}, {@code local}, {@code default} or a number 1..2^32-1. */
    static long parse(String text, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " must be main, local, default or 1..4294967295, got an empty value");
        }
        return switch (text) {
            case "main" -> MAIN;
            case "local" -> LOCAL;
            case "default" -> DEFAULT;
            default -> {
                if (text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new IllegalArgumentException(what + " must be main, local, default or 1..4294967295: " + text);
                }
                yield check(Long.parseLong(text), what);
            }
        };
    }

    static long check(long id, String what) {
        if (id < 1 || id > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(what + " must be 1..4294967295 (0 is RT_TABLE_UNSPEC): " + id);
        }
        return id;
    }
}
