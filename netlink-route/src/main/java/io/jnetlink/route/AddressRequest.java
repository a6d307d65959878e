package io.jnetlink.route;

import io.jnetlink.route.wire.IfAddrMsgEncoder;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code ip addr add|replace|del ADDR/LEN dev NAME …}: one {@code RTM_NEWADDR} or
 * {@code RTM_DELADDR}, made by {@link Addresses#add}, {@link Addresses#replace} and
 * {@link Addresses#delete}. Every setter checks its argument at once.
 */
public final class AddressRequest extends DeviceRequest<AddressRequest> {
    enum Kind { ADD, REPLACE, DELETE }

    private static final long FOREVER = IfAddrMsg.INFINITY_LIFE_TIME;

    private final Kind kind;
    private final IpPrefix prefix;
    private final byte[] local; // the prefix's address bytes, taken once (InetAddress.getAddress() copies)
    private final int defaultScope;
    private byte[] peer;
    private byte[] broadcast;
    private String label;
    private int scope = -1;
    private long validLifetime = -1;
    private long preferredLifetime = -1;
    private int flags;
    private long metric = -1;
    private final RawAttributes raw = new RawAttributes();

    AddressRequest(Kind kind, String cidr) {
        this.kind = kind;
        this.prefix = IpPrefix.parse(cidr, "address");
        this.local = prefix.address().getAddress();
        // ip's default_scope(): host for 127.0.0.0/8, else global
        this.defaultScope = local.length == 4 && (local[0] & 0xFF) == 127 ? RtMsg.RT_SCOPE_HOST : RtMsg.RT_SCOPE_UNIVERSE;
    }

    /**
     * {@code peer ADDR}: the remote end of a point-to-point address ({@code IFA_ADDRESS}).
     *
     * @param address the peer address of a point-to-point link ({@code peer ADDRESS})
     * @return this request
     */
    public AddressRequest peer(String address) {
        InetAddress a = IpAddresses.parse(address, "peer");
        requireFamily(a, "peer");
        this.peer = a.getAddress();
        return this;
    }

    /**
     * {@code broadcast ADDR} ({@code IFA_BROADCAST}), IPv4 only.
     *
     * @param address the broadcast address ({@code broadcast ADDRESS})
     * @return this request
     */
    public AddressRequest broadcast(String address) {
        InetAddress a = IpAddresses.parse(address, "broadcast");
        if (prefix.family() != IpAddresses.AF_INET || IpAddresses.family(a) != IpAddresses.AF_INET) {
            throw new IllegalArgumentException("broadcast is for IPv4 addresses only: " + address);
        }
        this.broadcast = a.getAddress();
        return this;
    }

    /**
     * {@code broadcast +}: the prefix's all-ones host address, as {@code ip} computes it.
     *
     * @return this request
     */
    public AddressRequest broadcastAuto() {
        if (prefix.family() != IpAddresses.AF_INET) {
            throw new IllegalArgumentException("broadcast is for IPv4 addresses only: " + prefix);
        }
        byte[] b = prefix.address().getAddress();
        for (int bit = prefix.prefixLength(); bit < 32; bit++) {
            b[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        this.broadcast = b;
        return this;
    }

    /**
     * {@code label NAME} ({@code IFA_LABEL}), IPv4 only: at most 15 bytes and, as the kernel and
     * {@code ip} require, starting with the device name (e.g. {@code eth0:1}).
     *
     * @param label the address label, which must start with the interface name
     * @return this request
     */
    public AddressRequest label(String label) {
        if (prefix.family() != IpAddresses.AF_INET) {
            throw new IllegalArgumentException("label is for IPv4 addresses only: " + label);
        }
        if (label == null || label.isEmpty() || label.getBytes(StandardCharsets.UTF_8).length > InterfaceNames.MAX_LENGTH) {
            throw new IllegalArgumentException("label must be 1.." + InterfaceNames.MAX_LENGTH + " bytes: " + label);
        }
        this.label = label;
        return this;
    }

    /**
     * {@code scope global|site|link|host|nowhere|N}.
     *
     * @param scope a scope name ({@code global}, {@code site}, {@code link}, {@code host}, {@code nowhere}) or number
     * @return this request
     */
    public AddressRequest scope(String scope) {
        this.scope = RouteScope.parse(scope, "scope");
        return this;
    }

    /**
     * {@code valid_lft SECONDS} ({@code IFA_CACHEINFO}), 1..2^32-1; {@link Address#FOREVER}
     * is forever. Without a preferred lifetime the address is preferred for as long as it is valid.
     *
     * @param seconds the lifetime in seconds ({@code forever} is 0xFFFFFFFF)
     * @return this request
     */
    public AddressRequest validLifetime(long seconds) {
        if (seconds == 0) {
            throw new IllegalArgumentException("valid lifetime must be 1..4294967295 seconds, not 0");
        }
        this.validLifetime = checkLifetime(seconds, "valid lifetime");
        return this;
    }

    /**
     * {@code preferred_lft SECONDS} ({@code IFA_CACHEINFO}); must not exceed the valid lifetime.
     *
     * @param seconds the lifetime in seconds ({@code forever} is 0xFFFFFFFF)
     * @return this request
     */
    public AddressRequest preferredLifetime(long seconds) {
        this.preferredLifetime = checkLifetime(seconds, "preferred lifetime");
        return this;
    }

    /**
     * {@code nodad}: skip duplicate address detection (IPv6, {@code IFA_F_NODAD}).
     *
     * @return this request
     */
    public AddressRequest noDad() {
        return flag(IfAddrMsg.IFA_F_NODAD);
    }

    /**
     * {@code noprefixroute}: add no prefix route for the address ({@code IFA_F_NOPREFIXROUTE}).
     *
     * @return this request
     */
    public AddressRequest noPrefixRoute() {
        return flag(IfAddrMsg.IFA_F_NOPREFIXROUTE);
    }

    /**
     * {@code home}: a Mobile IPv6 home address ({@code IFA_F_HOMEADDRESS}).
     *
     * @return this request
     */
    public AddressRequest homeAddress() {
        return flag(IfAddrMsg.IFA_F_HOMEADDRESS);
    }

    /**
     * {@code mngtmpaddr}: manage temporary addresses from this one ({@code IFA_F_MANAGETEMPADDR}).
     *
     * @return this request
     */
    public AddressRequest manageTempAddress() {
        return flag(IfAddrMsg.IFA_F_MANAGETEMPADDR);
    }

    /**
     * {@code autojoin} ({@code IFA_F_MCAUTOJOIN}).
     *
     * @return this request
     */
    public AddressRequest autoJoin() {
        return flag(IfAddrMsg.IFA_F_MCAUTOJOIN);
    }

    /**
     * Any {@code IFA_F_*} bits ({@code IFA_FLAGS} when above 8 bits).
     *
     * @param ifaFlag an {@code IFA_F_*} flag
     * @return this request
     */
    public AddressRequest flag(int ifaFlag) {
        if (ifaFlag == 0 || (ifaFlag & ~0xFFF) != 0) {
            throw new IllegalArgumentException("flag must be IFA_F_* bits within 0xfff: 0x" + Integer.toHexString(ifaFlag));
        }
        this.flags |= ifaFlag;
        return this;
    }

    /**
     * {@code metric N}: the metric of the prefix route ({@code IFA_RT_PRIORITY}), 0..2^32-1.
     *
     * @param metric the metric (priority) value
     * @return this request
     */
    public AddressRequest metric(long metric) {
        if (metric < 0 || metric > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("metric must be 0..4294967295: " + metric);
        }
        this.metric = metric;
        return this;
    }

    /**
     * Escape hatch: appends a raw attribute {@code type} with {@code value} as given.
     *
     * @param type the attribute type
     * @param value the attribute value (payload without the attribute header)
     * @return this request
     */
    public AddressRequest attribute(int type, byte[] value) {
        raw.add(type, value);
        return this;
    }

    @Override
    String operation() {
        return Rtnl.typeName(kind == Kind.DELETE ? Rtnl.RTM_DELADDR : Rtnl.RTM_NEWADDR) + " " + prefix;
    }

    /** Checks what the setters cannot check alone. */
    @Override
    void check() {
        if (!hasDev()) {
            throw new IllegalArgumentException("dev is required: ip addr needs the device of " + prefix);
        }
        if (label != null && devName() != null && !label.startsWith(devName())) {
            throw new IllegalArgumentException("label must begin with the device name " + devName() + ": " + label);
        }
        if (validLifetime >= 0 && preferredLifetime >= 0 && preferredLifetime > validLifetime) {
            throw new IllegalArgumentException("preferred lifetime " + preferredLifetime
                    + " must not exceed valid lifetime " + validLifetime);
        }
        if (validLifetime >= 0 && preferredLifetime < 0) {
            // a valid lifetime alone: preferred for as long as it is valid (ip would refuse it)
            preferredLifetime = validLifetime;
        }
    }

    /** Writes the message as {@code ip addr} does (see the golden vector in the tests). */
    @Override
    void encode(MessageWriter w, int index) {
        int type = kind == Kind.DELETE ? Rtnl.RTM_DELADDR : Rtnl.RTM_NEWADDR;
        int nlFlags = switch (kind) {
            case ADD -> Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;
            case REPLACE -> Netlink.NLM_F_CREATE | Netlink.NLM_F_REPLACE;
            case DELETE -> 0;
        };
        int msg = w.beginMessage(type, nlFlags);
        IfAddrMsgEncoder.write(w, prefix.family(), prefix.prefixLength(), flags <= 0xFF ? flags : 0,
                scope >= 0 ? scope : defaultScope, index);
        w.putAttrBytes(IfAddrMsg.IFA_LOCAL, local);
        w.putAttrBytes(IfAddrMsg.IFA_ADDRESS, peer != null ? peer : local);
        if (flags > 0xFF) {
            w.putAttrU32(IfAddrMsg.IFA_FLAGS, flags);
        }
        if (label != null) {
            w.putAttrString(IfAddrMsg.IFA_LABEL, label);
        }
        if (broadcast != null) {
            w.putAttrBytes(IfAddrMsg.IFA_BROADCAST, broadcast);
        }
        if (validLifetime >= 0 || preferredLifetime >= 0) {
            // struct ifa_cacheinfo written in place (an attribute whose value is a fixed struct)
            int ci = w.beginNested(IfAddrMsg.IFA_CACHEINFO, false);
            int at = w.reserve(IfAddrMsg.CACHEINFO_LENGTH);
            w.putU32At(at + IfAddrMsg.CACHEINFO_PREFERRED_OFFSET, (int) (preferredLifetime >= 0 ? preferredLifetime : FOREVER));
            w.putU32At(at + IfAddrMsg.CACHEINFO_VALID_OFFSET, (int) (validLifetime >= 0 ? validLifetime : FOREVER));
            w.endNested(ci);
        }
        if (metric >= 0) {
            w.putAttrU32(IfAddrMsg.IFA_RT_PRIORITY, (int) metric);
        }
        raw.writeTo(w);
        w.endMessage(msg);
    }

    private void requireFamily(InetAddress a, String what) {
        if (IpAddresses.family(a) != prefix.family()) {
            throw new IllegalArgumentException(what + " must be of the address's family (" + prefix + "): "
                    + a.getHostAddress());
        }
    }

    private static long checkLifetime(long seconds, String what) {
        if (seconds < 0 || seconds > FOREVER) {
            throw new IllegalArgumentException(what + " must be 0..4294967295 seconds (4294967295 is forever): " + seconds);
        }
        return seconds;
    }
}
