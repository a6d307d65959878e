package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.MacAddress;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A reusable flyweight over one {@code RTM_NEWNEIGH} message, for streaming neighbour dumps with
 * no allocation per message ({@link Neighbors#forEach}).
 *
 * <p>Valid only until the next receive on the connection it came from: copy what you keep, or
 * take a {@link #toNeighbor()} record.
 */
public final class NeighborView {
    private final AttributeReader attrs = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private long dst;
    private long lladdr;
    private int attributesLength;
    private int unknown;

    /**
     * Points the view at {@code message}; returns it.
     *
     *
     * @param message the message, positioned at its header
     * @return this view, now over {@code message}
     * @throws NetlinkDecodeException when the message or an attribute is malformed, or has no {@code NDA_DST}
     */
    public NeighborView wrap(MessageReader message) {
        message.requirePayload(NdMsg.LENGTH, "ndmsg");
        buffer = message.buffer();
        header = message.payloadOffset();
        dst = lladdr = -1;
        unknown = 0;
        attributesLength = message.payloadLength() - NdMsg.LENGTH;
        message.attributes(attrs, NdMsg.LENGTH);
        while (attrs.next()) {
            if (attrs.type() == NdMsg.NDA_DST) {
                dst = RtnlInet.checked(attrs, family(), "NDA_DST");
            } else if (attrs.type() == NdMsg.NDA_LLADDR) {
                lladdr = RtnlInet.mark(attrs);
            } else {
                unknown++;
            }
        }
        if (dst < 0) {
            throw new NetlinkDecodeException("neighbour message has no NDA_DST", message.offset());
        }
        return this;
    }

    /** {@return {@code ndm_family}} */
    public int family() {
        return buffer.get(header + NdMsg.FAMILY_OFFSET) & 0xFF;
    }

    /** {@return {@code ndm_ifindex}} */
    public int index() {
        return buffer.getInt(header + NdMsg.IFINDEX_OFFSET);
    }

    /** {@return {@code ndm_state} ({@code NUD_*})} */
    public int stateRaw() {
        return buffer.getShort(header + NdMsg.STATE_OFFSET) & 0xFFFF;
    }

    /** {@return {@code ndm_state} as a {@link NeighborState}} */
    public NeighborState state() {
        return NeighborState.of(stateRaw());
    }

    /** {@return {@code ndm_flags} ({@code NTF_*})} */
    public int flags() {
        return buffer.get(header + NdMsg.FLAGS_OFFSET) & 0xFF;
    }

    /** {@return {@code ndm_type}} */
    public int type() {
        return buffer.get(header + NdMsg.TYPE_OFFSET) & 0xFF;
    }

    /**
     * Copies the {@code NDA_DST} bytes into {@code out}; returns how many.
     *
     * @param out the array to copy into; it must be large enough
     * @return the number of bytes copied
     */
    public int copyAddress(byte[] out) {
        return RtnlInet.copy(buffer, dst, out);
    }

    /**
     * Copies the {@code NDA_LLADDR} bytes into {@code out}; returns how many (0 when unresolved).
     *
     * @param out the array to copy into; it must be large enough
     * @return the number of bytes copied
     */
    public int copyMacAddress(byte[] out) {
        return RtnlInet.copy(buffer, lladdr, out);
    }

    /** {@return {@code NDA_DST}; allocates} */
    public InetAddress address() {
        return RtnlInet.read(buffer, RtnlInet.offset(dst), RtnlInet.length(dst), "NDA_DST");
    }

    /** {@return {@code NDA_LLADDR} as {@code "aa:bb:…"}, empty when absent; allocates} */
    public String macAddress() {
        if (lladdr < 0) {
            return "";
        }
        byte[] b = new byte[RtnlInet.length(lladdr)];
        RtnlInet.copy(buffer, lladdr, b);
        return MacAddress.format(b);
    }

    /** {@return a record copy of the message} */
    public Neighbor toNeighbor() {
        return new Neighbor(family(), index(), address(), macAddress(), stateRaw(), flags(), type(), otherAttributes());
    }

    /** {@return the attributes this view does not model, as they came, flag bits included; allocates} */
    public List<RawAttribute> otherAttributes() {
        return UnknownAttributes.copy(attrs, buffer, header + NdMsg.LENGTH, attributesLength, unknown,
                type -> type == NdMsg.NDA_DST || type == NdMsg.NDA_LLADDR);
    }
}
