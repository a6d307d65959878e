package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.CtStatus;
import io.jnetlink.netfilter.wire.CtnlAttrs;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Set;

/**
 * Which conntrack entries a dump, a flush or a subscription is about, as the {@code conntrack}
 * options {@code --mark MARK/MASK}, {@code --zone Z}, {@code --status S}, {@code -p P},
 * {@code -s A}, {@code -d B}, {@code --sport P}, {@code --dport Q} say it. Immutable: each method
 * returns a new filter. {@link Conntrack#show()}, {@link Conntrack#delete(ConntrackFilter)} and
 * {@link Conntrack#flush()} hand it to the kernel ({@code CTA_MARK}/{@code CTA_MARK_MASK},
 * {@code CTA_ZONE}, {@code CTA_STATUS}/{@code CTA_STATUS_MASK}, {@code CTA_FILTER} with the original
 * tuple), which then walks its table once; ctnetlink has no event filter, so
 * {@link ConntrackEvents#where} attaches a socket filter program (BPF) and applies {@link #matches}
 * in the library too.
 */
public final class ConntrackFilter {
    private static final ConntrackFilter ALL = new ConntrackFilter(-1, 0, -1, 0, 0, -1, null, null, -1, -1);

    private final long mark;
    private final long markMask;
    private final int zone;
    private final long status;
    private final long statusMask;
    private final int protocol;
    private final InetAddress source;
    private final InetAddress destination;
    private final int sourcePort;
    private final int destinationPort;

    private ConntrackFilter(long mark, long markMask, int zone, long status, long statusMask, int protocol,
                            InetAddress source, InetAddress destination, int sourcePort, int destinationPort) {
        this.mark = mark;
        this.markMask = markMask;
        this.zone = zone;
        this.status = status;
        this.statusMask = statusMask;
        this.protocol = protocol;
        this.source = source;
        this.destination = destination;
        this.sourcePort = sourcePort;
        this.destinationPort = destinationPort;
    }

    /** {@return the filter that matches every entry: {@code conntrack -L} without options} */
    public static ConntrackFilter all() {
        return ALL;
    }

    /**
     * Entries whose mark, masked, equals {@code mark}: {@code conntrack -L --mark MARK/MASK}.
     *
     * @param mark the connection mark, 0..0xffffffff (compared after masking)
     * @param mask the mask applied to the entry's mark, 0..0xffffffff
     * @return a new filter
     */
    public ConntrackFilter mark(long mark, long mask) {
        checkU32("mark", mark);
        checkU32("mask", mask);
        return new ConntrackFilter(mark & mask, mask, zone, status, statusMask, protocol, source, destination,
                sourcePort, destinationPort);
    }

    /**
     * Entries of conntrack zone {@code zone}: {@code conntrack -L --zone Z}.
     *
     * @param zone the zone, 0..65535
     * @return a new filter
     */
    public ConntrackFilter zone(int zone) {
        if (zone < 0 || zone > 65535) {
            throw new IllegalArgumentException("zone must be 0..65535: " + zone);
        }
        return new ConntrackFilter(mark, markMask, zone, status, statusMask, protocol, source, destination,
                sourcePort, destinationPort);
    }

