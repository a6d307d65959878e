package io.jnetlink.route.bridge;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.MdbAttrs;

import java.util.List;
import java.util.Objects;

/**
 * One multicast group membership of a bridge port, as one line of {@code bridge mdb show}.
 *
 * @param bridgeIndex     {@code br_port_msg.ifindex}: the bridge
 * @param portIndex       {@code br_mdb_entry.ifindex}: the port
 * @param group           the group address: an IP address ({@code "239.1.1.1"}, {@code "ff0e::1"}) or,
 *                        for a layer-2 group ({@code proto} 0), a MAC address
 * @param proto           {@code ETH_P_IP}, {@code ETH_P_IPV6}, or 0 for a layer-2 group
 * @param stateRaw        {@code MDB_PERMANENT} (1) or {@code MDB_TEMPORARY} (0)
 * @param flags           {@code MDB_FLAGS_*}
 * @param vid             the VLAN, 0 for none
 * @param timerCentis     {@code MDBA_MDB_EATTR_TIMER}: time left in centiseconds, 0 for a permanent entry
 * @param otherAttributes the entry's attributes not decoded above, raw, in order
 */
public record MdbEntry(int bridgeIndex, int portIndex, String group, int proto, int stateRaw, int flags, int vid,
                       long timerCentis, List<RawAttribute> otherAttributes) {
    /**
     * Checks for nulls and keeps an unmodifiable copy of the list.
     *
     * @param bridgeIndex the bridge
     * @param portIndex the port
     * @param group the group address
     * @param proto the ethertype of the group, 0 for layer 2
     * @param stateRaw {@code MDB_PERMANENT} or {@code MDB_TEMPORARY}
     * @param flags {@code MDB_FLAGS_*}
     * @param vid the VLAN, 0 for none
     * @param timerCentis time left in centiseconds
     * @param otherAttributes the entry's attributes not decoded above
     */
    public MdbEntry {
        Objects.requireNonNull(group, "group");
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return whether {@code bridge mdb} shows it {@code permanent}} */
    public boolean isPermanent() {
        return stateRaw == MdbAttrs.MDB_PERMANENT;
    }

    /** Like {@code bridge mdb}: {@code "dev#2 port#4 grp 239.1.1.1 permanent vid 5"}. */
    @Override
    public String toString() {
        return "dev#" + bridgeIndex + " port#" + portIndex + " grp " + group + (isPermanent() ? " permanent" : " temp")
                + (vid != 0 ? " vid " + vid : "");
    }
}
