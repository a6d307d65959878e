package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.wire.IpsetAttrs;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ipset create NAME TYPE [family inet|inet6] [hashsize N] [maxelem N] [timeout N]
 * [counters] [comment] [range FROM-TO] [size N]}. Each option is checked against the type as it is
 * set; {@link #apply()} asks the kernel for the protocol version and the type's newest revision, as
 * {@code ipset} does, then creates the set ({@code IPSET_CMD_CREATE}, {@code NLM_F_CREATE|NLM_F_EXCL}).
 */
public final class IpSetRequest extends NetlinkRequest<IpSetRequest, Void> {
    private final String name;
    private final List<RawAttribute> extra = new ArrayList<>();
    private final IpSetType type;
    private int family;
    private long timeout = -1;
    private boolean counters;
    private boolean comment;
    private long hashSize = -1;
    private long maxElem = -1;
    private int portFrom = -1;
    private int portTo = -1;
    private long size = -1;

    IpSetRequest(String name, IpSetType type) {
        this.name = IpSetNames.check(name, "name");
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        this.type = type;
        this.family = type.hasFamily() ? IpsetAttrs.NFPROTO_IPV4 : IpsetAttrs.NFPROTO_UNSPEC;
    }

    /**
     * {@code family inet6}: a set of IPv6 elements (the default is {@code family inet}).
     *
     * @return this request
     * @throws IllegalArgumentException naming {@code family} for a type without one (bitmap:port, list:set, hash:mac)
     */
    public IpSetRequest inet6() {
        if (!type.hasFamily()) {
            throw new IllegalArgumentException("family: " + type.typeName() + " has no address family");
        }
        family = IpsetAttrs.NFPROTO_IPV6;
        return this;
    }

    /**
     * {@code timeout N}: members expire after {@code seconds} unless added with their own timeout.
     *
     * @param seconds 0..2147483
     * @return this request
     * @throws IllegalArgumentException naming {@code timeout} when out of range
     */
    public IpSetRequest timeout(long seconds) {
        this.timeout = IpSetNames.checkTimeout(seconds);
        return this;
    }

    /**
     * {@code counters}: every member counts packets and bytes.
     *
     * @return this request
     */
    public IpSetRequest counters() {
        this.counters = true;
        return this;
    }

    /**
     * {@code comment}: members may carry a comment.
     *
     * @return this request
     */
    public IpSetRequest comment() {
        this.comment = true;
        return this;
    }

    /**
     * {@code hashsize N}: the initial hash size of a {@code hash:*} set.
     *
     * @param buckets 64..2^31, as ipset accepts (the kernel rounds it to a power of two)
     * @return this request
     * @throws IllegalArgumentException naming {@code hashsize} when out of range or for a non-hash type
     */
    public IpSetRequest hashSize(long buckets) {
        requireHash("hashsize");
        if (buckets < 64 || buckets > 1L << 31) {
            throw new IllegalArgumentException("hashsize must be 64.." + (1L << 31) + ": " + buckets);
        }
        this.hashSize = buckets;
        return this;
    }

    /**
     * {@code maxelem N}: the most members a {@code hash:*} set holds.
     *
     * @param elements 1..4294967295
     * @return this request
     * @throws IllegalArgumentException naming {@code maxelem} when out of range or for a non-hash type
     */
    public IpSetRequest maxElem(long elements) {
        requireHash("maxelem");
        if (elements < 1 || elements > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("maxelem must be 1..4294967295: " + elements);
        }
        this.maxElem = elements;
        return this;
    }

    /**
     * {@code range FROM-TO} of a {@code bitmap:port} set (required for that type).
     *
     * @param from the first port, 0..65535
     * @param to   the last port, from..65535
     * @return this request
     * @throws IllegalArgumentException naming {@code range} when reversed, out of range or for another type
     */
    public IpSetRequest portRange(int from, int to) {
        if (type != IpSetType.BITMAP_PORT) {
            throw new IllegalArgumentException("range: only bitmap:port takes a port range, not " + type.typeName());
        }
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("range must be FROM-TO with 0 <= FROM <= TO <= 65535: " + from + "-" + to);
        }
        this.portFrom = from;
        this.portTo = to;
        return this;
    }

    /**
     * {@code size N} of a {@code list:set}: how many sets it may hold.
     *
     * @param members 1..4294967295
     * @return this request
     * @throws IllegalArgumentException naming {@code size} when out of range or for another type
     */
    public IpSetRequest size(long members) {
        if (type != IpSetType.LIST_SET) {
            throw new IllegalArgumentException("size: only list:set takes a size, not " + type.typeName());
        }
        if (members < 1 || members > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("size must be 1..4294967295: " + members);
        }
        this.size = members;
        return this;
    }

    private void requireHash(String what) {
        if (!type.typeName().startsWith("hash:")) {
            throw new IllegalArgumentException(what + ": only hash:* types take it, not " + type.typeName());
        }
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
    public IpSetRequest attribute(RawAttribute attribute) {
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
    public Void apply(NetlinkConnection connection) {
        if (type == IpSetType.BITMAP_PORT && portFrom < 0) {
            throw new IllegalArgumentException("range: bitmap:port needs a port range (ipset create NAME bitmap:port range FROM-TO)");
        }
        int protocol = IpsetHandshake.protocol(connection);
        int revision = IpsetHandshake.revision(connection, protocol, type.typeName(), family);
        try {
            connection.request("IPSET_CMD_CREATE " + name + " " + type.typeName(), w -> encode(w, protocol, revision));
        } catch (NetlinkException e) {
            throw IpsetErrors.named(e);
        }
        return null;
    }

    /**
     * Writes the create message as ipset 7 does, attributes in its order.
     *
     * @param w        the writer
     * @param protocol the negotiated protocol version
     * @param revision the type revision to create
     */
    void encode(MessageWriter w, int protocol, int revision) {
        int start = IpsetMessages.begin(w, IpsetAttrs.IPSET_CMD_CREATE, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL, protocol);
        w.putAttrString(IpsetAttrs.IPSET_ATTR_SETNAME, name);
        w.putAttrString(IpsetAttrs.IPSET_ATTR_TYPENAME, type.typeName());
        w.putAttrU8(IpsetAttrs.IPSET_ATTR_REVISION, revision);
        w.putAttrU8(IpsetAttrs.IPSET_ATTR_FAMILY, family);
        int data = w.beginNested(IpsetAttrs.IPSET_ATTR_DATA);
        if (portFrom >= 0) {
            IpsetMessages.putBe16(w, IpsetAttrs.IPSET_ATTR_PORT_FROM, portFrom);
            IpsetMessages.putBe16(w, IpsetAttrs.IPSET_ATTR_PORT_TO, portTo);
        }
        if (timeout >= 0) {
            IpsetMessages.putBe32(w, IpsetAttrs.IPSET_ATTR_TIMEOUT, timeout);
        }
        int flags = (counters ? IpsetAttrs.IPSET_FLAG_WITH_COUNTERS : 0) | (comment ? IpsetAttrs.IPSET_FLAG_WITH_COMMENT : 0);
        if (flags != 0) {
            IpsetMessages.putBe32(w, IpsetAttrs.IPSET_ATTR_CADT_FLAGS, flags);
        }
        if (hashSize >= 0) {
            IpsetMessages.putBe32(w, IpsetAttrs.IPSET_ATTR_HASHSIZE, hashSize);
        }
        if (maxElem >= 0) {
            IpsetMessages.putBe32(w, IpsetAttrs.IPSET_ATTR_MAXELEM, maxElem);
        }
        if (size >= 0) {
            IpsetMessages.putBe32(w, IpsetAttrs.IPSET_ATTR_SIZE, size);
        }
        for (RawAttribute a : extra) {
            a.writeTo(w);
        }
        w.endNested(data);
        w.endMessage(start);
    }
}
