package io.jnetlink.generic.ethtool;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * Sets ring sizes, {@code ethtool -G DEV rx N rx-mini N rx-jumbo N tx N}
 * ({@code ETHTOOL_MSG_RINGS_SET}); only the sizes given are changed. {@code apply()} returns the
 * rings afterwards. Devices without rings (veth) answer {@code EOPNOTSUPP}.
 */
public final class RingsRequest extends CountsRequest<RingsRequest, Rings> {
    RingsRequest(String device) {
        super(device);
    }

    /**
     * {@code ethtool -G DEV rx N}.
     *
     * @param size RX ring size
     * @return this request
     */
    public RingsRequest rx(long size) {
        return count(ETHTOOL_A_RINGS_RX, "rx ring size", size);
    }

    /**
     * {@code ethtool -G DEV rx-mini N}.
     *
     * @param size RX mini ring size
     * @return this request
     */
    public RingsRequest rxMini(long size) {
        return count(ETHTOOL_A_RINGS_RX_MINI, "rx-mini ring size", size);
    }

    /**
     * {@code ethtool -G DEV rx-jumbo N}.
     *
     * @param size RX jumbo ring size
     * @return this request
     */
    public RingsRequest rxJumbo(long size) {
        return count(ETHTOOL_A_RINGS_RX_JUMBO, "rx-jumbo ring size", size);
    }

    /**
     * {@code ethtool -G DEV tx N}.
     *
     * @param size TX ring size
     * @return this request
     */
    public RingsRequest tx(long size) {
        return count(ETHTOOL_A_RINGS_TX, "tx ring size", size);
    }

    @Override
    int command() {
        return ETHTOOL_MSG_RINGS_SET;
    }

    @Override
    String commandName() {
        return "ETHTOOL_MSG_RINGS_SET";
    }

    @Override
    EthtoolQuery<Rings> readBack(String device) {
        return Ethtool.showRings(device);
    }
}
