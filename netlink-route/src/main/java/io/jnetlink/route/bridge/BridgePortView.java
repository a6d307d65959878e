package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.BrPortAttrs;
import io.jnetlink.route.wire.BridgeVlanAttrs;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The decoder of {@code AF_BRIDGE} link messages ({@code bridge link show}, {@code bridge vlan
 * show}): name, master, the port options in {@code IFLA_PROTINFO} and the VLANs in
 * {@code IFLA_AF_SPEC}. Reusable; valid until the next receive.
 */
public final class BridgePortView {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader inner = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private int protinfo;
    private int protinfoLength;
    private int afSpec;
    private int afSpecLength;
    private int master;
    private String name;

    /**
     * Points the view at {@code message} and checks every attribute it decodes.
     *
     * @param message an {@code RTM_NEWLINK} of family {@code AF_BRIDGE}
     * @return this view
     * @throws NetlinkDecodeException when the header or an attribute is malformed
     */
    public BridgePortView wrap(MessageReader message) {
        message.requirePayload(IfInfoMsg.LENGTH, "ifinfomsg");
        buffer = message.buffer();
        header = message.payloadOffset();
        protinfo = afSpec = -1;
        protinfoLength = afSpecLength = 0;
        master = 0;
        name = "";
        message.attributes(attrs, IfInfoMsg.LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case IfLink.IFLA_IFNAME -> name = attrs.string();
                case IfLink.IFLA_MASTER -> master = attrs.u32();
                case IfLink.IFLA_PROTINFO -> {
                    protinfo = attrs.valueOffset();
                    protinfoLength = attrs.valueLength();
                }
                case IfLink.IFLA_AF_SPEC -> {
                    afSpec = attrs.valueOffset();
                    afSpecLength = attrs.valueLength();
                }
                default -> {
                }
            }
        }
        toBridgePort(); // checks the nests once, so the record and the VLANs decode without surprises
        return this;
    }

    /** {@return {@code ifi_index}} */
    public int index() {
        return buffer.getInt(header + IfInfoMsg.INDEX_OFFSET);
    }

    /** {@return {@code IFLA_IFNAME}} */
    public String name() {
        return name;
    }

    /** {@return {@code IFLA_MASTER}, 0 when absent} */
    public int masterIndex() {
        return master;
    }

    /** {@return whether the message has port options ({@code IFLA_PROTINFO}): it is a bridge port} */
    public boolean isPort() {
        return protinfo >= 0;
    }

    /**
     * Hands each VLAN of {@code IFLA_AF_SPEC} to {@code consumer}, ranges expanded.
     *
     * @param consumer called with each VLAN
     */
    public void forEachVlan(Consumer<BridgeVlan> consumer) {
        if (afSpec < 0) {
            return;
        }
        inner.wrap(buffer, afSpec, afSpecLength);
        int rangeStart = -1;
        while (inner.next()) {
            if (inner.type() != BridgeVlanAttrs.IFLA_BRIDGE_VLAN_INFO) {
                continue;
            }
            int v = inner.u32();
            int flags = v & 0xFFFF;
            int vid = (v >>> 16) & 0xFFF;
            if ((flags & BridgeVlanAttrs.BRIDGE_VLAN_INFO_RANGE_BEGIN) != 0) {
                rangeStart = vid;
            } else if ((flags & BridgeVlanAttrs.BRIDGE_VLAN_INFO_RANGE_END) != 0 && rangeStart >= 0 && rangeStart <= vid) {
                int plain = flags & ~(BridgeVlanAttrs.BRIDGE_VLAN_INFO_RANGE_BEGIN | BridgeVlanAttrs.BRIDGE_VLAN_INFO_RANGE_END);
                for (int id = rangeStart; id <= vid; id++) {
                    consumer.accept(new BridgeVlan(index(), id, plain));
                }
                rangeStart = -1;
            } else {
                consumer.accept(new BridgeVlan(index(), vid, flags));
            }
        }
    }

    /** {@return a record copy of the message} */
    public BridgePort toBridgePort() {
        int state = 0;
        int priority = 0;
        long cost = 0;
        boolean learning = false;
        boolean flood = false;
        boolean hairpin = false;
        boolean isolated = false;
        boolean mcastFlood = false;
        boolean bcastFlood = false;
        boolean neighSuppress = false;
        boolean guard = false;
        boolean rootBlock = false;
        boolean fastLeave = false;
        List<RawAttribute> other = new ArrayList<>();
        if (protinfo >= 0) {
            inner.wrap(buffer, protinfo, protinfoLength);
            while (inner.next()) {
                switch (inner.type()) {
                    case BrPortAttrs.STATE -> state = inner.u8();
                    case BrPortAttrs.PRIORITY -> priority = inner.u16();
                    case BrPortAttrs.COST -> cost = inner.u32AsLong();
                    case BrPortAttrs.LEARNING -> learning = inner.u8() != 0;
                    case BrPortAttrs.UNICAST_FLOOD -> flood = inner.u8() != 0;
                    case BrPortAttrs.MODE -> hairpin = inner.u8() != 0;
                    case BrPortAttrs.ISOLATED -> isolated = inner.u8() != 0;
                    case BrPortAttrs.MCAST_FLOOD -> mcastFlood = inner.u8() != 0;
                    case BrPortAttrs.BCAST_FLOOD -> bcastFlood = inner.u8() != 0;
                    case BrPortAttrs.NEIGH_SUPPRESS -> neighSuppress = inner.u8() != 0;
                    case BrPortAttrs.GUARD -> guard = inner.u8() != 0;
                    case BrPortAttrs.PROTECT -> rootBlock = inner.u8() != 0;
                    case BrPortAttrs.FAST_LEAVE -> fastLeave = inner.u8() != 0;
                    default -> other.add(RawAttribute.copyOf(inner));
                }
            }
        }
        List<BridgeVlan> vlans = new ArrayList<>();
        forEachVlan(vlans::add);
        return new BridgePort(index(), name, master, state, priority, cost, learning, flood, hairpin, isolated, mcastFlood,
                bcastFlood, neighSuppress, guard, rootBlock, fastLeave, vlans, other);
    }
}
