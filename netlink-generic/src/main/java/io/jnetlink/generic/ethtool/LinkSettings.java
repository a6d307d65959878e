package io.jnetlink.generic.ethtool;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A device's link settings and state, {@code ethtool DEV}: from {@code ETHTOOL_MSG_LINKINFO_GET},
 * {@code ETHTOOL_MSG_LINKMODES_GET} and {@code ETHTOOL_MSG_LINKSTATE_GET}.
 *
 * @param ifindex          the device's interface index
 * @param device           the device's name
 * @param speed            Mb/s, or -1 when unknown ({@code SPEED_UNKNOWN})
 * @param duplex           {@code DUPLEX_HALF} 0, {@code DUPLEX_FULL} 1, {@code DUPLEX_UNKNOWN} 0xff
 * @param autoneg          whether auto-negotiation is on
 * @param port             {@code PORT_*}: 0 twisted pair, 3 MII, 4 fibre, 0xef none, 0xff other
 * @param phyAddress       {@code PHYAD}
 * @param transceiver      {@code XCVR_INTERNAL} 0 or {@code XCVR_EXTERNAL} 1
 * @param mdix             {@code ETH_TP_MDI*} status (0: unknown)
 * @param lanes            the lanes in use, 0 when not reported
 * @param supportedModes   supported link modes (the mask of {@code ETHTOOL_A_LINKMODES_OURS}); empty: not reported
 * @param advertisedModes  advertised link modes (its value)
 * @param peerModes        what the link partner advertises
 * @param linkDetected     {@code Link detected}, empty when the driver does not say
 * @param unknown          attributes of the three replies this version does not model, kept raw
 */
public record LinkSettings(int ifindex, String device, long speed, int duplex, boolean autoneg, int port, int phyAddress,
                           int transceiver, int mdix, long lanes, List<String> supportedModes,
                           List<String> advertisedModes, List<String> peerModes, Optional<Boolean> linkDetected,
                           List<RawAttribute> unknown) {
    /**
     * Checks and copies.
     *
     * @param ifindex the interface index
     * @param device the device name
     * @param speed the speed
     * @param duplex the duplex
     * @param autoneg auto-negotiation
     * @param port the port
     * @param phyAddress PHYAD
     * @param transceiver the transceiver
     * @param mdix the MDI-X status
     * @param lanes the lanes
     * @param supportedModes supported modes
     * @param advertisedModes advertised modes
     * @param peerModes the partner's modes
     * @param linkDetected link detected
     * @param unknown unmodelled attributes
     */
    public LinkSettings {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(linkDetected, "linkDetected");
        supportedModes = List.copyOf(supportedModes);
        advertisedModes = List.copyOf(advertisedModes);
        peerModes = List.copyOf(peerModes);
        unknown = List.copyOf(unknown);
    }

    /** {@return the {@code Duplex:} line's word: Half, Full or Unknown} */
    public String duplexName() {
        return duplex == 0 ? "Half" : duplex == 1 ? "Full" : "Unknown";
    }

    /** {@return the {@code Port:} line's words, e.g. "Twisted Pair"} */
    public String portName() {
        return switch (port) {
            case 0x00 -> "Twisted Pair";
            case 0x01 -> "AUI";
            case 0x02 -> "BNC";
            case 0x03 -> "MII";
            case 0x04 -> "FIBRE";
            case 0x05 -> "Direct Attach Copper";
            case 0xef -> "None";
            case 0xff -> "Other";
            default -> "Unknown! (" + port + ")";
        };
    }

    /** {@return the {@code Transceiver:} line's word: internal or external} */
    public String transceiverName() {
        return transceiver == 0 ? "internal" : transceiver == 1 ? "external" : "Unknown!";
    }
}
