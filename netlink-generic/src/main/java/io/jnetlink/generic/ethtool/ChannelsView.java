package io.jnetlink.generic.ethtool;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;

import java.util.ArrayList;
import java.util.List;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/** The decoder of {@code ETHTOOL_MSG_CHANNELS_GET_REPLY} and {@code _NTF}. Valid until the next receive. */
public final class ChannelsView {
    private final AttributeReader attrs = new AttributeReader();
    private MessageReader message;

    /**
     * Points the view at a channels message.
     *
     * @param message the message, positioned at its header
     * @return this view
     */
    public ChannelsView wrap(MessageReader message) {
        this.message = message;
        return this;
    }

    /**
     * Copies the channel counts out of the message.
     *
     * @return the record
     * @throws io.jnetlink.core.NetlinkDecodeException if the message is malformed
     */
    public Channels toChannels() {
        EthtoolMessages.attributes(message, attrs);
        EthtoolMessages.Device device = null;
        long[] v = new long[ETHTOOL_A_CHANNELS_COMBINED_COUNT + 1];
        List<RawAttribute> unknown = new ArrayList<>();
        while (attrs.next()) {
            int type = attrs.type();
            if (type == ETHTOOL_A_HEADER) {
                device = EthtoolMessages.header(attrs);
            } else if (type >= ETHTOOL_A_CHANNELS_RX_MAX && type <= ETHTOOL_A_CHANNELS_COMBINED_COUNT) {
                v[type] = attrs.u32AsLong();
            } else {
                unknown.add(RawAttribute.copyOf(attrs));
            }
        }
        EthtoolMessages.require(device, message);
        return new Channels(device.index(), device.name(), v[ETHTOOL_A_CHANNELS_RX_MAX], v[ETHTOOL_A_CHANNELS_TX_MAX],
                v[ETHTOOL_A_CHANNELS_OTHER_MAX], v[ETHTOOL_A_CHANNELS_COMBINED_MAX], v[ETHTOOL_A_CHANNELS_RX_COUNT],
                v[ETHTOOL_A_CHANNELS_TX_COUNT], v[ETHTOOL_A_CHANNELS_OTHER_COUNT], v[ETHTOOL_A_CHANNELS_COMBINED_COUNT], unknown);
    }
}
