package io.jnetlink.route;

import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * A reusable flyweight over one {@code RTM_NEWADDR} message, for streaming address dumps with no
 * allocation per message ({@link Addresses#forEach}). {@link #wrap} walks the attributes once and
 * remembers where each one is; the getters read the buffer in place.
 *
 * <p>Valid only until the next receive on the connection it came from: copy what you keep, or
 * take a {@link #toAddress()} record.
 */
public final class AddressView {
    private final AttributeReader attrs = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private long local;
    private long address;
    private long broadcast;
    private long label;
    private long cacheInfo;
    private int flagsAttribute;
    private boolean hasFlagsAttribute;
    private int attributesLength;
    private int unknown;

    /**
     * Points the view at {@code message} (an {@code RTM_NEWADDR} or {@code RTM_DELADDR}); returns it.
     *
     *
     * @param message the message, positioned at its header
     * @return this view, now over {@code message}
     * @throws NetlinkDecodeException when the message or an attribute is malformed
     */
    public AddressView wrap(MessageReader message) {
        message.requirePayload(IfAddrMsg.LENGTH, "ifaddrmsg");
        buffer = message.buffer();
        header = message.payloadOffset();
        local = address = broadcast = label = cacheInfo = -1;
        hasFlagsAttribute = false;
        unknown = 0;
        attributesLength = message.payloadLength() - IfAddrMsg.LENGTH;
        int bits = family() == io.jnetlink.core.net.IpAddresses.AF_INET6 ? 128 : 32;
        if (prefixLength() > bits) {
            throw new NetlinkDecodeException("ifa_prefixlen " + prefixLength() + " over " + bits, message.offset());
        }
        message.attributes(attrs, IfAddrMsg.LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case IfAddrMsg.IFA_LOCAL -> local = checkedAddress();
                case IfAddrMsg.IFA_ADDRESS -> address = checkedAddress();
                case IfAddrMsg.IFA_BROADCAST -> broadcast = checkedAddress();
                case IfAddrMsg.IFA_LABEL -> label = RtnlInet.mark(attrs);
                case IfAddrMsg.IFA_CACHEINFO -> {
                    if (attrs.valueLength() < IfAddrMsg.CACHEINFO_LENGTH) {
                        throw new NetlinkDecodeException("IFA_CACHEINFO has " + attrs.valueLength() + " bytes, needs "
                                + IfAddrMsg.CACHEINFO_LENGTH, attrs.offset());
                    }
                    cacheInfo = RtnlInet.mark(attrs);
                    unknown++; // kept raw as well: the lifetimes are two of its four fields
                }
                case IfAddrMsg.IFA_FLAGS -> {
                    flagsAttribute = attrs.u32();
                    hasFlagsAttribute = true;
                }
                default -> unknown++;
            }
        }
        if (local < 0 && address < 0) {
            throw new NetlinkDecodeException("address message has neither IFA_LOCAL nor IFA_ADDRESS", message.offset());
        }
        return this;
    }

    private long checkedAddress() {
        return RtnlInet.checked(attrs, family(), "address");
    }

    /** {@return {@code ifa_family}: {@code AF_INET} or {@code AF_INET6}} */
    public int family() {
        return buffer.get(header + IfAddrMsg.FAMILY_OFFSET) & 0xFF;
    }

    /** {@return {@code ifa_prefixlen}} */
    public int prefixLength() {
        return buffer.get(header + IfAddrMsg.PREFIXLEN_OFFSET) & 0xFF;
    }

    /** {@return {@code IFA_F_*} bits: {@code IFA_FLAGS} when present (all 32 bits), else {@code ifa_flags}} */
    public int flags() {
        return hasFlagsAttribute ? flagsAttribute : buffer.get(header + IfAddrMsg.FLAGS_OFFSET) & 0xFF;
    }

    /** {@return {@code ifa_scope}} */
    public int scope() {
        return buffer.get(header + IfAddrMsg.SCOPE_OFFSET) & 0xFF;
    }

    /** {@return {@code ifa_index}: the interface} */
    public int index() {
        return buffer.getInt(header + IfAddrMsg.INDEX_OFFSET);
    }

    /**
     * Copies the local address bytes (4 or 16) into {@code dst}; returns how many.
     *
     * @param dst the array to copy into; it must be large enough
     * @return the number of bytes copied
     */
    public int copyAddress(byte[] dst) {
        return RtnlInet.copy(buffer, local >= 0 ? local : address, dst);
    }

    /** {@return the local address ({@code IFA_LOCAL}, else {@code IFA_ADDRESS}); allocates} */
    public InetAddress address() {
        long at = local >= 0 ? local : address;
        return RtnlInet.read(buffer, RtnlInet.offset(at), RtnlInet.length(at), "address");
    }

    /** {@return the peer address when {@code IFA_ADDRESS} differs from {@code IFA_LOCAL}; allocates} */
    public Optional<InetAddress> peer() {
        if (local < 0 || address < 0 || sameBytes(local, address)) {
            return Optional.empty();
        }
        return Optional.of(RtnlInet.read(buffer, RtnlInet.offset(address), RtnlInet.length(address), "peer"));
    }

    /** {@return {@code IFA_BROADCAST}; allocates} */
    public Optional<InetAddress> broadcast() {
        return broadcast < 0 ? Optional.empty()
                : Optional.of(RtnlInet.read(buffer, RtnlInet.offset(broadcast), RtnlInet.length(broadcast), "broadcast"));
    }

    /**
     * {@return whether the label ({@code IFA_LABEL}) equals {@code s}, without allocating}
     *
     * @param s the text to compare with
     */
    public boolean labelEquals(CharSequence s) {
        if (label < 0) {
            return false;
        }
        attrs.wrap(buffer, RtnlInet.offset(label) - 4, RtnlInet.length(label) + 4).next();
        return attrs.stringEquals(s);
    }

    /** {@return {@code IFA_LABEL}; allocates} */
    public Optional<String> label() {
        if (label < 0) {
            return Optional.empty();
        }
        attrs.wrap(buffer, RtnlInet.offset(label) - 4, RtnlInet.length(label) + 4).next();
        return Optional.of(attrs.string());
    }

    /**
     * {@return valid lifetime in seconds ({@code IFA_CACHEINFO ifa_valid}); {@link Address#FOREVER} when forever or absent}
     */
    public long validLifetime() {
        return cacheInfo < 0 ? IfAddrMsg.INFINITY_LIFE_TIME
                : Integer.toUnsignedLong(buffer.getInt(RtnlInet.offset(cacheInfo) + IfAddrMsg.CACHEINFO_VALID_OFFSET));
    }

    /**
     * {@return preferred lifetime in seconds ({@code IFA_CACHEINFO ifa_prefered}); {@link Address#FOREVER} when forever or absent}
     */
    public long preferredLifetime() {
        return cacheInfo < 0 ? IfAddrMsg.INFINITY_LIFE_TIME
                : Integer.toUnsignedLong(buffer.getInt(RtnlInet.offset(cacheInfo) + IfAddrMsg.CACHEINFO_PREFERRED_OFFSET));
    }

    /** {@return a record copy of the message} */
    public Address toAddress() {
        return new Address(family(), index(), address(), prefixLength(), peer(), broadcast(), label(), scope(), flags(),
                validLifetime(), preferredLifetime(), otherAttributes());
    }

    /**
     * {@return the attributes this view does not model (and the whole {@code IFA_CACHEINFO}), as they came, flag
     * bits included; allocates}
     */
    public List<RawAttribute> otherAttributes() {
        return UnknownAttributes.copy(attrs, buffer, header + IfAddrMsg.LENGTH, attributesLength, unknown,
                AddressView::modelled);
    }

    private static boolean modelled(int type) {
        return switch (type) {
            case IfAddrMsg.IFA_LOCAL, IfAddrMsg.IFA_ADDRESS, IfAddrMsg.IFA_BROADCAST, IfAddrMsg.IFA_LABEL,
                    IfAddrMsg.IFA_FLAGS -> true;
            default -> false;
        };
    }

    private boolean sameBytes(long a, long b) {
        int len = RtnlInet.length(a);
        if (len != RtnlInet.length(b)) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (buffer.get(RtnlInet.offset(a) + i) != buffer.get(RtnlInet.offset(b) + i)) {
                return false;
            }
        }
        return true;
    }
}
