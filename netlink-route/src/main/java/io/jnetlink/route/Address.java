package io.jnetlink.route;

import io.jnetlink.core.net.IpPrefix;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * An interface address, as one line of {@code ip addr show} lists it. A copy: it stays valid
 * after the receive buffer it was read from is reused.
 *
 * @param family            {@code AF_INET} (2) or {@code AF_INET6} (10)
 * @param index             the interface index ({@code ifa_index})
 * @param address           the local address ({@code IFA_LOCAL}, or {@code IFA_ADDRESS} when there is none)
 * @param prefixLength      {@code ifa_prefixlen}
 * @param peer              the peer of a point-to-point address ({@code IFA_ADDRESS} when it differs from the local one)
 * @param broadcast         {@code IFA_BROADCAST}
 * @param label             {@code IFA_LABEL} (IPv4), e.g. {@code "eth0:1"}
 * @param scope             {@code ifa_scope} ({@code RT_SCOPE_*}, see {@link RtMsg#scopeName})
 * @param flags             {@code IFA_F_*} bits ({@code IFA_FLAGS} when present, else {@code ifa_flags})
 * @param validLifetime     seconds, {@link IfAddrMsg#INFINITY_LIFE_TIME} for forever
 * @param preferredLifetime seconds, {@link IfAddrMsg#INFINITY_LIFE_TIME} for forever
 */
public record Address(int family, int index, InetAddress address, int prefixLength, Optional<InetAddress> peer,
                      Optional<InetAddress> broadcast, Optional<String> label, int scope, int flags,
                      long validLifetime, long preferredLifetime) {
    /**
     * The canonical constructor: checks that {@code address}, {@code peer}, {@code broadcast}, {@code label} are not null.
     *
     * @param family {@code AF_INET} (2) or {@code AF_INET6} (10)
     * @param index the interface index ({@code ifa_index})
     * @param address the local address ({@code IFA_LOCAL}, or {@code IFA_ADDRESS} when there is none)
     * @param prefixLength {@code ifa_prefixlen}
     * @param peer the peer of a point-to-point address ({@code IFA_ADDRESS} when it differs from the local one)
     * @param broadcast {@code IFA_BROADCAST}
     * @param label {@code IFA_LABEL} (IPv4), e.g. {@code "eth0:1"}
     * @param scope {@code ifa_scope} ({@code RT_SCOPE_*}, see {@link RtMsg#scopeName})
     * @param flags {@code IFA_F_*} bits ({@code IFA_FLAGS} when present, else {@code ifa_flags})
     * @param validLifetime seconds, {@link IfAddrMsg#INFINITY_LIFE_TIME} for forever
     * @param preferredLifetime seconds, {@link IfAddrMsg#INFINITY_LIFE_TIME} for forever
     */
    public Address {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(broadcast, "broadcast");
        Objects.requireNonNull(label, "label");
    }

    /** {@return the address and prefix length, e.g. {@code 192.168.15.1/24}} */
    public IpPrefix prefix() {
        return new IpPrefix(address, prefixLength);
    }

    /**
     * {@return whether every bit of {@code flag} ({@code IfAddrMsg.IFA_F_*}) is set}
     *
     * @param flag an {@code IFA_F_*} flag
     */
    public boolean hasFlag(int flag) {
        return (flags & flag) == flag;
    }

    /** {@return whether the valid lifetime is forever (a static address)} */
    public boolean isPermanent() {
        return validLifetime == IfAddrMsg.INFINITY_LIFE_TIME;
    }

    /** {@code "192.168.15.1/24"} (address/prefix length, as {@code ip addr} prints it). */
    @Override
    public String toString() {
        return RtnlInet.text(address) + "/" + prefixLength;
    }
}
