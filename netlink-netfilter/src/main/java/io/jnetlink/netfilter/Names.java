package io.jnetlink.netfilter;

import java.nio.charset.StandardCharsets;

/** Validation of nftables object names (tables, chains, sets): 1..255 bytes, no NUL or control characters. */
final class Names {
    private Names() {
    }

    static String check(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " name must not be empty");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > Nft.NAME_MAX_BYTES) {
            throw new IllegalArgumentException(what + " name must be at most " + Nft.NAME_MAX_BYTES + " bytes: " + name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '"' || c == '\\' || Character.isWhitespace(c)) {
                throw new IllegalArgumentException(what + " name must not contain whitespace, quotes, backslashes or"
                        + " control characters: \"" + name + "\"");
            }
        }
        return name;
    }
}
