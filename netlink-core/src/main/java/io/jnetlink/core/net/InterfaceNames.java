package io.jnetlink.core.net;

import java.nio.charset.StandardCharsets;

/** The kernel's rules for interface names ({@code dev_valid_name}): 1..15 bytes, no '/', ':' or whitespace, not '.' or '..'. */
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
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_LENGTH + " bytes: " + name);
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(what + " must not be '.' or '..'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == ':' || c == '\0' || Character.isWhitespace(c)) {
                throw new IllegalArgumentException(what + " must not contain '/', ':', NUL or whitespace: '" + name + "'");
            }
        }
        return name;
    }
}
