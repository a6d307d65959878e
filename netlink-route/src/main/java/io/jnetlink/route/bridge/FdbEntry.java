package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.message.RawAttribute;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One forwarding-database entry, as one line of {@code bridge fdb show}. A copy: it stays valid
 * after the receive buffer it was read from is reused.
 *
 * @param index           {@code ndm_ifindex}: the port or vxlan device
 * @param macAddress      {@code NDA_LLADDR}, {@code "aa:bb:cc:dd:ee:ff"}
 * @param stateRaw        {@code ndm_state} ({@code NUD_*}); see {@link #isPermanent()}, {@link #isStatic()}
 * @param flags           {@code ndm_flags} ({@code NTF_*}); see {@link #isSelf()}, {@link #isMaster()}
 * @param masterIndex     {@code NDA_MASTER}: the bridge, 0 when absent
 * @param vlan            {@code NDA_VLAN}
 * @param dst             {@code NDA_DST}: the remote VTEP of a vxlan entry
 * @param port            {@code NDA_PORT}: the remote UDP port
 * @param vni             {@code NDA_VNI}
 * @param srcVni          {@code NDA_SRC_VNI}
 * @param viaIndex        {@code NDA_IFINDEX}: a vxlan entry's outgoing device, 0 when absent
 * @param nhid            {@code NDA_NH_ID}
 * @param otherAttributes every attribute not decoded above ({@code NDA_CACHEINFO} among them), raw, in order
 */
public record FdbEntry(int index, String macAddress, int stateRaw, int flags, int masterIndex, OptionalInt vlan,
                       Optional<InetAddress> dst, OptionalInt port, OptionalLong vni, OptionalLong srcVni, int viaIndex,
                       OptionalLong nhid, List<RawAttribute> otherAttributes) {
    /**
     * Checks for nulls and keeps an unmodifiable copy of the list.
     *
     * @param index {@code ndm_ifindex}: the port or vxlan device
     * @param macAddress {@code NDA_LLADDR}, {@code "aa:bb:cc:dd:ee:ff"}
     * @param stateRaw {@code ndm_state} ({@code NUD_*})
     * @param flags {@code ndm_flags} ({@code NTF_*})
     * @param masterIndex {@code NDA_MASTER}: the bridge, 0 when absent
     * @param vlan {@code NDA_VLAN}
     * @param dst {@code NDA_DST}
     * @param port {@code NDA_PORT}
     * @param vni {@code NDA_VNI}
     * @param srcVni {@code NDA_SRC_VNI}
     * @param viaIndex {@code NDA_IFINDEX}, 0 when absent
     * @param nhid {@code NDA_NH_ID}
     * @param otherAttributes every attribute not decoded above, raw, in order
     */
    public FdbEntry {
        Objects.requireNonNull(macAddress, "macAddress");
        Objects.requireNonNull(vlan, "vlan");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(vni, "vni");
        Objects.requireNonNull(srcVni, "srcVni");
        Objects.requireNonNull(nhid, "nhid");
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return whether the entry is in the device's own table ({@code self}, {@code NTF_SELF})} */
    public boolean isSelf() {
        return (flags & NdMsg.NTF_SELF) != 0;
    }

    /**
     * {@return whether the entry is in the master bridge's table ({@code master}): {@code NTF_MASTER}
     * in requests; dumps name the bridge in {@code NDA_MASTER} instead}
     */
    public boolean isMaster() {
        return (flags & NdMsg.NTF_MASTER) != 0 || masterIndex != 0;
    }

    /** {@return whether {@code bridge fdb} shows it {@code permanent} ({@code NUD_PERMANENT})} */
    public boolean isPermanent() {
        return (stateRaw & NdMsg.NUD_PERMANENT) != 0;
    }

    /** {@return whether {@code bridge fdb} shows it {@code static} ({@code NUD_NOARP} without {@code NUD_PERMANENT})} */
    public boolean isStatic() {
        return !isPermanent() && (stateRaw & NdMsg.NUD_NOARP) != 0;
    }

    /** {@return whether it ages: neither permanent nor static (learnt or {@code dynamic})} */
    public boolean isDynamic() {
        return !isPermanent() && !isStatic();
    }

    /** {@return the state word {@code bridge fdb} prints: "permanent", "static", "stale" or "" (dynamic)} */
    public String stateName() {
        if (isPermanent()) {
            return "permanent";
        }
        if (isStatic()) {
            return "static";
        }
        return (stateRaw & NdMsg.NUD_STALE) != 0 ? "stale" : "";
    }

    /** Like {@code bridge fdb}: {@code "02:00:00:00:00:99 dev#4 vlan 7 master#2 static"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(macAddress).append(" dev#").append(index);
        dst.ifPresent(d -> sb.append(" dst ").append(d.getHostAddress()));
        vlan.ifPresent(v -> sb.append(" vlan ").append(v));
        port.ifPresent(p -> sb.append(" port ").append(p));
        vni.ifPresent(v -> sb.append(" vni ").append(v));
        if (viaIndex != 0) {
            sb.append(" via#").append(viaIndex);
        }
        if (isSelf()) {
            sb.append(" self");
        }
        if (masterIndex != 0) {
            sb.append(" master#").append(masterIndex);
        } else if (isMaster()) {
            sb.append(" master");
        }
        String state = stateName();
        return state.isEmpty() ? sb.toString() : sb.append(' ').append(state).toString();
    }
}
