package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.MacAddress;
import io.jnetlink.netfilter.wire.IpsetAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoder of ipset listings: a reusable flyweight over one {@code IPSET_CMD_LIST} or
 * {@code IPSET_CMD_SAVE} reply message ({@code ipset list} / {@code ipset save} read the same
 * messages). A big set arrives in many messages: the first carries the header ({@link #hasHeader()}),
 * every one carries a run of members walked with {@link #nextEntry()}. Nothing read through the view
 * allocates except {@link #entryAddress()}, {@link #entryAddress2()}, {@link #toEntry()} and {@link #toIpSet()}; everything
 * is valid only during the handler call that received the view.
 *
 * <p>A malformed message throws {@link NetlinkDecodeException} from {@link #wrap} or {@link #nextEntry()}.
 */
public final class IpSetView {
    private final AttributeReader top = new AttributeReader();
    private final AttributeReader header = new AttributeReader();
    private final AttributeReader adt = new AttributeReader();
    private final AttributeReader entry = new AttributeReader();
    private final AttributeReader inner = new AttributeReader();
    private final byte[] addressBytes = new byte[16];
    private final byte[] address2Bytes = new byte[16];

    private String name;
    private String typeName;
    private int revision;
    private int family;
    private boolean hasHeader;
    private boolean hasAdt;

    private long hashSize;
    private long maxElem;
    private int bucketSize;
    private long initval;
    private long setTimeout;
    private long cadtFlags;
    private int portFrom;
    private int portTo;
    private long size;
    private long references;
    private long memSize;
    private long elements;

    private int addressLength;
    private int prefix;
    private int address2Length;
    private int prefix2;
    private int protocol;
    private int port;
    private final byte[] mac = new byte[6];
    private boolean hasMac;
    private int memberOffset;
    private long timeout;
    private long packets;
    private long bytes;
    private int commentOffset;

    /**
     * Positions the view at {@code message}, an ipset list or save reply.
     *
     * @param message the reply message (valid during the handler call)
     * @return this view
     * @throws NetlinkDecodeException when the message is not a well-formed ipset listing
     */
    public IpSetView wrap(MessageReader message) {
        int cmd = message.type() & 0xFF;
        if (message.type() >> 8 != IpsetAttrs.NFNL_SUBSYS_IPSET
                || cmd != IpsetAttrs.IPSET_CMD_LIST && cmd != IpsetAttrs.IPSET_CMD_SAVE) {
            throw new NetlinkDecodeException("not an ipset list/save reply: nlmsg_type=0x"
                    + Integer.toHexString(message.type()), message.offset());
        }
        message.requirePayload(NfGenMsg.NFGENMSG_LENGTH, "nfgenmsg");
        message.attributes(top, NfGenMsg.NFGENMSG_LENGTH);
        name = null;
        typeName = null;
        revision = -1;
        family = -1;
        hasHeader = false;
        hasAdt = false;
        while (top.next()) {
            switch (top.type()) {
                case IpsetAttrs.IPSET_ATTR_SETNAME -> name = boundedString(top, IpsetAttrs.IPSET_MAXNAMELEN, "IPSET_ATTR_SETNAME");
                case IpsetAttrs.IPSET_ATTR_TYPENAME -> typeName = boundedString(top, IpsetAttrs.IPSET_MAXNAMELEN, "IPSET_ATTR_TYPENAME");
                case IpsetAttrs.IPSET_ATTR_REVISION -> revision = top.u8();
                case IpsetAttrs.IPSET_ATTR_FAMILY -> family = top.u8();
                case IpsetAttrs.IPSET_ATTR_DATA -> {
                    top.nested(header);
                    hasHeader = true;
                }
                case IpsetAttrs.IPSET_ATTR_ADT -> {
                    top.nested(adt);
                    hasAdt = true;
                }
                default -> {
                }
            }
        }
        if (name == null) {
            throw new NetlinkDecodeException("ipset listing without IPSET_ATTR_SETNAME", message.offset());
        }
        decodeHeader();
        return this;
    }

    /**
     * The set's name ({@code Name:}); present in every message of a listing.
     *
     * @return the set name
     */
    public String name() {
        return name;
    }

    /**
     * Whether this message starts a set: it carries the type and header ({@code Type:}, {@code Header:}).
     *
     * @return true for the first message of each set
     */
    public boolean hasHeader() {
        return hasHeader || typeName != null;
    }

    /**
     * The type name ({@code Type: hash:ip}), or null in a continuation message.
     *
     * @return the type name, or null
     */
    public String typeName() {
        return typeName;
    }

    /**
     * The type revision ({@code Revision:}), or -1 in a continuation message.
     *
     * @return the revision, or -1
     */
    public int revision() {
        return revision;
    }

    /**
     * The family: 2 ({@code family inet}), 10 ({@code family inet6}), 0 for types without one, -1 when absent.
     *
     * @return the {@code NFPROTO_*} family, or -1
     */
    public int family() {
        return family;
    }

    /**
     * The header of the set this message starts ({@code ipset list -t NAME}), members left out.
     *
     * @return the header as a record (a continuation message gives a record with only the name)
     */
    public IpSet toIpSet() {
        List<RawAttribute> unknown = new ArrayList<>();
        if (hasHeader) {
            header.rewind();
            while (header.next()) {
                if (!isModelledHeader(header.type())) {
                    unknown.add(RawAttribute.copyOf(header));
                }
            }
        }
        return new IpSet(name, typeName, revision, family, hashSize, maxElem, bucketSize, initval, setTimeout,
                (cadtFlags & IpsetAttrs.IPSET_FLAG_WITH_COUNTERS) != 0, (cadtFlags & IpsetAttrs.IPSET_FLAG_WITH_COMMENT) != 0,
                portFrom, portTo, size, references, memSize, elements, List.of(), unknown);
    }

    /** Reads the create-time header once, in {@link #wrap}, so that nothing read later can throw. */
    private void decodeHeader() {
        hashSize = -1;
        maxElem = -1;
        bucketSize = -1;
        initval = -1;
        setTimeout = -1;
        cadtFlags = 0;
        portFrom = -1;
        portTo = -1;
        size = -1;
        references = -1;
        memSize = -1;
        elements = -1;
        if (!hasHeader) {
            return;
        }
        header.rewind();
        while (header.next()) {
            switch (header.type()) {
                case IpsetAttrs.IPSET_ATTR_HASHSIZE -> hashSize = be32(header);
                case IpsetAttrs.IPSET_ATTR_MAXELEM -> maxElem = be32(header);
                case IpsetAttrs.IPSET_ATTR_BUCKETSIZE -> bucketSize = header.u8();
                case IpsetAttrs.IPSET_ATTR_INITVAL -> initval = be32(header);
                case IpsetAttrs.IPSET_ATTR_TIMEOUT -> setTimeout = be32(header);
                case IpsetAttrs.IPSET_ATTR_CADT_FLAGS -> cadtFlags = be32(header);
                case IpsetAttrs.IPSET_ATTR_PORT_FROM -> portFrom = be16(header);
                case IpsetAttrs.IPSET_ATTR_PORT_TO -> portTo = be16(header);
                case IpsetAttrs.IPSET_ATTR_SIZE -> size = be32(header);
                case IpsetAttrs.IPSET_ATTR_REFERENCES -> references = be32(header);
                case IpsetAttrs.IPSET_ATTR_MEMSIZE -> memSize = be32(header);
                case IpsetAttrs.IPSET_ATTR_ELEMENTS -> elements = be32(header);
                default -> {
                }
            }
        }
    }

    private static boolean isModelledHeader(int type) {
        return switch (type) {
            case IpsetAttrs.IPSET_ATTR_HASHSIZE, IpsetAttrs.IPSET_ATTR_MAXELEM, IpsetAttrs.IPSET_ATTR_BUCKETSIZE,
                 IpsetAttrs.IPSET_ATTR_INITVAL, IpsetAttrs.IPSET_ATTR_TIMEOUT, IpsetAttrs.IPSET_ATTR_CADT_FLAGS,
                 IpsetAttrs.IPSET_ATTR_PORT_FROM, IpsetAttrs.IPSET_ATTR_PORT_TO, IpsetAttrs.IPSET_ATTR_SIZE,
                 IpsetAttrs.IPSET_ATTR_REFERENCES, IpsetAttrs.IPSET_ATTR_MEMSIZE, IpsetAttrs.IPSET_ATTR_ELEMENTS -> true;
            default -> false;
        };
    }

    /**
     * Moves to the next member in this message ({@code Members:} lines).
     *
     * @return false when this message has no more members
     * @throws NetlinkDecodeException when the member is malformed
     */
    public boolean nextEntry() {
        if (!hasAdt) {
            return false;
        }
        while (adt.next()) {
            if (adt.type() != IpsetAttrs.IPSET_ATTR_DATA) {
                continue;
            }
            adt.nested(entry);
            decodeEntry();
            return true;
        }
        return false;
    }

    private void decodeEntry() {
        addressLength = 0;
        prefix = -1;
        address2Length = 0;
        prefix2 = -1;
        protocol = -1;
        port = -1;
        hasMac = false;
        memberOffset = -1;
        timeout = -1;
        packets = -1;
        bytes = -1;
        commentOffset = -1;
        while (entry.next()) {
            switch (entry.type()) {
                case IpsetAttrs.IPSET_ATTR_IP -> addressLength = decodeAddress(addressBytes);
                case IpsetAttrs.IPSET_ATTR_CIDR -> prefix = entry.u8();
                case IpsetAttrs.IPSET_ATTR_IP2 -> address2Length = decodeAddress(address2Bytes);
                case IpsetAttrs.IPSET_ATTR_CIDR2 -> prefix2 = entry.u8();
                case IpsetAttrs.IPSET_ATTR_PROTO -> protocol = entry.u8();
                case IpsetAttrs.IPSET_ATTR_PORT -> port = be16(entry);
                case IpsetAttrs.IPSET_ATTR_TIMEOUT -> timeout = be32(entry);
                case IpsetAttrs.IPSET_ATTR_PACKETS -> packets = be64(entry);
                case IpsetAttrs.IPSET_ATTR_BYTES -> bytes = be64(entry);
                case IpsetAttrs.IPSET_ATTR_COMMENT -> commentOffset = bounded(entry, IpsetAttrs.IPSET_MAX_COMMENT_SIZE + 1, "IPSET_ATTR_COMMENT");
                case IpsetAttrs.IPSET_ATTR_NAME -> memberOffset = bounded(entry, IpsetAttrs.IPSET_MAXNAMELEN, "IPSET_ATTR_NAME");
                case IpsetAttrs.IPSET_ATTR_ETHER -> {
                    if (entry.valueLength() != 6) {
                        throw new NetlinkDecodeException("IPSET_ATTR_ETHER of " + entry.valueLength() + " bytes", entry.offset());
                    }
                    entry.copyBytes(mac);
                    hasMac = true;
                }
                default -> {
                }
            }
        }
    }

    /** The address in the current {@code IPSET_ATTR_IP}/{@code IPSET_ATTR_IP2} nest into {@code into}; its length, 0 if none. */
    private int decodeAddress(byte[] into) {
        int length = 0;
        entry.nested(inner);
        while (inner.next()) {
            int want = inner.type() == IpsetAttrs.IPSET_ATTR_IPADDR_IPV4 ? 4
                    : inner.type() == IpsetAttrs.IPSET_ATTR_IPADDR_IPV6 ? 16 : -1;
            if (want < 0) {
                continue;
            }
            if (inner.valueLength() != want) {
                throw new NetlinkDecodeException("IPSET_ATTR_IPADDR of " + inner.valueLength() + " bytes, want " + want,
                        inner.offset());
            }
            inner.copyBytes(into);
            length = want;
        }
        return length;
    }

    /**
     * The member's address, or null for types without one.
     *
     * @return the address (allocates), or null
     */
    public InetAddress entryAddress() {
        return address(addressBytes, addressLength);
    }

    /**
     * The member's second address ({@code 10.244.1.5} after the port of {@code hash:ip,port,ip},
     * the prefix of {@code hash:ip,port,net}), or null for types without one.
     *
     * @return the address (allocates), or null
     */
    public InetAddress entryAddress2() {
        return address(address2Bytes, address2Length);
    }

    /**
     * The prefix length of the member's second address ({@code /16} of {@code hash:ip,port,net}), or -1.
     *
     * @return the prefix length, or -1
     */
    public int entryPrefix2() {
        return prefix2;
    }

    private static InetAddress address(byte[] bytes, int length) {
        if (length == 0) {
            return null;
        }
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOf(bytes, length));
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /**
     * The member's prefix length ({@code /24} of {@code hash:net}), or -1.
     *
     * @return the prefix length, or -1
     */
    public int entryPrefix() {
        return prefix;
    }

    /**
     * The member's IP protocol ({@code tcp} of {@code 10.0.0.1,tcp:80}; 1 for {@code icmp:}, 58 for {@code icmpv6:}), or -1.
     *
     * @return the protocol number, or -1
     */
    public int entryProtocol() {
        return protocol;
    }

    /**
     * The member's port, or -1; for ICMP and ICMPv6 the {@code type << 8 | code} ({@code icmp:echo-request} is 0x0800).
     *
     * @return the port, or -1
     */
    public int entryPort() {
        return port;
    }

    /**
     * The member's Ethernet address ({@code hash:mac}), or null.
     *
     * @return the address as {@code 00:11:22:33:44:55}, or null
     */
    public String entryMac() {
        return hasMac ? MacAddress.format(mac) : null;
    }

    /**
     * The member set's name ({@code list:set}), or null.
     *
     * @return the name, or null
     */
    public String entryMember() {
        return stringAt(memberOffset);
    }

    /**
     * Seconds the member has left ({@code timeout N}), or -1.
     *
     * @return seconds, or -1
     */
    public long entryTimeout() {
        return timeout;
    }

    /**
     * The member's packet counter ({@code packets N}), or -1.
     *
     * @return packets, or -1
     */
    public long entryPackets() {
        return packets;
    }

    /**
     * The member's byte counter ({@code bytes N}), or -1.
     *
     * @return bytes, or -1
     */
    public long entryBytes() {
        return bytes;
    }

    /**
     * The member's comment ({@code comment "TEXT"}), or null.
     *
     * @return the comment, or null
     */
    public String entryComment() {
        return stringAt(commentOffset);
    }

    /**
     * The current member as a record, with the attributes this library does not model kept raw.
     *
     * @return the member
     */
    public IpSetEntry toEntry() {
        List<RawAttribute> unknown = null;
        entry.rewind();
        while (entry.next()) {
            switch (entry.type()) {
                case IpsetAttrs.IPSET_ATTR_IP, IpsetAttrs.IPSET_ATTR_CIDR, IpsetAttrs.IPSET_ATTR_PROTO,
                     IpsetAttrs.IPSET_ATTR_PORT, IpsetAttrs.IPSET_ATTR_TIMEOUT, IpsetAttrs.IPSET_ATTR_PACKETS,
                     IpsetAttrs.IPSET_ATTR_BYTES, IpsetAttrs.IPSET_ATTR_COMMENT, IpsetAttrs.IPSET_ATTR_NAME,
                     IpsetAttrs.IPSET_ATTR_ETHER, IpsetAttrs.IPSET_ATTR_IP2, IpsetAttrs.IPSET_ATTR_CIDR2 -> {
                }
                default -> {
                    if (unknown == null) {
                        unknown = new ArrayList<>();
                    }
                    unknown.add(RawAttribute.copyOf(entry));
                }
            }
        }
        return new IpSetEntry(entryAddress(), prefix, protocol, port, entryAddress2(), prefix2, entryMac(), entryMember(), timeout, packets,
                bytes, entryComment(), unknown);
    }

    /** The kernel never sends longer names or comments: a longer one is malformed (and would cost memory to hold). */
    private static int bounded(AttributeReader a, int max, String what) {
        if (a.valueLength() > max) {
            throw new NetlinkDecodeException(what + " of " + a.valueLength() + " bytes, at most " + max, a.offset());
        }
        return a.offset();
    }

    private static String boundedString(AttributeReader a, int max, String what) {
        bounded(a, max, what);
        return a.string();
    }

    private String stringAt(int attributeOffset) {
        if (attributeOffset < 0) {
            return null;
        }
        entry.rewind();
        while (entry.next()) {
            if (entry.offset() == attributeOffset) {
                return entry.string();
            }
        }
        return null;
    }

    private static long be32(AttributeReader a) {
        return a.u32Be() & 0xFFFF_FFFFL;
    }

    private static int be16(AttributeReader a) {
        return a.u16Be();
    }

    private static long be64(AttributeReader a) {
        return a.u64Be();
    }
}
