package io.jnetlink.generic.ethtool;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * Sets channel counts, {@code ethtool -L DEV rx N tx N other N combined N}
 * ({@code ETHTOOL_MSG_CHANNELS_SET}); only the counts given are changed. {@code apply()} returns
 * the channels afterwards. The kernel refuses counts above the device's maximum ({@code EINVAL}).
 */
public final class ChannelsRequest extends CountsRequest<ChannelsRequest, Channels> {
    ChannelsRequest(String device) {
        super(device);
    }

    /**
     * {@code ethtool -L DEV rx N}.
     *
     * @param count RX channels
     * @return this request
     */
    public ChannelsRequest rx(long count) {
        return count(ETHTOOL_A_CHANNELS_RX_COUNT, "rx count", count);
    }

    /**
     * {@code ethtool -L DEV tx N}.
     *
     * @param count TX channels
     * @return this request
     */
    public ChannelsRequest tx(long count) {
        return count(ETHTOOL_A_CHANNELS_TX_COUNT, "tx count", count);
    }

    /**
     * {@code ethtool -L DEV other N}.
     *
     * @param count other channels
     * @return this request
     */
    public ChannelsRequest other(long count) {
        return count(ETHTOOL_A_CHANNELS_OTHER_COUNT, "other count", count);
    }

    /**
     * {@code ethtool -L DEV combined N}.
     *
     * @param count combined channels
     * @return this request
     */
    public ChannelsRequest combined(long count) {
        return count(ETHTOOL_A_CHANNELS_COMBINED_COUNT, "combined count", count);
    }

    @Override
    int command() {
        return ETHTOOL_MSG_CHANNELS_SET;
    }

    @Override
    String commandName() {
        return "ETHTOOL_MSG_CHANNELS_SET";
    }

    @Override
    EthtoolQuery<Channels> readBack(String device) {
        return Ethtool.showChannels(device);
    }
}
