package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericRequest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * Turns offload features on or off, {@code ethtool -K DEV tso off}: an
 * {@code ETHTOOL_MSG_FEATURES_SET} whose {@code ETHTOOL_A_FEATURES_WANTED} bitset names each
 * feature with its new value. Names are the kernel's ({@code ethtool -k} shows some under older
 * aliases: {@code tcp-segmentation-offload} is {@code tx-tcp-segmentation} and its siblings).
 * {@code apply()} returns the features afterwards: a fixed feature keeps its state (look at
 * {@link Feature#active()}), as {@code ethtool -K} reports "Could not change any device features".
 *
 * <pre>{@code
 * Ethtool.features("veth0").set("tx-tcp-segmentation", false).in(ns).apply();
 * }</pre>
 */
public final class FeaturesRequest extends GenericRequest<FeaturesRequest, Features> {
    private final String device;
    private final Map<String, Boolean> wanted = new LinkedHashMap<>();

    FeaturesRequest(String device) {
        this.device = EthtoolMessages.device(device);
    }

    /**
     * Asks for a feature on or off: {@code ethtool -K DEV NAME on|off}.
     *
     * @param feature the kernel's name, e.g. {@code "tx-tcp-segmentation"}
     * @param on      whether it should be on
     * @return this request
     * @throws IllegalArgumentException if the name is empty, longer than 31 bytes or holds a NUL
     */
    public FeaturesRequest set(String feature, boolean on) {
        if (feature == null || feature.isEmpty() || feature.indexOf('\0') >= 0
                || feature.getBytes(StandardCharsets.UTF_8).length >= ETH_GSTRING_LEN) {
            throw new IllegalArgumentException("feature must be a name of 1.." + (ETH_GSTRING_LEN - 1)
                    + " bytes without NUL: " + feature);
        }
        wanted.put(feature, on);
        return this;
    }

    @Override
    protected String familyName() {
        return ETHTOOL_GENL_NAME;
    }

    @Override
    protected Features exchange(NetlinkConnection connection, GenericFamily family) {
        if (wanted.isEmpty()) {
            throw new IllegalStateException("no feature to set on " + device + ": call set(name, on) first");
        }
        connection.request(describe(), w -> encode(w, family));
        return Ethtool.showFeatures(device).apply(connection);
    }

    @Override
    public void encode(MessageWriter w, GenericFamily family) {
        int start = EthtoolMessages.begin(w, family, ETHTOOL_MSG_FEATURES_SET, ETHTOOL_A_HEADER, device, ETHTOOL_FLAG_OMIT_REPLY);
        int bitset = w.beginNested(ETHTOOL_A_FEATURES_WANTED);
        int bits = w.beginNested(ETHTOOL_A_BITSET_BITS);
        for (Map.Entry<String, Boolean> e : wanted.entrySet()) {
            int bit = w.beginNested(ETHTOOL_A_BITSET_BITS_BIT);
            w.putAttrString(ETHTOOL_A_BITSET_BIT_NAME, e.getKey());
            if (e.getValue()) {
                w.putAttrFlag(ETHTOOL_A_BITSET_BIT_VALUE);
            }
            w.endNested(bit);
        }
        w.endNested(bits);
        w.endNested(bitset);
        writeExtraAttributes(w);
        w.endMessage(start);
    }

    @Override
    public String describe() {
        return "ETHTOOL_MSG_FEATURES_SET " + device + " " + wanted;
    }
}
