package io.jnetlink.generic.ethtool;

import java.util.Objects;

/**
 * One offload feature of a device, a line of {@code ethtool -k DEV}: whether it is on
 * ({@code active}), whether the user asked for it ({@code requested}, {@code ETHTOOL_A_FEATURES_WANTED})
 * and whether it can be changed at all ({@code changeable}: in {@code ETHTOOL_A_FEATURES_HW};
 * {@code noChange}: in {@code ETHTOOL_A_FEATURES_NOCHANGE}).
 *
 * @param index      the bit index in the kernel's feature string set ({@code ETH_SS_FEATURES})
 * @param name       the kernel's name, e.g. {@code "tx-tcp-segmentation"}
 * @param active     whether it is on now
 * @param requested  whether it is wanted
 * @param changeable whether the driver lets it be changed
 * @param noChange   whether the kernel never changes it
 */
public record Feature(int index, String name, boolean active, boolean requested, boolean changeable, boolean noChange) {
    /**
     * Checks.
     *
     * @param index the bit index
     * @param name the name
     * @param active whether on
     * @param requested whether wanted
     * @param changeable whether changeable
     * @param noChange whether never changed
     */
    public Feature {
        Objects.requireNonNull(name, "name");
    }

    /** {@return {@code ethtool -k}'s {@code [fixed]}: not changeable, or never changed} */
    public boolean fixed() {
        return !changeable || noChange;
    }

    @Override
    public String toString() {
        String suffix = fixed() ? " [fixed]" : active != requested ? (requested ? " [requested on]" : " [requested off]") : "";
        return name + ": " + (active ? "on" : "off") + suffix;
    }
}
