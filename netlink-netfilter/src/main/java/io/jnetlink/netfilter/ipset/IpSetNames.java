package io.jnetlink.netfilter.ipset;

import io.jnetlink.netfilter.wire.IpsetAttrs;

import java.nio.charset.StandardCharsets;

/** Argument checks shared by the requests and records: set names and timeouts as the kernel takes them. */
final class IpSetNames {
    /** The largest timeout the kernel accepts ({@code IPSET_MAX_TIMEOUT} of the kernel-internal ip_set_timeout.h: {@code (UINT_MAX >> 1) / MSEC_PER_SEC}). */
    static final long MAX_TIMEOUT = 2147483L;

    private IpSetNames() {
    }

    /** A set name: 1..IPSET_MAXNAMELEN-1 bytes, no NUL. */
    static String check(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " must be a set name, got an empty value");
        }
        if (name.indexOf('\0') >= 0 || name.getBytes(StandardCharsets.UTF_8).length > IpsetAttrs.IPSET_MAXNAMELEN - 1) {
            throw new IllegalArgumentException(what + " must be at most " + (IpsetAttrs.IPSET_MAXNAMELEN - 1)
                    + " bytes without NUL: " + name);
        }
        return name;
    }

    static long checkTimeout(long seconds) {
        if (seconds < 0 || seconds > MAX_TIMEOUT) {
            throw new IllegalArgumentException("timeout must be 0.." + MAX_TIMEOUT + " seconds: " + seconds);
        }
        return seconds;
    }
}
