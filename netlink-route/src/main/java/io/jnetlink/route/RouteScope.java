package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;

/**
 * Scopes of routes and addresses ({@code rtm_scope}, {@code ifa_scope}): how far away the destination is, as
 * {@code ip route add … scope link} and {@code ip addr add … scope host} name them. {@link Route#scope()} and
 * {@link Address#scope()} return one of these numbers (or another 0..255 the kernel accepts).
 */
public final class RouteScope {
    /** {@code global} ({@code RT_SCOPE_UNIVERSE}): anywhere. */
    public static final int GLOBAL = RtMsg.RT_SCOPE_UNIVERSE;
    /** {@code site} ({@code RT_SCOPE_SITE}): inside the site (IPv6). */
    public static final int SITE = RtMsg.RT_SCOPE_SITE;
    /** {@code link} ({@code RT_SCOPE_LINK}): on the attached link, no gateway. */
    public static final int LINK = RtMsg.RT_SCOPE_LINK;
    /** {@code host} ({@code RT_SCOPE_HOST}): this host only. */
    public static final int HOST = RtMsg.RT_SCOPE_HOST;
    /** {@code nowhere} ({@code RT_SCOPE_NOWHERE}): no destination. */
    public static final int NOWHERE = RtMsg.RT_SCOPE_NOWHERE;

    private RouteScope() {
    }

    /**
     * {@return {@code ip}'s name of a scope: global, site, link, host, nowhere, or the number}
     *
     * @param scope a scope number 0..255
     */
    public static String name(int scope) {
        return switch (scope) {
            case GLOBAL -> "global";
            case SITE -> "site";
            case LINK -> "link";
            case HOST -> "host";
            case NOWHERE -> "nowhere";
            default -> Integer.toString(scope);
        };
    }

    /**
     * Parses a scope as {@code ip} does: a name ({@code global}/{@code universe}, {@code site}, {@code link},
     * {@code host}, {@code nowhere}) or a number 0..255.
     *
     * @param text a scope name or number
     * @param what the argument's name, for the exception message
     * @return the scope number
     * @throws IllegalArgumentException naming {@code what} when {@code text} is neither
     */
    public static int parse(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " must be global, site, link, host, nowhere or 0..255, got null");
        }
        return switch (text) {
            case "global", "universe" -> GLOBAL;
            case "site" -> SITE;
            case "link" -> LINK;
            case "host" -> HOST;
            case "nowhere" -> NOWHERE;
            default -> {
                if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
                        || Integer.parseInt(text) > 255) {
                    throw new IllegalArgumentException(what + " must be global, site, link, host, nowhere or 0..255: " + text);
                }
                yield Integer.parseInt(text);
            }
        };
    }
}
