package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.generic.GenericNetlink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/**
 * The decoder of the three replies that make {@code ethtool DEV}: {@code ETHTOOL_MSG_LINKINFO_GET_REPLY},
 * {@code _LINKMODES_GET_REPLY} and {@code _LINKSTATE_GET_REPLY}. {@link #add} each (in any order),
 * then {@link #toLinkSettings()}. Reusable after {@link #reset()}.
 */
public final class LinkSettingsView {
    private static final long SPEED_UNKNOWN = 0xFFFFFFFFL;
    private final AttributeReader attrs = new AttributeReader();
    private EthtoolMessages.Device device;
    private long speed = -1;
    private int duplex = 0xff;
    private boolean autoneg;
    private int port = 0xff;
    private int phyAddress;
    private int transceiver;
    private int mdix;
    private long lanes;
    private List<String> supported = List.of();
    private List<String> advertised = List.of();
    private List<String> peer = List.of();
    private Boolean link;
    private final List<RawAttribute> unknown = new ArrayList<>();

    /**
     * Forgets what was added.
     *
     * @return this view
     */
    public LinkSettingsView reset() {
        device = null;
        speed = -1;
        duplex = 0xff;
        autoneg = false;
        port = 0xff;
        phyAddress = 0;
        transceiver = 0;
        mdix = 0;
        lanes = 0;
        supported = advertised = peer = List.of();
        link = null;
        unknown.clear();
        return this;
    }

    /**
     * Reads one of the three replies (other commands are ignored).
     *
     * @param message the reply, positioned at its header
     * @return this view
     * @throws NetlinkDecodeException if the message is malformed
     */
    public LinkSettingsView add(MessageReader message) {
        int command = GenericNetlink.command(message);
        EthtoolMessages.attributes(message, attrs);
        while (attrs.next()) {
            int type = attrs.type();
            if (type == ETHTOOL_A_HEADER) {
                device = EthtoolMessages.header(attrs);
            } else if (command == ETHTOOL_MSG_LINKINFO_GET_REPLY) {
                switch (type) {
                    case ETHTOOL_A_LINKINFO_PORT -> port = attrs.u8();
                    case ETHTOOL_A_LINKINFO_PHYADDR -> phyAddress = attrs.u8();
                    case ETHTOOL_A_LINKINFO_TP_MDIX -> mdix = attrs.u8();
                    case ETHTOOL_A_LINKINFO_TP_MDIX_CTRL -> { } // the setting; mdix is the state ethtool shows
                    case ETHTOOL_A_LINKINFO_TRANSCEIVER -> transceiver = attrs.u8();
                    default -> unknown.add(RawAttribute.copyOf(attrs));
                }
            } else if (command == ETHTOOL_MSG_LINKMODES_GET_REPLY) {
                switch (type) {
                    case ETHTOOL_A_LINKMODES_AUTONEG -> autoneg = attrs.u8() != 0;
                    case ETHTOOL_A_LINKMODES_SPEED -> {
                        long s = attrs.u32AsLong();
                        speed = s == SPEED_UNKNOWN ? -1 : s;
                    }
                    case ETHTOOL_A_LINKMODES_DUPLEX -> duplex = attrs.u8();
                    case ETHTOOL_A_LINKMODES_LANES -> lanes = attrs.u32AsLong();
                    case ETHTOOL_A_LINKMODES_OURS -> {
                        EthtoolBitset ours = BitsetDecoder.decode(attrs, List.of());
                        supported = ours.bits().stream().map(EthtoolBitset.Bit::name).toList();
                        advertised = ours.setNames();
                    }
                    case ETHTOOL_A_LINKMODES_PEER -> peer = BitsetDecoder.decode(attrs, List.of()).setNames();
                    default -> unknown.add(RawAttribute.copyOf(attrs));
                }
            } else if (command == ETHTOOL_MSG_LINKSTATE_GET_REPLY) {
                if (type == ETHTOOL_A_LINKSTATE_LINK) {
                    link = attrs.u8() != 0;
                } else {
                    unknown.add(RawAttribute.copyOf(attrs));
                }
            }
        }
        return this;
    }

    /**
     * Copies what the replies said.
     *
     * @return the record
     * @throws NetlinkDecodeException if no reply named the device
     */
    public LinkSettings toLinkSettings() {
        if (device == null) {
            throw new NetlinkDecodeException("ethtool link replies without a device header", 0);
        }
        return new LinkSettings(device.index(), device.name(), speed, duplex, autoneg, port, phyAddress, transceiver, mdix,
                lanes, supported, advertised, peer, Optional.ofNullable(link), unknown);
    }
}
