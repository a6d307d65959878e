package io.jnetlink.generic.ethtool;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;

import java.util.ArrayList;
import java.util.List;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/** The decoder of {@code ETHTOOL_MSG_RINGS_GET_REPLY} and {@code _NTF}. Valid until the next receive. */
public final class RingsView {
    private final AttributeReader attrs = new AttributeReader();
    private MessageReader message;

    /**
     * Points the view at a rings message.
     *
     * @param message the message, positioned at its header
     * @return this view
     */
    public RingsView wrap(MessageReader message) {
        this.message = message;
        return this;
    }

    /**
     * Copies the ring sizes out of the message.
     *
     * @return the record
     * @throws io.jnetlink.core.NetlinkDecodeException if the message is malformed
     */
    public Rings toRings() {
        EthtoolMessages.attributes(message, attrs);
        EthtoolMessages.Device device = null;
        long[] v = new long[ETHTOOL_A_RINGS_TX + 1];
        List<RawAttribute> unknown = new ArrayList<>();
        while (attrs.next()) {
            int type = attrs.type();
            if (type == ETHTOOL_A_HEADER) {
                device = EthtoolMessages.header(attrs);
            } else if (type >= ETHTOOL_A_RINGS_RX_MAX && type <= ETHTOOL_A_RINGS_TX) {
                v[type] = attrs.u32AsLong();
            } else {
                unknown.add(RawAttribute.copyOf(attrs));
            }
        }
        EthtoolMessages.require(device, message);
        return new Rings(device.index(), device.name(), v[ETHTOOL_A_RINGS_RX_MAX], v[ETHTOOL_A_RINGS_RX_MINI_MAX],
                v[ETHTOOL_A_RINGS_RX_JUMBO_MAX], v[ETHTOOL_A_RINGS_TX_MAX], v[ETHTOOL_A_RINGS_RX], v[ETHTOOL_A_RINGS_RX_MINI],
                v[ETHTOOL_A_RINGS_RX_JUMBO], v[ETHTOOL_A_RINGS_TX], unknown);
    }
}
