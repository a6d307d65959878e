package io.jnetlink.route;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Optional;

/**
 * A network interface as {@code ip -d -s link show} describes it: one {@code RTM_NEWLINK}
 * message copied out of the receive buffer into an immutable value (later receives do not change
 * it). Attributes it does not interpret are kept in {@link #otherAttributes()}, in order, so
 * writing them back is byte-exact. Made by {@link LinkView#toLink()}; a changed copy by
 * {@link #toBuilder()} ({@code link.toBuilder().mtu(9000).build()}), never positionally.
 *
 * @param index           {@code ifi_index}
 * @param name            {@code IFLA_IFNAME}
 * @param kind            {@code IFLA_INFO_KIND} ({@code veth}, {@code bridge}, …); empty for devices without one ({@code lo}, physical)
 * @param slaveKind       {@code IFLA_INFO_SLAVE_KIND} ({@code bridge} for a bridge port)
 * @param type            {@code ifi_type}, an {@code ARPHRD_*} number (1 ether, 772 loopback)
 * @param flags           {@code ifi_flags}
 * @param operStateRaw    {@code IFLA_OPERSTATE} as sent
 * @param mtu             {@code IFLA_MTU}
 * @param macAddress      {@code IFLA_ADDRESS} as {@code "aa:bb:cc:dd:ee:ff"}, lower case; "" when absent
 * @param broadcast       {@code IFLA_BROADCAST} in the same form; "" when absent
 * @param masterIndex     {@code IFLA_MASTER}: the bridge or bond it is enslaved to, 0 when none
 * @param linkIndex       {@code IFLA_LINK}: a veth's peer or a macvlan's parent, 0 when none (may be in another namespace, see {@code linkNetnsId})
 * @param linkNetnsId     {@code IFLA_LINK_NETNSID}: the nsid of the namespace {@code linkIndex} lives in; empty when it is this one
 * @param txQueueLength   {@code IFLA_TXQLEN} ({@code qlen})
 * @param group           {@code IFLA_GROUP} (0 is {@code default})
 * @param promiscuity     {@code IFLA_PROMISCUITY}, the promiscuous-mode count
 * @param alias           {@code IFLA_IFALIAS}
 * @param stats           {@code IFLA_STATS64}
 * @param bridge          bridge options when the kind is {@code bridge}
 * @param vxlan           vxlan options when the kind is {@code vxlan}
 * @param macvlan         macvlan options when the kind is {@code macvlan}
 * @param otherAttributes every attribute not decoded into a field above, raw, in message order;
 *                        {@code IFLA_LINKINFO} is kept here too, since only part of it is decoded
 */
