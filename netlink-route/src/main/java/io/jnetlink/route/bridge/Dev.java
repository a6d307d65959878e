package io.jnetlink.route.bridge;

import io.jnetlink.core.net.InterfaceNames;

/** A device a request names: by name (looked up when the request runs) or by index (used as is). */
final class Dev {
    final String name;
    final int index;

    private Dev(String name, int index) {
        this.name = name;
        this.index = index;
    }

    static Dev named(String name, String what) {
        return new Dev(InterfaceNames.check(name, what), 0);
    }

    static Dev indexed(int index, String what) {
        if (index <= 0) {
            throw new IllegalArgumentException(what + " index must be positive: " + index);
        }
        return new Dev(null, index);
    }

    @Override
    public String toString() {
        return name != null ? name : "ifindex " + index;
    }
}
