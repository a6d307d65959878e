package io.jnetlink.route;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A neighbour (ARP or NDP) entry, as one line of {@code ip neigh show}. A copy: it stays valid
 * after the receive buffer it was read from is reused.
 *
 * @param family     {@code AF_INET} (ARP) or {@code AF_INET6} (NDP)
 * @param index      {@code ndm_ifindex}: the interface
 * @param address    {@code NDA_DST}
 * @param macAddress {@code NDA_LLADDR} as {@code "aa:bb:cc:dd:ee:ff"}; empty when unresolved (e.g. INCOMPLETE, FAILED)
 * @param stateRaw   {@code ndm_state} ({@code NUD_*} bits); see {@link #state()}
 * @param flags      {@code ndm_flags} ({@code NTF_*})
 * @param type       {@code ndm_type} ({@code RTN_*})
 */
public record Neighbor(int family, int index, InetAddress address, String macAddress, int stateRaw, int flags, int type) {
    /**
     * The canonical constructor: checks that {@code address}, {@code macAddress} are not null.
     *
     * @param family {@code AF_INET} (ARP) or {@code AF_INET6} (NDP)
     * @param index {@code ndm_ifindex}: the interface
     * @param address {@code NDA_DST}
     * @param macAddress {@code NDA_LLADDR} as {@code "aa:bb:cc:dd:ee:ff"}; empty when unresolved (e.g. INCOMPLETE, FAILED)
     * @param stateRaw {@code ndm_state} ({@code NUD_*} bits); see {@link #state()}
     * @param flags {@code ndm_flags} ({@code NTF_*})
     * @param type {@code ndm_type} ({@code RTN_*})
     */
    public Neighbor {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(macAddress, "macAddress");
    }

    /** {@return {@code ndm_state} as a {@link NeighborState}} */
    public NeighborState state() {
        return NeighborState.of(stateRaw);
    }

    /** {@return whether {@code NTF_ROUTER} is set (the neighbour is an IPv6 router)} */
    public boolean isRouter() {
        return (flags & NdMsg.NTF_ROUTER) != 0;
    }

    /** Like {@code ip neigh}: {@code "192.168.15.2 dev#3 lladdr 02:00:00:00:00:02 REACHABLE"}. */
    @Override
    public String toString() {
        return RtnlInet.text(address) + " dev#" + index + (macAddress.isEmpty() ? "" : " lladdr " + macAddress) + " "
                + (state() == NeighborState.UNKNOWN ? "state 0x" + Integer.toHexString(stateRaw) : state().ipName());
    }
}
