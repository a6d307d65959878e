package io.jnetlink.route.bridge;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.MacAddress;
import io.jnetlink.route.wire.BrPortMsg;
import io.jnetlink.route.wire.MdbAttrs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The decoder of MDB messages: dump replies ({@code RTM_GETMDB}) and notifications
 * ({@code RTM_NEWMDB}/{@code RTM_DELMDB}) carry a {@code br_port_msg} and a nest
 * {@code MDBA_MDB → MDBA_MDB_ENTRY → MDBA_MDB_ENTRY_INFO} of any number of entries (a
 * {@code struct br_mdb_entry} followed by its own attributes). Reusable; valid until the next receive.
 */
public final class MdbView {
    private final AttributeReader top = new AttributeReader();
    private final AttributeReader mdb = new AttributeReader();
    private final AttributeReader entry = new AttributeReader();
    private final AttributeReader info = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private MessageReader message;

    /**
     * Points the view at {@code message} and checks its framing (every nest and entry length).
     *
     * @param message an MDB message
     * @return this view
     * @throws NetlinkDecodeException when the header, a nest or an entry is malformed
     */
    public MdbView wrap(MessageReader message) {
        message.requirePayload(BrPortMsg.LENGTH, "br_port_msg");
        this.message = message;
        this.buffer = message.buffer();
        this.header = message.payloadOffset();
        forEachEntry(e -> {
        });
        return this;
    }

    /** {@return {@code br_port_msg.ifindex}: the bridge} */
    public int bridgeIndex() {
        return buffer.getInt(header + BrPortMsg.IFINDEX_OFFSET);
    }

    /**
     * Hands each entry of the message to {@code consumer} as a record.
     *
     * @param consumer called with each entry, in message order
     */
    public void forEachEntry(Consumer<MdbEntry> consumer) {
        message.attributes(top, BrPortMsg.LENGTH);
        while (top.next()) {
            if (top.type() != MdbAttrs.MDBA_MDB) {
                continue;
            }
            top.nested(mdb);
            while (mdb.next()) {
                if (mdb.type() != MdbAttrs.MDBA_MDB_ENTRY) {
                    continue;
                }
                mdb.nested(entry);
                while (entry.next()) {
                    if (entry.type() == MdbAttrs.MDBA_MDB_ENTRY_INFO) {
                        consumer.accept(decodeInfo());
                    }
                }
            }
        }
    }

    /** {@return every entry of the message, as records} */
    public List<MdbEntry> toEntries() {
        List<MdbEntry> out = new ArrayList<>();
        forEachEntry(out::add);
        return out;
    }

    private MdbEntry decodeInfo() {
        int len = entry.valueLength();
        if (len < MdbAttrs.ENTRY_LENGTH - 2) { // the kernel's struct is 26 bytes of data and 2 of padding
            throw new NetlinkDecodeException("MDBA_MDB_ENTRY_INFO has " + len + " bytes, needs "
                    + (MdbAttrs.ENTRY_LENGTH - 2), entry.offset());
        }
        int e = entry.valueOffset();
        short raw = buffer.getShort(e + MdbAttrs.ENTRY_PROTO_OFFSET); // be16
        int proto = (buffer.order() == ByteOrder.BIG_ENDIAN ? raw : Short.reverseBytes(raw)) & 0xFFFF;
        String group = group(e + MdbAttrs.ENTRY_ADDR_OFFSET, proto);
        long timer = 0;
        List<RawAttribute> other = new ArrayList<>();
        int rest = Math.min(len, MdbAttrs.ENTRY_LENGTH);
        if (len > rest) {
            info.wrap(buffer, e + rest, len - rest);
            while (info.next()) {
                if (info.type() == MdbAttrs.MDBA_MDB_EATTR_TIMER) {
                    timer = info.u32AsLong();
                } else {
                    other.add(RawAttribute.copyOf(info));
                }
            }
        }
        return new MdbEntry(bridgeIndex(), buffer.getInt(e + MdbAttrs.ENTRY_IFINDEX_OFFSET),
                group, proto, buffer.get(e + MdbAttrs.ENTRY_STATE_OFFSET) & 0xFF,
                buffer.get(e + MdbAttrs.ENTRY_FLAGS_OFFSET) & 0xFF,
                buffer.getShort(e + MdbAttrs.ENTRY_VID_OFFSET) & 0xFFFF, timer, other);
    }

    private String group(int offset, int proto) {
        int length = proto == MdbAttrs.ETH_P_IP ? 4 : proto == MdbAttrs.ETH_P_IPV6 ? 16 : 6;
        byte[] b = new byte[length];
        buffer.get(offset, b);
        if (length == 6) {
            return MacAddress.format(b);
        }
        try {
            return IpAddresses.format(InetAddress.getByAddress(b));
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
