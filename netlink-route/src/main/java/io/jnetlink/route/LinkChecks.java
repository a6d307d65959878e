package io.jnetlink.route;

import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.MacAddress;

import io.jnetlink.route.wire.IfLink;
import java.nio.charset.StandardCharsets;

/** Argument checks for link requests; each throws IllegalArgumentException naming the argument and the rule. */
final class LinkChecks {

    private LinkChecks() {
    }

    static String name(String name, String what) {
        return InterfaceNames.check(name, what);
    }

    /**
     * Only what every device refuses: the kernel's {@code dev_validate_mtu} reads the u32 as an int
     * (negative: EINVAL) and 0 is "unset" here; each device's own min/max is the kernel's to check.
     */
    static int mtu(int mtu, String what) {
        if (mtu <= 0) {
            throw new IllegalArgumentException(what + " must be positive (the device's own limits are checked by the kernel): " + mtu);
        }
        return mtu;
    }

    /** A unicast, non-zero Ethernet address (the kernel's {@code is_valid_ether_addr}). */
    static byte[] mac(String text, String what) {
        byte[] mac = MacAddress.parse(text, what);
        if ((mac[0] & 1) != 0) {
            throw new IllegalArgumentException(what + " must be a unicast address (low bit of the first byte clear): " + text);
        }
        boolean zero = true;
        for (byte b : mac) {
            zero &= b == 0;
        }
        if (zero) {
            throw new IllegalArgumentException(what + " must not be 00:00:00:00:00:00");
        }
        return mac;
    }

    static int group(long group, String what) {
        if (group < 0 || group > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " must be between 0 and 4294967295: " + group);
        }
        return (int) group;
    }

    static int nonNegative(long value, long max, String what) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " must be between 0 and " + max + ": " + value);
        }
        return (int) value;
    }

    static String alias(String alias) {
        if (alias == null) {
            throw new IllegalArgumentException("alias must not be null");
        }
        if (alias.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("alias must not contain NUL");
        }
        if (alias.getBytes(StandardCharsets.UTF_8).length >= IfLink.IFALIASZ) {
            throw new IllegalArgumentException("alias must be shorter than " + IfLink.IFALIASZ + " bytes (IFALIASZ)");
        }
        return alias;
    }

    static String kind(String kind) {
        if (kind == null || kind.isEmpty() || kind.length() > 64) {
            throw new IllegalArgumentException("link kind must be 1 to 64 characters: " + kind);
        }
        for (int i = 0; i < kind.length(); i++) {
            char c = kind.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                throw new IllegalArgumentException("link kind must be printable ASCII without spaces: " + kind);
            }
        }
        return kind;
    }
}
