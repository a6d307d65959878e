package io.jnetlink.route;

import java.util.ArrayList;
import java.util.List;

/**
 * The device flags of a link ({@code ifi_flags}, {@code IFF_*} in {@code <linux/if.h>}), the set
 * {@code ip link} prints in angle brackets, e.g. {@code <BROADCAST,MULTICAST,UP,LOWER_UP>}.
 *
 * @param raw the flag word as the kernel sent it
 */
public record LinkFlags(int raw) {
    /** {@code IFF_UP} 1&lt;&lt;0. */
    public static final int IFF_UP = 1;
    /** {@code IFF_BROADCAST}. */
    public static final int IFF_BROADCAST = 1 << 1;
    /** {@code IFF_DEBUG}. */
    public static final int IFF_DEBUG = 1 << 2;
    /** {@code IFF_LOOPBACK}. */
    public static final int IFF_LOOPBACK = 1 << 3;
    /** {@code IFF_POINTOPOINT}. */
    public static final int IFF_POINTOPOINT = 1 << 4;
    /** {@code IFF_NOTRAILERS}. */
    public static final int IFF_NOTRAILERS = 1 << 5;
    /** {@code IFF_RUNNING}. */
    public static final int IFF_RUNNING = 1 << 6;
    /** {@code IFF_NOARP}. */
    public static final int IFF_NOARP = 1 << 7;
    /** {@code IFF_PROMISC}. */
    public static final int IFF_PROMISC = 1 << 8;
    /** {@code IFF_ALLMULTI}. */
    public static final int IFF_ALLMULTI = 1 << 9;
    /** {@code IFF_MASTER}. */
    public static final int IFF_MASTER = 1 << 10;
    /** {@code IFF_SLAVE}. */
    public static final int IFF_SLAVE = 1 << 11;
    /** {@code IFF_MULTICAST}. */
    public static final int IFF_MULTICAST = 1 << 12;
    /** {@code IFF_PORTSEL}. */
    public static final int IFF_PORTSEL = 1 << 13;
    /** {@code IFF_AUTOMEDIA}. */
    public static final int IFF_AUTOMEDIA = 1 << 14;
    /** {@code IFF_DYNAMIC}. */
    public static final int IFF_DYNAMIC = 1 << 15;
    /** {@code IFF_LOWER_UP}. */
    public static final int IFF_LOWER_UP = 1 << 16;
    /** {@code IFF_DORMANT}. */
    public static final int IFF_DORMANT = 1 << 17;
    /** {@code IFF_ECHO}. */
    public static final int IFF_ECHO = 1 << 18;

    private static final String[] NAMES = {"UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT", "NOTRAILERS",
            "RUNNING", "NOARP", "PROMISC", "ALLMULTI", "MASTER", "SLAVE", "MULTICAST", "PORTSEL", "AUTOMEDIA",
            "DYNAMIC", "LOWER_UP", "DORMANT", "ECHO"};

    /**
     * {@return whether every bit of {@code mask} is set}
     *
     * @param mask the {@code IFF_*} bits
     */
    public boolean has(int mask) {
        return (raw & mask) == mask;
    }

    /** {@return {@code IFF_UP}: administratively up ({@code ip link set DEV up})} */
    public boolean isUp() {
        return has(IFF_UP);
    }

    /** {@return {@code IFF_LOWER_UP}: the driver signals carrier} */
    public boolean isLowerUp() {
        return has(IFF_LOWER_UP);
    }

    /** {@return {@code IFF_RUNNING}} */
    public boolean isRunning() {
        return has(IFF_RUNNING);
    }

    /** {@return {@code IFF_LOOPBACK}} */
    public boolean isLoopback() {
        return has(IFF_LOOPBACK);
    }

    /** {@return {@code IFF_BROADCAST}} */
    public boolean isBroadcast() {
        return has(IFF_BROADCAST);
    }

    /** {@return {@code IFF_MULTICAST}} */
    public boolean isMulticast() {
        return has(IFF_MULTICAST);
    }

    /** {@return {@code IFF_PROMISC} ({@code ip link set DEV promisc on})} */
    public boolean isPromiscuous() {
        return has(IFF_PROMISC);
    }

    /** {@return {@code IFF_NOARP}} */
    public boolean isNoArp() {
        return has(IFF_NOARP);
    }

    /**
     * {@return the names of the set flags in bit order, {@code IFF_} dropped ({@code ["BROADCAST", "MULTICAST", "UP", "LOWER_UP"]}); unknown bits as {@code "0x..."}} {@code ip} prints them in its own order and adds {@code M-DOWN} and {@code NO-CARRIER}, which are not flags.
     */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (int bit = 0; bit < 32; bit++) {
            if ((raw & (1 << bit)) != 0) {
                out.add(bit < NAMES.length ? NAMES[bit] : "0x" + Integer.toHexString(1 << bit));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "<" + String.join(",", names()) + ">";
    }
}
