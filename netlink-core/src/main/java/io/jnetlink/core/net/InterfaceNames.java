package io.jnetlink.core.net;

import java.nio.charset.StandardCharsets;

/**
 * The kernel's rules for interface names, byte for byte as {@code dev_valid_name} applies them to
 * the UTF-8 bytes: 1..15 bytes, not '.' or '..', no '/', ':' or byte the kernel's {@code isspace}
 * counts as space (0x09-0x0d, 0x20 and 0xa0, so also any character whose UTF-8 holds 0xa0, like
 * U+00A0 and 'à'); and no '%', which the kernel expands ({@code x%d} becomes {@code x0}), so that
 * the name asked for is the name the device gets.
 */
public final class InterfaceNames {
    /** {@code IFNAMSIZ - 1}. */
    public static final int MAX_LENGTH = 15;

    private InterfaceNames() {
    }

    /**
     * Returns {@code name} if valid.
     *
     * @param what names the argument in the error, e.g. {@code "peer name"}
     * @throws IllegalArgumentException naming the argument and the rule broken
     * @param name the name
     * @return {@code name}, unchanged
     */
    public static String check(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_LENGTH + " bytes: " + name);
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(what + " must not be '.' or '..'");
        }
        for (byte b : bytes) {
            if (b == '/' || b == ':' || b == 0 || kernelIsSpace(b)) {
                throw new IllegalArgumentException(what + " must not contain '/', ':', NUL or whitespace"
                        + " (bytes 0x09-0x0d, 0x20, 0xa0): '" + name + "'");
            }
            if (b == '%') {
                throw new IllegalArgumentException(what + " must not contain '%' (the kernel would expand it): '" + name + "'");
            }
        }
        return name;
    }

    /** lib/ctype.c: {@code _S} is set for 0x09-0x0d, 0x20 and 0xa0 (Latin-1 no-break space). */
    private static boolean kernelIsSpace(byte b) {
        int u = b & 0xFF;
        return (u >= 0x09 && u <= 0x0d) || u == 0x20 || u == 0xa0;
    }
}
