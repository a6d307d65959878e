package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.message.KernelNames;

/**
 * Validation of nftables object names (tables, chains, sets): 1..255 bytes, no NUL or control
 * characters. A name read from the kernel that is not UTF-8 carries its bytes escaped
 * ({@link KernelNames}) and is sent back as those bytes.
 */
final class Names {
    private Names() {
    }

    static String check(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " name must not be empty");
        }
        if (KernelNames.encode(name).length > NftAttrs.NAME_MAX_BYTES) {
            throw new IllegalArgumentException(what + " name must be at most " + NftAttrs.NAME_MAX_BYTES + " bytes: " + name);
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
