package io.jnetlink.generic.ethtool;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offload features of one device, {@code ethtool -k DEV}.
 *
 * @param ifindex  the device's interface index
 * @param device   the device's name
 * @param features the features, in index order
 * @param unknown  attributes this version does not model, kept raw
 */
public record Features(int ifindex, String device, List<Feature> features, List<RawAttribute> unknown)
        implements DeviceSettings {
    /**
     * Checks and copies.
     *
     * @param ifindex the interface index
     * @param device the device name
     * @param features the features
     * @param unknown unmodelled attributes
     */
    public Features {
        Objects.requireNonNull(device, "device");
        features = List.copyOf(features);
        unknown = List.copyOf(unknown);
    }

    /**
     * The feature called {@code name}.
     *
     * @param name the kernel's name, e.g. {@code "tx-tcp-segmentation"}
     * @return the feature, or empty when the kernel has none of that name
     */
    public Optional<Feature> feature(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Whether the feature called {@code name} is on.
     *
     * @param name the kernel's name
     * @return whether it exists and is active
     */
    public boolean isActive(String name) {
        return feature(name).map(Feature::active).orElse(false);
    }
}
