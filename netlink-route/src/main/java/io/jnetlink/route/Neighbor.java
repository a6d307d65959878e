package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.message.RawAttribute;

import java.net.InetAddress;
import java.util.List;
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
 * @param otherAttributes the attributes not modelled above ({@code NDA_CACHEINFO}, {@code NDA_PROBES},
 *                   {@code NDA_PROTOCOL}, …), as they came: written back they are byte-exact
 */
public record Neighbor(int family, int index, InetAddress address, String macAddress, int stateRaw, int flags, int type,
                       List<RawAttribute> otherAttributes) {
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
     * @param otherAttributes the attributes not modelled above, as they came
     */
    public Neighbor {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(macAddress, "macAddress");
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * A neighbour without attributes beyond the modelled ones (the constructor before {@code otherAttributes}).
     *
     * @param family {@code AF_INET} (ARP) or {@code AF_INET6} (NDP)
     * @param index {@code ndm_ifindex}: the interface
     * @param address {@code NDA_DST}
     * @param macAddress {@code NDA_LLADDR} as {@code "aa:bb:cc:dd:ee:ff"}; empty when unresolved
     * @param stateRaw {@code ndm_state} ({@code NUD_*} bits)
     * @param flags {@code ndm_flags} ({@code NTF_*})
     * @param type {@code ndm_type} ({@code RTN_*})
     */
    public Neighbor(int family, int index, InetAddress address, String macAddress, int stateRaw, int flags, int type) {
        this(family, index, address, macAddress, stateRaw, flags, type, List.of());
    }

    /**
     * {@return this neighbour with {@code others} as its unmodelled attributes}
     *
     * @param others the attributes to keep instead of {@link #otherAttributes()}
     */
    public Neighbor withOtherAttributes(List<RawAttribute> others) {
        return new Neighbor(family, index, address, macAddress, stateRaw, flags, type, others);
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
