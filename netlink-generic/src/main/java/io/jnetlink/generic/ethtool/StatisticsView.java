package io.jnetlink.generic.ethtool;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/** The decoder of {@code ETHTOOL_MSG_STATS_GET_REPLY}. Valid until the next receive. */
public final class StatisticsView {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader group = new AttributeReader();
    private final AttributeReader stat = new AttributeReader();
    private MessageReader message;

    /**
     * Points the view at a statistics reply.
     *
     * @param message the message, positioned at its header
     * @return this view
     */
    public StatisticsView wrap(MessageReader message) {
        this.message = message;
        return this;
    }

    /**
     * Copies the standard groups out of the reply.
     *
     * @param driverStatistics the driver's statistic names (asked separately, as a string set)
     * @return the record
     * @throws io.jnetlink.core.NetlinkDecodeException if the message is malformed
     */
    public EthtoolStatistics toStatistics(List<String> driverStatistics) {
        EthtoolMessages.attributes(message, attrs);
        EthtoolMessages.Device device = null;
        Map<Integer, Map<Integer, Long>> groups = new LinkedHashMap<>();
        while (attrs.next()) {
            if (attrs.type() == ETHTOOL_A_STATS_HEADER) {
                device = EthtoolMessages.header(attrs);
            } else if (attrs.type() == ETHTOOL_A_STATS_GRP) {
                attrs.nested(group);
                int id = -1;
                Map<Integer, Long> counters = new LinkedHashMap<>();
                while (group.next()) {
                    if (group.type() == ETHTOOL_A_STATS_GRP_ID) {
                        id = group.u32();
                    } else if (group.type() == ETHTOOL_A_STATS_GRP_STAT) {
                        group.nested(stat);
                        while (stat.next()) {
                            counters.put(stat.type(), stat.u64());
                        }
                    }
                }
                groups.put(id, Map.copyOf(counters));
            }
        }
        EthtoolMessages.require(device, message);
        return new EthtoolStatistics(device.index(), device.name(), driverStatistics, groups);
    }
}
