package io.jnetlink.route;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/** Drops attributes of given types from a record's kept attributes (for comparing what describes an object). */
final class RawAttributeFilter {
    private RawAttributeFilter() {
    }

    /** {@return {@code attributes} without those whose type (flag bits aside) is one of {@code types}} */
    static List<RawAttribute> without(List<RawAttribute> attributes, int... types) {
        return attributes.stream().filter(a -> !contains(types, a.type())).toList();
    }

    private static boolean contains(int[] types, int type) {
        for (int t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }
}
