package io.jnetlink.route;

/**
 * Mode of a macvlan link ({@code enum macvlan_mode} in {@code <linux/if_link.h>}), the word after
 * {@code ip link add … type macvlan mode}.
 */
public enum MacvlanMode {
    /** {@code MACVLAN_MODE_PRIVATE} (1): {@code mode private}. */
    PRIVATE(1),
    /** {@code MACVLAN_MODE_VEPA} (2): {@code mode vepa}. */
    VEPA(2),
    /** {@code MACVLAN_MODE_BRIDGE} (4): {@code mode bridge}. */
    BRIDGE(4),
    /** {@code MACVLAN_MODE_PASSTHRU} (8): {@code mode passthru}. */
    PASSTHRU(8),
    /** {@code MACVLAN_MODE_SOURCE} (16): {@code mode source}. */
    SOURCE(16);

    private final int raw;

    MacvlanMode(int raw) {
        this.raw = raw;
    }

    /** {@return the {@code MACVLAN_MODE_*} number} */
    public int raw() {
        return raw;
    }

    /**
     * The mode of number {@code raw}, or null when the kernel sent one this library does not know.
     *
     * @param raw the {@code MACVLAN_MODE_*} value
     * @return the mode
     */
    public static MacvlanMode of(int raw) {
        for (MacvlanMode m : values()) {
            if (m.raw == raw) {
                return m;
            }
        }
        return null;
    }
}
