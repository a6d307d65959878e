package io.jnetlink.generic.ethtool;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * The decoder of {@code ETHTOOL_MSG_FEATURES_GET_REPLY} and {@code ETHTOOL_MSG_FEATURES_NTF}, in
 * the verbose or compact bitset form. Names come from the verbose bits, or from the feature
 * string set ({@code ETH_SS_FEATURES}) given to {@link #names}; with the string set, features
 * with no bit set anywhere are listed too (off and fixed). Valid until the next receive.
 */
public final class FeaturesView {
    private final AttributeReader attrs = new AttributeReader();
    private List<String> names = List.of();
    private MessageReader message;

    /**
     * The feature names by index, for compact replies and to list every feature.
     *
     * @param featureNames the {@code ETH_SS_FEATURES} string set
     * @return this view
     */
    public FeaturesView names(List<String> featureNames) {
        this.names = List.copyOf(featureNames);
        return this;
    }

    /**
     * Points the view at a features message.
     *
     * @param message the message, positioned at its header
     * @return this view
     */
    public FeaturesView wrap(MessageReader message) {
        this.message = message;
        return this;
    }

    /**
     * Copies the features out of the message.
     *
     * @return the record
     * @throws io.jnetlink.core.NetlinkDecodeException if the message is malformed
     */
    public Features toFeatures() {
        EthtoolMessages.attributes(message, attrs);
        EthtoolMessages.Device device = null;
        EthtoolBitset hw = null;
        EthtoolBitset wanted = null;
        EthtoolBitset active = null;
        EthtoolBitset noChange = null;
        List<RawAttribute> unknown = new ArrayList<>();
        while (attrs.next()) {
            switch (attrs.type()) {
                case ETHTOOL_A_HEADER -> device = EthtoolMessages.header(attrs);
                case ETHTOOL_A_FEATURES_HW -> hw = BitsetDecoder.decode(attrs, names);
                case ETHTOOL_A_FEATURES_WANTED -> wanted = BitsetDecoder.decode(attrs, names);
                case ETHTOOL_A_FEATURES_ACTIVE -> active = BitsetDecoder.decode(attrs, names);
                case ETHTOOL_A_FEATURES_NOCHANGE -> noChange = BitsetDecoder.decode(attrs, names);
                default -> unknown.add(RawAttribute.copyOf(attrs));
            }
        }
        EthtoolMessages.require(device, message);
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            byIndex.put(i, names.get(i));
        }
        for (EthtoolBitset set : new EthtoolBitset[] {hw, wanted, active, noChange}) {
            if (set != null) {
                set.bits().forEach(b -> byIndex.putIfAbsent(b.index(), b.name()));
            }
        }
        List<Feature> features = new ArrayList<>(byIndex.size());
        for (var e : byIndex.entrySet()) {
            int index = e.getKey();
            features.add(new Feature(index, e.getValue(), set(active, index), set(wanted, index), set(hw, index),
                    set(noChange, index)));
        }
        return new Features(device.index(), device.name(), features, unknown);
    }

    private static boolean set(EthtoolBitset bits, int index) {
        return bits != null && bits.isSet(index);
    }
}
