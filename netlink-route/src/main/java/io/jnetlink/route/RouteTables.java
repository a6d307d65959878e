package io.jnetlink.route;

/** Routing table ids as {@code ip route table ID} and {@code ip rule … table ID} take them. */
final class RouteTables {
    private RouteTables() {
    }

    /** {@code main}, {@code local}, {@code default} or a number 1..2^32-1. */
    static long parse(String text, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " must be main, local, default or 1..4294967295, got an empty value");
        }
        return switch (text) {
            case "main" -> RtMsg.RT_TABLE_MAIN;
            case "local" -> RtMsg.RT_TABLE_LOCAL;
            case "default" -> RtMsg.RT_TABLE_DEFAULT;
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
