package io.jnetlink.route;

import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpPrefix;

import java.net.InetAddress;
import java.util.List;
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
 * @param scope             {@code ifa_scope} ({@code RT_SCOPE_*}, see {@link RouteScope})
 * @param flags             {@code IFA_F_*} bits ({@code IFA_FLAGS} when present, else {@code ifa_flags})
 * @param validLifetime     seconds, {@link #FOREVER} for forever
 * @param preferredLifetime seconds, {@link #FOREVER} for forever
 * @param otherAttributes   the attributes not modelled above (e.g. {@code IFA_RT_PRIORITY}, {@code IFA_PROTO}) and
 *                          the whole {@code IFA_CACHEINFO}, as they came: written back they are byte-exact
 */
public record Address(int family, int index, InetAddress address, int prefixLength, Optional<InetAddress> peer,
                      Optional<InetAddress> broadcast, Optional<String> label, int scope, int flags,
                      long validLifetime, long preferredLifetime, List<RawAttribute> otherAttributes) {
    /** A lifetime that never ends ({@code forever}; {@code INFINITY_LIFE_TIME}). */
    public static final long FOREVER = IfAddrMsg.INFINITY_LIFE_TIME;

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
     * @param scope {@code ifa_scope} ({@code RT_SCOPE_*}, see {@link RouteScope})
     * @param flags {@code IFA_F_*} bits ({@code IFA_FLAGS} when present, else {@code ifa_flags})
     * @param validLifetime seconds, {@link #FOREVER} for forever
     * @param preferredLifetime seconds, {@link #FOREVER} for forever
     * @param otherAttributes the attributes not modelled above, as they came
     */
    public Address {
        otherAttributes = List.copyOf(otherAttributes);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(broadcast, "broadcast");
        Objects.requireNonNull(label, "label");
    }

    /**
     * An address without attributes beyond the modelled ones (the constructor before {@code otherAttributes}).
     *
     * @param family {@code AF_INET} (2) or {@code AF_INET6} (10)
     * @param index the interface index ({@code ifa_index})
     * @param address the local address
     * @param prefixLength {@code ifa_prefixlen}
     * @param peer the peer of a point-to-point address
     * @param broadcast {@code IFA_BROADCAST}
     * @param label {@code IFA_LABEL}
     * @param scope {@code ifa_scope}
     * @param flags {@code IFA_F_*} bits
     * @param validLifetime seconds, {@link #FOREVER} for forever
     * @param preferredLifetime seconds, {@link #FOREVER} for forever
     */
    public Address(int family, int index, InetAddress address, int prefixLength, Optional<InetAddress> peer,
                   Optional<InetAddress> broadcast, Optional<String> label, int scope, int flags,
                   long validLifetime, long preferredLifetime) {
        this(family, index, address, prefixLength, peer, broadcast, label, scope, flags, validLifetime,
                preferredLifetime, List.of());
    }

    /**
     * {@return this address with other lifetimes}
     *
     * @param valid the valid lifetime in seconds
     * @param preferred the preferred lifetime in seconds
     */
    public Address withLifetimes(long valid, long preferred) {
        return new Address(family, index, address, prefixLength, peer, broadcast, label, scope, flags, valid, preferred,
                otherAttributes);
    }

    /**
     * {@return this address with {@code others} as its unmodelled attributes}
     *
     * @param others the attributes to keep instead of {@link #otherAttributes()}
     */
    public Address withOtherAttributes(List<RawAttribute> others) {
        return new Address(family, index, address, prefixLength, peer, broadcast, label, scope, flags, validLifetime,
                preferredLifetime, others);
    }

    /** {@return the address and prefix length, e.g. {@code 192.168.15.1/24}} */
    public IpPrefix prefix() {
        return new IpPrefix(address, prefixLength);
    }

    /**
     * {@return whether every bit of {@code flag} ({@link AddressFlags}) is set}
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