public record Link(int index, String name, Optional<String> kind, Optional<String> slaveKind, int type, LinkFlags flags,
                   int operStateRaw, int mtu, String macAddress, String broadcast, int masterIndex, int linkIndex,
                   Optional<Integer> linkNetnsId, int txQueueLength, int group, int promiscuity, Optional<String> alias,
                   Optional<LinkStats> stats, Optional<BridgeInfo> bridge, Optional<VxlanInfo> vxlan,
                   Optional<MacvlanInfo> macvlan, List<RawAttribute> otherAttributes) {

    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param index {@code ifi_index}
     * @param name {@code IFLA_IFNAME}
     * @param kind {@code IFLA_INFO_KIND} ({@code veth}, {@code bridge}, …); empty for devices without one ({@code lo}, physical)
     * @param slaveKind {@code IFLA_INFO_SLAVE_KIND} ({@code bridge} for a bridge port)
     * @param type {@code ifi_type}, an {@code ARPHRD_*} number (1 ether, 772 loopback)
     * @param flags {@code ifi_flags}
     * @param operStateRaw {@code IFLA_OPERSTATE} as sent
     * @param mtu {@code IFLA_MTU}
     * @param macAddress {@code IFLA_ADDRESS} as {@code "aa:bb:cc:dd:ee:ff"}, lower case; "" when absent
     * @param broadcast {@code IFLA_BROADCAST} in the same form; "" when absent
     * @param masterIndex {@code IFLA_MASTER}: the bridge or bond it is enslaved to, 0 when none
     * @param linkIndex {@code IFLA_LINK}: a veth's peer or a macvlan's parent, 0 when none (may be in another namespace, see {@code linkNetnsId})
     * @param linkNetnsId {@code IFLA_LINK_NETNSID}: the nsid of the namespace {@code linkIndex} lives in; empty when it is this one
     * @param txQueueLength {@code IFLA_TXQLEN} ({@code qlen})
     * @param group {@code IFLA_GROUP} (0 is {@code default})
     * @param promiscuity {@code IFLA_PROMISCUITY}, the promiscuous-mode count
     * @param alias {@code IFLA_IFALIAS}
     * @param stats {@code IFLA_STATS64}
     * @param bridge bridge options when the kind is {@code bridge}
     * @param vxlan vxlan options when the kind is {@code vxlan}
     * @param macvlan macvlan options when the kind is {@code macvlan}
     * @param otherAttributes every attribute not decoded into a field above, raw, in message order; {@code IFLA_LINKINFO} is kept here too, since only part of it is decoded
     */
    public Link {
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return a builder of a link with no name, index 0 and every option empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding every component of this link, to change some and {@code build()} a copy} */
    public Builder toBuilder() {
        return new Builder().index(index).name(name).kind(kind).slaveKind(slaveKind).type(type).flags(flags)
                .operStateRaw(operStateRaw).mtu(mtu).macAddress(macAddress).broadcast(broadcast)
                .masterIndex(masterIndex).linkIndex(linkIndex).linkNetnsId(linkNetnsId).txQueueLength(txQueueLength)
                .group(group).promiscuity(promiscuity).alias(alias).stats(stats).bridge(bridge).vxlan(vxlan)
                .macvlan(macvlan).otherAttributes(otherAttributes);
    }

    /** {@return the operational state ({@code state UP} in {@code ip link})} */
    public OperState operState() {
        return OperState.of(operStateRaw);
    }

    /** {@return whether the link is administratively up ({@code IFF_UP})} */
    public boolean isUp() {
        return flags.isUp();
    }

    /** A short form like {@code ip -o link}: {@code "3: veth-red@if2 <BROADCAST,MULTICAST> mtu 1500 ..."}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(index).append(": ").append(name);
        if (linkIndex != 0) {
            sb.append("@if").append(linkIndex);
        }
        sb.append(' ').append(flags).append(" mtu ").append(mtu);
        if (masterIndex != 0) {
            sb.append(" master ").append(masterIndex);
        }
        sb.append(" state ").append(operState()).append(" group ").append(group);
        kind.ifPresent(k -> sb.append(" kind ").append(k));
        if (!macAddress.isEmpty()) {
            sb.append(" link/").append(macAddress);
        }
        return sb.toString();
    }

    /**
     * Builds a {@link Link} by component name, so nothing constructs one positionally. Each setter
     * sets the component of the same name (see {@link Link}) and returns this builder.
     */
    public static final class Builder {
        private int index;
        private String name = "";
        private Optional<String> kind = Optional.empty();
        private Optional<String> slaveKind = Optional.empty();
        private int type;
        private LinkFlags flags = new LinkFlags(0);
        private int operStateRaw;
        private int mtu;
        private String macAddress = "";
        private String broadcast = "";
        private int masterIndex;
        private int linkIndex;
        private Optional<Integer> linkNetnsId = Optional.empty();
        private int txQueueLength;
        private int group;
        private int promiscuity;
        private Optional<String> alias = Optional.empty();
        private Optional<LinkStats> stats = Optional.empty();
        private Optional<BridgeInfo> bridge = Optional.empty();
        private Optional<VxlanInfo> vxlan = Optional.empty();
        private Optional<MacvlanInfo> macvlan = Optional.empty();
        private List<RawAttribute> otherAttributes = List.of();

        private Builder() {
        }

        /**
         * Sets {@code ifi_index}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder index(int v) {
            index = v;
            return this;
        }

        /**
         * Sets {@code IFLA_IFNAME}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * Sets {@code IFLA_INFO_KIND}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder kind(Optional<String> v) {
            kind = v;
            return this;
        }

        /**
         * Sets {@code IFLA_INFO_SLAVE_KIND}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder slaveKind(Optional<String> v) {
            slaveKind = v;
            return this;
        }

        /**
         * Sets {@code ifi_type}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder type(int v) {
            type = v;
            return this;
        }

        /**
         * Sets {@code ifi_flags}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder flags(LinkFlags v) {
            flags = v;
            return this;
        }

        /**
         * Sets {@code IFLA_OPERSTATE}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder operStateRaw(int v) {
            operStateRaw = v;
            return this;
        }

        /**
         * Sets {@code IFLA_MTU}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder mtu(int v) {
            mtu = v;
            return this;
        }

        /**
         * Sets {@code IFLA_ADDRESS} as {@code "aa:bb:cc:dd:ee:ff"}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder macAddress(String v) {
            macAddress = v;
            return this;
        }

        /**
         * Sets {@code IFLA_BROADCAST} in the same form.
         *
         * @param v the value
         * @return this builder
         */
        public Builder broadcast(String v) {
            broadcast = v;
            return this;
        }

        /**
         * Sets {@code IFLA_MASTER}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder masterIndex(int v) {
            masterIndex = v;
            return this;
        }

        /**
         * Sets {@code IFLA_LINK}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder linkIndex(int v) {
            linkIndex = v;
            return this;
        }

        /**
         * Sets {@code IFLA_LINK_NETNSID}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder linkNetnsId(Optional<Integer> v) {
            linkNetnsId = v;
            return this;
        }

        /**
         * Sets {@code IFLA_TXQLEN}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder txQueueLength(int v) {
            txQueueLength = v;
            return this;
        }

        /**
         * Sets {@code IFLA_GROUP}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder group(int v) {
            group = v;
            return this;
        }

        /**
         * Sets {@code IFLA_PROMISCUITY}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder promiscuity(int v) {
            promiscuity = v;
            return this;
        }

        /**
         * Sets {@code IFLA_IFALIAS}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder alias(Optional<String> v) {
            alias = v;
            return this;
        }

        /**
         * Sets {@code IFLA_STATS64}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder stats(Optional<LinkStats> v) {
            stats = v;
            return this;
        }

        /**
         * Sets bridge options.
         *
         * @param v the value
         * @return this builder
         */
        public Builder bridge(Optional<BridgeInfo> v) {
            bridge = v;
            return this;
        }

        /**
         * Sets vxlan options.
         *
         * @param v the value
         * @return this builder
         */
        public Builder vxlan(Optional<VxlanInfo> v) {
            vxlan = v;
            return this;
        }

        /**
         * Sets macvlan options.
         *
         * @param v the value
         * @return this builder
         */
        public Builder macvlan(Optional<MacvlanInfo> v) {
            macvlan = v;
            return this;
        }

        /**
         * Sets the attributes kept raw, in message order.
         *
         * @param v the value
         * @return this builder
         */
        public Builder otherAttributes(List<RawAttribute> v) {
            otherAttributes = v;
            return this;
        }

        /** {@return the link (the lists copied)} */
        public Link build() {
            return new Link(index, name, kind, slaveKind, type, flags, operStateRaw, mtu, macAddress, broadcast,
                    masterIndex, linkIndex, linkNetnsId, txQueueLength, group, promiscuity, alias, stats, bridge,
                    vxlan, macvlan, otherAttributes);
        }
    }
}
