package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.wire.IpsetAttrs;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ipset add|del|test NAME ELEMENT}. Before the command, {@link #apply()} asks the kernel for
 * the protocol version and the set's type and family ({@code IPSET_CMD_HEADER}), as {@code ipset}
 * does, and refuses an element of the wrong shape with {@link IllegalArgumentException} naming
 * {@code entry} before the command is sent ({@link #type(IpSetType, boolean)} skips the question).
 *
 * @param <R> {@code Void} for add/del, {@code Boolean} for test
 */
public final class IpSetEntryRequest<R> extends NetlinkRequest<IpSetEntryRequest<R>, R> {
    private final int command;
    private final String name;
    private final List<RawAttribute> extra = new ArrayList<>();
    private final IpSetEntry entry;
    private boolean exist;
    private IpSetType knownType;
    private int knownFamily = -1;

    IpSetEntryRequest(int command, String name, IpSetEntry entry) {
        this.command = command;
        this.name = IpSetNames.check(name, "name");
        if (entry == null) {
            throw new IllegalArgumentException("entry must not be null");
        }
        this.entry = entry;
    }

    /**
     * {@code -exist}: adding a member that is there, or deleting one that is not, is no error.
     *
     * @return this request
     */
    public IpSetEntryRequest<R> exist() {
        this.exist = true;
        return this;
    }

    /**
     * The set's type and family when the caller knows them: the element is checked against them at
     * once and {@code IPSET_CMD_HEADER} is not sent.
     *
     * @param type  the set's type
     * @param inet6 whether the set is {@code family inet6}
     * @return this request
     * @throws IllegalArgumentException naming {@code entry} when the element does not fit the type
     */
    public IpSetEntryRequest<R> type(IpSetType type, boolean inet6) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        int family = type.hasFamily() ? (inet6 ? IpsetAttrs.NFPROTO_IPV6 : IpsetAttrs.NFPROTO_IPV4) : IpsetAttrs.NFPROTO_UNSPEC;
        checkShape(type, family, entry);
        this.knownType = type;
        this.knownFamily = family;
        return this;
    }

    /**
     * An attribute this library does not model, written inside {@code IPSET_ATTR_DATA} after the
     * modelled ones (e.g. {@code IPSET_ATTR_CADT_FLAGS} with {@code IPSET_FLAG_NOMATCH} for
     * {@code ipset add … nomatch}). The escape hatch: the kernel judges it.
     *
     * @param attribute the attribute, type and flag bits as they go on the wire
     * @return this request
     * @throws IllegalArgumentException naming {@code attribute} when null
     */
    public IpSetEntryRequest<R> attribute(RawAttribute attribute) {
        if (attribute == null) {
            throw new IllegalArgumentException("attribute must not be null");
        }
        extra.add(attribute);
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    @Override
    @SuppressWarnings("unchecked")
    public R apply(NetlinkConnection connection) {
        int protocol = IpsetHandshake.protocol(connection);
        if (knownType == null) {
            IpsetHandshake.Header header = IpsetHandshake.header(connection, protocol, name);
            IpSetType type;
            try {
                type = IpSetType.of(header.typeName());
            } catch (IllegalArgumentException unmodelled) {
                type = null; // a type this library does not model: the kernel judges the element
            }
            if (type != null) {
                checkShape(type, header.family(), entry);
            }
        }
        String operation = IpsetMessages.FAMILY.typeName(IpsetAttrs.NFNL_SUBSYS_IPSET << 8 | command) + " " + name;
        try {
            connection.request(operation, w -> encode(w, protocol));
        } catch (NetlinkException e) {
            if (command == IpsetAttrs.IPSET_CMD_TEST && e.errno() == IpsetAttrs.IPSET_ERR_EXIST) {
                return (R) Boolean.FALSE; // the kernel's "is NOT in set"
            }
            throw IpsetErrors.named(e, command);
        }
        return command == IpsetAttrs.IPSET_CMD_TEST ? (R) Boolean.TRUE : null;
    }

    /**
     * Writes the command as ipset 7 does: element attributes in ascending type order, then (add
     * and del) {@code IPSET_ATTR_LINENO} 0.
     *
     * @param w        the writer
     * @param protocol the negotiated protocol version
     */
    void encode(MessageWriter w, int protocol) {
        int flags = command != IpsetAttrs.IPSET_CMD_TEST && !exist ? Netlink.NLM_F_EXCL : 0;
        int start = IpsetMessages.begin(w, command, flags, protocol);
        w.putAttrString(IpsetAttrs.IPSET_ATTR_SETNAME, name);
        int data = w.beginNested(IpsetAttrs.IPSET_ATTR_DATA);
        if (entry.address() != null) {
            IpsetMessages.putAddress(w, IpsetAttrs.IPSET_ATTR_IP, entry.address().getAddress());
        }
        if (entry.prefix() >= 0) {
            w.putAttrU8(IpsetAttrs.IPSET_ATTR_CIDR, entry.prefix());
        }
        if (entry.port() >= 0) {
            IpsetMessages.putBe16(w, IpsetAttrs.IPSET_ATTR_PORT, entry.port());
        }
        if (entry.timeout() >= 0 && command == IpsetAttrs.IPSET_CMD_ADD) {
            IpsetMessages.putBe32(w, IpsetAttrs.IPSET_ATTR_TIMEOUT, entry.timeout());
        }
        if (entry.protocol() >= 0) {
            w.putAttrU8(IpsetAttrs.IPSET_ATTR_PROTO, entry.protocol());
        }
        if (entry.mac() != null) {
            w.putAttrBytes(IpsetAttrs.IPSET_ATTR_ETHER, io.jnetlink.core.net.MacAddress.parse(entry.mac(), "mac"));
        }
        if (entry.member() != null) {
            w.putAttrString(IpsetAttrs.IPSET_ATTR_NAME, entry.member());
        }
        if (entry.address2() != null) {
            IpsetMessages.putAddress(w, IpsetAttrs.IPSET_ATTR_IP2, entry.address2().getAddress());
            int host = entry.address2().getAddress().length * 8;
            if (entry.prefix2() >= 0 && entry.prefix2() != host) {
                w.putAttrU8(IpsetAttrs.IPSET_ATTR_CIDR2, entry.prefix2()); // ipset sends none for a host, the kernel's default
            }
        }
        if (command == IpsetAttrs.IPSET_CMD_ADD) {
            if (entry.bytes() >= 0) {
                IpsetMessages.putBe64(w, IpsetAttrs.IPSET_ATTR_BYTES, entry.bytes());
            }
            if (entry.packets() >= 0) {
                IpsetMessages.putBe64(w, IpsetAttrs.IPSET_ATTR_PACKETS, entry.packets());
            }
            if (entry.comment() != null) {
                w.putAttrString(IpsetAttrs.IPSET_ATTR_COMMENT, entry.comment());
            }
        }
        for (RawAttribute a : extra) {
            a.writeTo(w);
        }
        if (command != IpsetAttrs.IPSET_CMD_TEST) {
            IpsetMessages.putBe32(w, IpsetAttrs.IPSET_ATTR_LINENO, 0); // ipset sends it with add and del, not test
        }
        w.endNested(data);
        w.endMessage(start);
    }

    /** The element has exactly the parts {@code type} keys on, in the set's family. */
    static void checkShape(IpSetType type, int family, IpSetEntry e) {
        String t = type.typeName();
        require(type.takesAddress() == (e.address() != null), t, type.takesAddress() ? "need an address" : "have no address", e);
        require(type.takesPrefix() || e.prefix() < 0, t, "have no prefix length (use hash:net)", e);
        require(type.takesPort() == (e.port() >= 0), t, type.takesPort() ? "need a port" : "have no port", e);
        require(type.takesProtocol() == (e.protocol() >= 0), t,
                type.takesProtocol() ? "need a protocol (tcp:80)" : "have no protocol", e);
        require(type.takesAddress2() == (e.address2() != null), t,
                type.takesAddress2() ? "need a second address" : "have no second address", e);
        require(type.takesPrefix2() || e.prefix2() < 0, t, "have no second prefix length (use hash:ip,port,net)", e);
        require(type.takesMac() == (e.mac() != null), t, type.takesMac() ? "need a MAC address" : "have no MAC address", e);
        require(type.takesSetName() == (e.member() != null), t,
                type.takesSetName() ? "need a set name" : "have no set name", e);
        if (e.address() != null && family > 0) {
            boolean v4 = e.address() instanceof Inet4Address && (e.address2() == null || e.address2() instanceof Inet4Address);
            require(v4 == (family == IpsetAttrs.NFPROTO_IPV4), t,
                    family == IpsetAttrs.NFPROTO_IPV4 ? "of family inet need IPv4 addresses" : "of family inet6 need IPv6 addresses", e);
        }
    }

    private static void require(boolean ok, String type, String what, IpSetEntry e) {
        if (!ok) {
            throw new IllegalArgumentException("entry: " + type + " elements " + what + ": " + e);
        }
    }
}