    /**
     * Entries with every status in {@code statuses} set: {@code conntrack -L --status ASSURED,...}.
     *
     * @param statuses the bits that must be set (not empty)
     * @return a new filter
     */
    public ConntrackFilter status(Set<CtStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("statuses must not be empty");
        }
        long bits = 0;
        for (CtStatus s : statuses) {
            bits |= s.bit();
        }
        return new ConntrackFilter(mark, markMask, zone, bits, bits, protocol, source, destination,
                sourcePort, destinationPort);
    }

    /**
     * Entries of one layer-4 protocol: {@code conntrack -L -p tcp}.
     *
     * @param protocol the IPPROTO_* number, 0..255
     * @return a new filter
     */
    public ConntrackFilter protocol(int protocol) {
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol must be 0..255: " + protocol);
        }
        return new ConntrackFilter(mark, markMask, zone, status, statusMask, protocol, source, destination,
                sourcePort, destinationPort);
    }

    /**
     * Entries whose original source is {@code address}: {@code conntrack -L -s A}.
     *
     * @param address the original direction's source address
     * @return a new filter
     */
    public ConntrackFilter source(InetAddress address) {
        checkFamily("source", address, destination);
        return new ConntrackFilter(mark, markMask, zone, status, statusMask, protocol, address, destination,
                sourcePort, destinationPort);
    }

    /**
     * Entries whose original destination is {@code address}: {@code conntrack -L -d B}.
     *
     * @param address the original direction's destination address
     * @return a new filter
     */
    public ConntrackFilter destination(InetAddress address) {
        checkFamily("destination", address, source);
        return new ConntrackFilter(mark, markMask, zone, status, statusMask, protocol, source, address,
                sourcePort, destinationPort);
    }

    /**
     * Entries whose original source port is {@code port}: {@code conntrack -L -p tcp --sport P}
     * (needs {@link #protocol(int)}).
     *
     * @param port 0..65535
     * @return a new filter
     */
    public ConntrackFilter sourcePort(int port) {
        checkPort("source port", port);
        return new ConntrackFilter(mark, markMask, zone, status, statusMask, protocol, source, destination,
                port, destinationPort);
    }

    /**
     * Entries whose original destination port is {@code port}: {@code conntrack -L -p tcp --dport Q}
     * (needs {@link #protocol(int)}).
     *
     * @param port 0..65535
     * @return a new filter
     */
    public ConntrackFilter destinationPort(int port) {
        checkPort("destination port", port);
        return new ConntrackFilter(mark, markMask, zone, status, statusMask, protocol, source, destination,
                sourcePort, port);
    }

    /**
     * {@return whether {@code entry} passes this filter (what the kernel checks, done in the library)}
     *
     * @param entry a decoded entry
     */
    public boolean matches(ConntrackView entry) {
        return matchesScalars(entry.mark(), entry.zone(), entry.status()) && (!hasTuple() || matchesTuple(entry.original()));
    }

    /**
     * {@return whether {@code entry} passes this filter}
     *
     * @param entry an entry
     */
    public boolean matches(ConntrackEntry entry) {
        return matchesScalars(entry.mark(), entry.zone(), entry.status()) && matchesTuple(entry.original());
    }

    private boolean matchesScalars(long entryMark, int entryZone, long entryStatus) {
        return (mark < 0 || (entryMark & markMask) == mark) && (zone < 0 || entryZone == zone)
                && (entryStatus & statusMask) == status;
    }

    private boolean matchesTuple(ConntrackTuple t) {
        return (protocol < 0 || t.protocol() == protocol) && (source == null || source.equals(t.source()))
                && (destination == null || destination.equals(t.destination()))
                && (sourcePort < 0 || t.sourcePort() == sourcePort)
                && (destinationPort < 0 || t.destinationPort() == destinationPort);
    }

    // what ConntrackEventProgram compiles: -1 (0 for the masks) where the filter does not care
    int zoneOrNegative() {
        return zone;
    }

    long markOrNegative() {
        return mark;
    }

    long markMask() {
        return markMask;
    }

    long statusBits() {
        return status;
    }

    long statusMask() {
        return statusMask;
    }

    int protocolOrNegative() {
        return protocol;
    }

    int sourcePortOrNegative() {
        return sourcePort;
    }

    int destinationPortOrNegative() {
        return destinationPort;
    }

    InetAddress source() {
        return source;
    }

    InetAddress destination() {
        return destination;
    }

    boolean hasTuple() {
        return protocol >= 0 || source != null || destination != null || sourcePort >= 0 || destinationPort >= 0;
    }

    /**
     * {@return the nfgenmsg family the kernel must be given: that of the addresses, else {@code fallback}}
     *
     * @throws IllegalArgumentException when a tuple filter has no family: the kernel refuses it
     *         ({@code EOPNOTSUPP}), so the request's {@code family(…)} must name one
     */
    int family(int fallback) {
        InetAddress any = source != null ? source : destination;
        int family = any == null ? fallback : any.getAddress().length == 16 ? 10 : 2;
        if (family == 0 && hasTuple()) {
            throw new IllegalArgumentException("family: a protocol or port filter needs an address family "
                    + "(family(AF_INET) on the request, like conntrack -f ipv4): " + this);
        }
        return family;
    }

    /** {@return this filter, once checked whole: ports without a protocol are refused (IAE "filter")} */
    ConntrackFilter checked() {
        if ((sourcePort >= 0 || destinationPort >= 0) && protocol < 0) {
            throw new IllegalArgumentException("filter ports need a protocol (conntrack -p): " + this);
        }
        return this;
    }

    /** Writes the filter attributes of a dump or flush ({@code ctnetlink_alloc_filter} in the kernel). */
    void encode(MessageWriter w) {
        if (mark >= 0) {
            w.putAttrU32Be(CtnlAttrs.CTA_MARK, (int) mark);
            w.putAttrU32Be(CtnlAttrs.CTA_MARK_MASK, (int) markMask);
        }
        if (zone >= 0) {
            w.putAttrU16Be(CtnlAttrs.CTA_ZONE, zone);
        }
        if (statusMask != 0) {
            w.putAttrU32Be(CtnlAttrs.CTA_STATUS, (int) status);
            w.putAttrU32Be(CtnlAttrs.CTA_STATUS_MASK, (int) statusMask);
        }
        if (hasTuple()) {
            encodeTuple(w);
        }
    }

    /** The partial original tuple and the CTA_FILTER flags naming which of its fields count. */
    private void encodeTuple(MessageWriter w) {
        int flags = 0;
        int tuple = w.beginNested(CtnlAttrs.CTA_TUPLE_ORIG);
        if (source != null || destination != null) {
            int ip = w.beginNested(CtnlAttrs.CTA_TUPLE_IP);
            if (source != null) {
                w.putAttrBytes(source.getAddress().length == 16 ? CtnlAttrs.CTA_IP_V6_SRC : CtnlAttrs.CTA_IP_V4_SRC,
                        source.getAddress());
                flags |= CtnlAttrs.CTA_FILTER_F_CTA_IP_SRC;
            }
            if (destination != null) {
                w.putAttrBytes(destination.getAddress().length == 16 ? CtnlAttrs.CTA_IP_V6_DST : CtnlAttrs.CTA_IP_V4_DST,
                        destination.getAddress());
                flags |= CtnlAttrs.CTA_FILTER_F_CTA_IP_DST;
            }
            w.endNested(ip);
        }
        if (protocol >= 0) {
            int proto = w.beginNested(CtnlAttrs.CTA_TUPLE_PROTO);
            w.putAttrU8(CtnlAttrs.CTA_PROTO_NUM, protocol);
            flags |= CtnlAttrs.CTA_FILTER_F_CTA_PROTO_NUM;
            if (sourcePort >= 0) {
                w.putAttrU16Be(CtnlAttrs.CTA_PROTO_SRC_PORT, sourcePort);
                flags |= CtnlAttrs.CTA_FILTER_F_CTA_PROTO_SRC_PORT;
            }
            if (destinationPort >= 0) {
                w.putAttrU16Be(CtnlAttrs.CTA_PROTO_DST_PORT, destinationPort);
                flags |= CtnlAttrs.CTA_FILTER_F_CTA_PROTO_DST_PORT;
            }
            w.endNested(proto);
        }
        w.endNested(tuple);
        int filter = w.beginNested(CtnlAttrs.CTA_FILTER);
        w.putAttrU32(CtnlAttrs.CTA_FILTER_ORIG_FLAGS, flags);
        w.putAttrU32(CtnlAttrs.CTA_FILTER_REPLY_FLAGS, 0);
        w.endNested(filter);
    }

    private static void checkU32(String name, long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(name + " must be 0..0xffffffff: " + value);
        }
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0..65535: " + port);
        }
    }

    private static void checkFamily(String name, InetAddress address, InetAddress other) {
        Objects.requireNonNull(address, name);
        if (other != null && other.getAddress().length != address.getAddress().length) {
            throw new IllegalArgumentException(name + " mixes IPv4 and IPv6 with the other address: " + address);
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ConntrackFilter[");
        if (mark >= 0) {
            b.append(" mark=").append(mark).append('/').append(markMask);
        }
        if (zone >= 0) {
            b.append(" zone=").append(zone);
        }
        if (statusMask != 0) {
            b.append(" status=").append(CtStatus.of(status));
        }
        if (protocol >= 0) {
            b.append(" proto=").append(protocol);
        }
        if (source != null) {
            b.append(" src=").append(source.getHostAddress());
        }
        if (destination != null) {
            b.append(" dst=").append(destination.getHostAddress());
        }
        if (sourcePort >= 0) {
            b.append(" sport=").append(sourcePort);
        }
        if (destinationPort >= 0) {
            b.append(" dport=").append(destinationPort);
        }
        return b.append(" ]").toString();
    }
}
