package io.jnetlink.route.stats;

import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.internal.DeviceIndexes;
import io.jnetlink.route.internal.BridgeNexthopMessages;
import io.jnetlink.route.wire.IfStatsMsg;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Link statistics through {@code RTM_GETSTATS} ({@code ip stats show group link}): every counter of
 * {@code struct rtnl_link_stats64}, without the rest of a link message.
 *
 * <pre>{@code
 * LinkStats64 s = LinkStatistics.get("veth0", ns);     // ip -n NS stats show dev veth0 group link
 * List<LinkStats64> all = LinkStatistics.list(ns);     // ip -n NS stats show group link
 * }</pre>
 */
public final class LinkStatistics {
    static {
        BridgeNexthopMessages.register();
    }

    /** {@code sizeof(struct ifinfomsg)}. */
    private static final int IFINFOMSG_LENGTH = io.jnetlink.route.wire.IfInfoMsg.LENGTH;

    private LinkStatistics() {
    }

    /**
     * {@code ip stats show dev DEV group link}.
     *
     * @param dev the interface name
     * @param namespace the network namespace
     * @return its counters
     * @throws io.jnetlink.core.NetlinkException ENODEV when there is no such device
     */
    public static LinkStats64 get(String dev, NetNamespace namespace) {
        NetlinkConnection c = namespace.connection(Netlink.NETLINK_ROUTE);
        int index = DeviceIndexes.index(c, dev);
        LinkStats64[] found = {null};
        c.request("RTM_GETSTATS dev " + dev, w -> encode(w, index), m -> {
            if (m.type() == IfStatsMsg.RTM_NEWSTATS) {
                found[0] = decode(m, new AttributeReader());
            }
            return true;
        });
        if (found[0] == null) {
            throw new io.jnetlink.core.NetlinkDecodeException("RTM_GETSTATS dev " + dev + " got no IFLA_STATS_LINK_64", 0);
        }
        return found[0];
    }

    /**
     * {@code ip stats show group link}: every link's counters.
     *
     * @param namespace the network namespace
     * @return the counters, one per link
     */
    public static List<LinkStats64> list(NetNamespace namespace) {
        List<LinkStats64> out = new ArrayList<>();
        AttributeReader attrs = new AttributeReader();
        namespace.connection(Netlink.NETLINK_ROUTE).dump("RTM_GETSTATS group link", w -> encode(w, 0), new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                if (m.type() == IfStatsMsg.RTM_NEWSTATS) {
                    LinkStats64 s = decode(m, attrs);
                    if (s != null) {
                        out.add(s);
                    }
                }
                return true;
            }

            @Override
            public void onRestart() {
                out.clear();
            }
        });
        return out;
    }

    /**
     * Every counter of {@code IFLA_STATS64} in an {@code RTM_NEWLINK} message (what {@code ip -s -s
     * link} prints; {@code Link.stats()} keeps only the first ten), e.g. from {@code Links.forEach}.
     *
     * @param m a link message
     * @param attrs a reader to reuse
     * @return its counters, or null when it has no {@code IFLA_STATS64}
     * @throws io.jnetlink.core.NetlinkDecodeException when the message is malformed
     */
    public static LinkStats64 decodeLinkMessage(MessageReader m, AttributeReader attrs) {
        m.requirePayload(IFINFOMSG_LENGTH, "ifinfomsg");
        int index = m.payloadU32(IfStatsMsg.IFINDEX_OFFSET); // ifi_index is at offset 4 too
        m.attributes(attrs, IFINFOMSG_LENGTH);
        while (attrs.next()) {
            if (attrs.type() == IfStatsMsg.IFLA_STATS64) {
                return LinkStats64.read(index, attrs.buffer(), attrs.valueOffset(), attrs.valueLength());
            }
        }
        return null;
    }

    /** The request: {@code if_stats_msg} with the index (0 in dumps) and the {@code IFLA_STATS_LINK_64} filter bit. */
    static void encode(MessageWriter w, int index) {
        int msg = w.beginMessage(IfStatsMsg.RTM_GETSTATS, 0);
        int h = w.reserve(IfStatsMsg.LENGTH);
        w.putU32At(h + IfStatsMsg.IFINDEX_OFFSET, index);
        w.putU32At(h + IfStatsMsg.FILTER_MASK_OFFSET, IfStatsMsg.FILTER_LINK_64);
        w.endMessage(msg);
    }

    /**
     * Decodes an {@code RTM_NEWSTATS} message.
     *
     * @param m the message
     * @param attrs a reader to reuse
     * @return its link counters, or null when it has no {@code IFLA_STATS_LINK_64}
     * @throws io.jnetlink.core.NetlinkDecodeException when the message is malformed
     */
    public static LinkStats64 decode(MessageReader m, AttributeReader attrs) {
        m.requirePayload(IfStatsMsg.LENGTH, "if_stats_msg");
        int index = m.payloadU32(IfStatsMsg.IFINDEX_OFFSET);
        m.attributes(attrs, IfStatsMsg.LENGTH);
        while (attrs.next()) {
            if (attrs.type() == IfStatsMsg.IFLA_STATS_LINK_64) {
                ByteBuffer b = attrs.buffer();
                return LinkStats64.read(index, b, attrs.valueOffset(), attrs.valueLength());
            }
        }
        return null;
    }
}
