package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.MacAddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A reusable flyweight over one FDB {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} message
 * ({@code ndm_family = AF_BRIDGE}): the one decoder of the family. {@link #wrap} checks every
 * attribute length once, so the accessors never fail; nothing is allocated until a record or an
 * {@code InetAddress} is asked for. Valid only until the next receive on its connection.
 */
public final class FdbView {
    private final AttributeReader attrs = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private int lladdr;
    private int dst;
    private int dstLength;
    private int vlan;
    private int port;
    private long vni;
    private long srcVni;
    private int master;
    private int via;
    private long nhid;

    /**
     * Points the view at {@code message}.
     *
     * @param message an {@code RTM_NEWNEIGH}/{@code RTM_DELNEIGH} message of family {@code AF_BRIDGE}
     * @return this view
     * @throws NetlinkDecodeException when the header or an attribute is malformed, or {@code NDA_LLADDR} is missing
     */
    public FdbView wrap(MessageReader message) {
        message.requirePayload(NdMsg.LENGTH, "ndmsg");
        buffer = message.buffer();
        header = message.payloadOffset();
        lladdr = dst = -1;
        dstLength = 0;
        vlan = port = -1;
        vni = srcVni = nhid = -1;
        master = via = 0;
        message.attributes(attrs, NdMsg.LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case NdMsg.NDA_LLADDR -> {
                    exact(6, "NDA_LLADDR");
                    lladdr = attrs.valueOffset();
                }
                case NdMsg.NDA_DST -> {
                    if (attrs.valueLength() != 4 && attrs.valueLength() != 16) {
                        throw new NetlinkDecodeException("NDA_DST has " + attrs.valueLength() + " bytes, neither 4 nor 16",
                                attrs.offset());
                    }
                    dst = attrs.valueOffset();
                    dstLength = attrs.valueLength();
                }
                case NdMsg.NDA_VLAN -> vlan = attrs.u16();
                case NdMsg.NDA_PORT -> port = attrs.u16Be();
                case NdMsg.NDA_VNI -> vni = attrs.u32AsLong();
                case NdMsg.NDA_SRC_VNI -> srcVni = attrs.u32AsLong();
                case NdMsg.NDA_MASTER -> master = attrs.u32();
                case NdMsg.NDA_IFINDEX -> via = attrs.u32();
                case NdMsg.NDA_NH_ID -> nhid = attrs.u32AsLong();
                default -> {
                }
            }
        }
        if (lladdr < 0) {
            throw new NetlinkDecodeException("FDB message has no NDA_LLADDR", message.offset());
        }
        return this;
    }

    private void exact(int length, String what) {
        if (attrs.valueLength() != length) {
            throw new NetlinkDecodeException(what + " has " + attrs.valueLength() + " bytes, not " + length, attrs.offset());
        }
    }

    /** {@return {@code ndm_family} ({@code AF_BRIDGE} = 7 for FDB entries)} */
    public int family() {
        return buffer.get(header + NdMsg.FAMILY_OFFSET) & 0xFF;
    }

    /** {@return {@code ndm_ifindex}: the port or vxlan device} */
    public int index() {
        return buffer.getInt(header + NdMsg.IFINDEX_OFFSET);
    }

    /** {@return {@code ndm_state} ({@code NUD_*})} */
    public int stateRaw() {
        return buffer.getShort(header + NdMsg.STATE_OFFSET) & 0xFFFF;
    }

    /** {@return {@code ndm_flags} ({@code NTF_*})} */
    public int flags() {
        return buffer.get(header + NdMsg.FLAGS_OFFSET) & 0xFF;
    }

    /**
     * Copies the six MAC bytes into {@code out} (at least 6 long).
     *
     * @param out the array to copy into
     * @return 6
     */
    public int copyMacAddress(byte[] out) {
        buffer.get(lladdr, out, 0, 6);
        return 6;
    }

    /**
     * Whether the MAC equals {@code mac} (six bytes), compared in place.
     *
     * @param mac six bytes
     * @return whether they match
     */
    public boolean macEquals(byte[] mac) {
        if (mac.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (buffer.get(lladdr + i) != mac[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@return {@code NDA_LLADDR} as {@code "aa:bb:…"}; allocates} */
    public String macAddress() {
        byte[] b = new byte[6];
        copyMacAddress(b);
        return MacAddress.format(b);
    }

    /** {@return {@code NDA_VLAN}, or -1 when absent} */
    public int vlan() {
        return vlan;
    }

    /** {@return {@code NDA_PORT}, or -1 when absent} */
    public int port() {
        return port;
    }

    /** {@return {@code NDA_VNI}, or -1 when absent} */
    public long vni() {
        return vni;
    }

    /** {@return {@code NDA_SRC_VNI}, or -1 when absent} */
    public long srcVni() {
        return srcVni;
    }

    /** {@return {@code NDA_MASTER}: the bridge's index, 0 when absent} */
    public int masterIndex() {
        return master;
    }

    /** {@return {@code NDA_IFINDEX}: a vxlan entry's outgoing device, 0 when absent} */
    public int viaIndex() {
        return via;
    }

    /** {@return {@code NDA_NH_ID}, or -1 when absent} */
    public long nhid() {
        return nhid;
    }

    /** {@return whether {@code NDA_DST} is present} */
    public boolean hasDst() {
        return dst >= 0;
    }

    /** {@return {@code NDA_DST}, or null when absent; allocates} */
    public InetAddress dst() {
        if (dst < 0) {
            return null;
        }
        byte[] b = new byte[dstLength];
        buffer.get(dst, b);
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** {@return a record copy of the message} */
    public FdbEntry toFdbEntry() {
        List<RawAttribute> other = new ArrayList<>();
        attrs.rewind();
        while (attrs.next()) {
            switch (attrs.type()) {
                case NdMsg.NDA_LLADDR, NdMsg.NDA_DST, NdMsg.NDA_VLAN, NdMsg.NDA_PORT, NdMsg.NDA_VNI,
                     NdMsg.NDA_SRC_VNI, NdMsg.NDA_MASTER, NdMsg.NDA_IFINDEX, NdMsg.NDA_NH_ID -> {
                }
                default -> other.add(RawAttribute.copyOf(attrs));
            }
        }
        return new FdbEntry(index(), macAddress(), stateRaw(), flags(), master,
                vlan >= 0 ? OptionalInt.of(vlan) : OptionalInt.empty(), Optional.ofNullable(dst()),
                port >= 0 ? OptionalInt.of(port) : OptionalInt.empty(), optional(vni), optional(srcVni), via, optional(nhid),
                other);
    }

    private static OptionalLong optional(long value) {
        return value >= 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
