package io.jnetlink.diag;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.diag.wire.UnixDiag;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reusable flyweight over one UNIX socket of a {@code SOCK_DIAG_BY_FAMILY} reply
 * ({@code struct unix_diag_msg} and its {@code UNIX_DIAG_*} attributes): one line of {@code ss -xa}.
 *
 * <p>Valid only until the next receive on the connection it came from: copy what you keep, or
 * take a {@link #toUnixSocket()} record.
 */
public final class UnixSocketView {
    private final AttributeReader attrs = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private int attributesOffset;
    private int attributesLength;
    private int nameOffset;
    private int nameLength;
    private int iconsOffset;
    private int iconsLength;
    private int memoryOffset;
    private int memoryLength;
    private long peer;
    private long receiveQueue;
    private long sendQueue;
    private long vfsInode;
    private long vfsDevice;
    private long uid;
    private int shutdown;

    /**
     * Points the view at {@code message}, a {@code unix_diag_msg}, and checks its attributes.
     *
     * @param message the message, positioned at its header
     * @return this view, now over {@code message}
     * @throws NetlinkDecodeException when the message or an attribute is malformed
     */
    public UnixSocketView wrap(MessageReader message) {
        message.requirePayload(UnixDiag.MSG_LENGTH, "unix_diag_msg");
        buffer = message.buffer();
        header = message.payloadOffset();
        nameOffset = iconsOffset = memoryOffset = -1;
        nameLength = iconsLength = memoryLength = 0;
        peer = 0;
        receiveQueue = sendQueue = vfsInode = vfsDevice = uid = -1;
        shutdown = -1;
        message.attributes(attrs, UnixDiag.MSG_LENGTH);
        attributesOffset = header + UnixDiag.MSG_LENGTH;
        attributesLength = message.offset() + message.length() - attributesOffset;
        while (attrs.next()) {
            switch (attrs.type()) {
                case UnixDiag.UNIX_DIAG_NAME -> {
                    nameOffset = attrs.valueOffset();
                    nameLength = attrs.valueLength();
                }
                case UnixDiag.UNIX_DIAG_PEER -> peer = attrs.u32AsLong();
                case UnixDiag.UNIX_DIAG_ICONS -> {
                    iconsOffset = attrs.valueOffset();
                    iconsLength = attrs.valueLength() & ~3;
                }
                case UnixDiag.UNIX_DIAG_RQLEN -> {
                    requireLength(8, "UNIX_DIAG_RQLEN");
                    receiveQueue = attrs.buffer().getInt(attrs.valueOffset()) & 0xFFFF_FFFFL;
                    sendQueue = attrs.buffer().getInt(attrs.valueOffset() + 4) & 0xFFFF_FFFFL;
                }
                case UnixDiag.UNIX_DIAG_VFS -> {
                    requireLength(8, "UNIX_DIAG_VFS");
                    vfsInode = attrs.buffer().getInt(attrs.valueOffset()) & 0xFFFF_FFFFL;
                    vfsDevice = attrs.buffer().getInt(attrs.valueOffset() + 4) & 0xFFFF_FFFFL;
                }
                case UnixDiag.UNIX_DIAG_MEMINFO -> {
                    memoryOffset = attrs.valueOffset();
                    memoryLength = attrs.valueLength();
                }
                case UnixDiag.UNIX_DIAG_SHUTDOWN -> shutdown = attrs.u8();
                case UnixDiag.UNIX_DIAG_UID -> uid = attrs.u32AsLong();
                default -> {
                }
            }
        }
        return this;
    }

    private void requireLength(int length, String what) {
        if (attrs.valueLength() < length) {
            throw new NetlinkDecodeException(what + " has " + attrs.valueLength() + " bytes, needs " + length, attrs.offset());
        }
    }

    /** {@return {@code udiag_type}: 1 {@code SOCK_STREAM}, 2 {@code SOCK_DGRAM}, 5 {@code SOCK_SEQPACKET}} */
    public int typeRaw() {
        return buffer.get(header + UnixDiag.MSG_TYPE_OFFSET) & 0xFF;
    }

    /** {@return the socket type} */
    public UnixSocketType type() {
        return UnixSocketType.of(typeRaw());
    }

    /** {@return {@code udiag_state}: {@code TCP_LISTEN}, {@code TCP_ESTABLISHED}, {@code TCP_CLOSE}…} */
    public int stateRaw() {
        return buffer.get(header + UnixDiag.MSG_STATE_OFFSET) & 0xFF;
    }

    /** {@return the state} */
    public TcpState state() {
        return TcpState.of(stateRaw());
    }

    /** {@return {@code udiag_ino}: the socket's inode (ss: the Port column)} */
    public long inode() {
        return buffer.getInt(header + UnixDiag.MSG_INO_OFFSET) & 0xFFFF_FFFFL;
    }

    /** {@return the socket cookie ({@code udiag_cookie[0] | udiag_cookie[1] << 32})} */
    public long cookie() {
        int at = header + UnixDiag.MSG_COOKIE_OFFSET;
        return (buffer.getInt(at) & 0xFFFF_FFFFL) | ((long) buffer.getInt(at + 4) << 32);
    }

    /** {@return whether the socket is bound to a name ({@code UNIX_DIAG_NAME})} */
    public boolean hasName() {
        return nameOffset >= 0;
    }

    /** {@return whether the name is abstract (starts with NUL; ss prints {@code @name})} */
    public boolean isAbstract() {
        return nameLength > 0 && buffer.get(nameOffset) == 0;
    }

    /**
     * The name as {@code ss} prints it: a path, or {@code @} and the abstract name; empty when unbound. Allocates.
     *
     * @return the name
     */
    public String name() {
        if (nameOffset < 0) {
            return "";
        }
        if (isAbstract()) {
            byte[] b = new byte[nameLength - 1];
            buffer.get(nameOffset + 1, b);
            return "@" + new String(b, StandardCharsets.UTF_8);
        }
        int end = 0;
        while (end < nameLength && buffer.get(nameOffset + end) != 0) {
            end++;
        }
        byte[] b = new byte[end];
        buffer.get(nameOffset, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** {@return the peer's inode ({@code UNIX_DIAG_PEER}), 0 when unconnected} */
    public long peerInode() {
        return peer;
    }

    /** {@return how many connections wait in a listener's queue ({@code UNIX_DIAG_ICONS})} */
    public int pendingConnectionCount() {
        return iconsLength / 4;
    }

    /**
     * The inode of a waiting connection.
     *
     * @param index 0 ≤ index &lt; {@link #pendingConnectionCount()}
     * @return the inode
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public long pendingConnection(int index) {
        if (index < 0 || index >= pendingConnectionCount()) {
            throw new IndexOutOfBoundsException("pending connection " + index + " of " + pendingConnectionCount());
        }
        return buffer.getInt(iconsOffset + 4 * index) & 0xFFFF_FFFFL;
    }

    /** {@return ss's Recv-Q ({@code udiag_rqueue}; a listener: connections waiting), -1 when absent} */
    public long receiveQueue() {
        return receiveQueue;
    }

    /** {@return ss's Send-Q ({@code udiag_wqueue}; a listener: its backlog), -1 when absent} */
    public long sendQueue() {
        return sendQueue;
    }

    /** {@return the inode of the file a path-bound socket has ({@code UNIX_DIAG_VFS}), -1 when absent} */
    public long vfsInode() {
        return vfsInode;
    }

    /** {@return the device of that file, -1 when absent} */
    public long vfsDevice() {
        return vfsDevice;
    }

    /** {@return the owner's uid ({@code UNIX_DIAG_UID}), -1 when absent} */
    public long uid() {
        return uid;
    }

    /** {@return {@code UNIX_DIAG_SHUTDOWN}, -1 when absent} */
    public int shutdown() {
        return shutdown;
    }

    /** {@return whether {@code UNIX_DIAG_MEMINFO} came} */
    public boolean hasMemory() {
        return memoryOffset >= 0;
    }

    /**
     * One entry of {@code UNIX_DIAG_MEMINFO}, by its {@code SK_MEMINFO_*} index.
     *
     * @param index the entry
     * @return the value, 0 when absent
     */
    public long memory(int index) {
        return memoryOffset < 0 ? 0 : SocketMemory.entry(buffer, memoryOffset, memoryLength, index);
    }

    /** {@return a record copy of the socket} */
    public UnixSocket toUnixSocket() {
        List<Long> pending = new ArrayList<>(pendingConnectionCount());
        for (int i = 0; i < pendingConnectionCount(); i++) {
            pending.add(pendingConnection(i));
        }
        return new UnixSocket(typeRaw(), stateRaw(), inode(), cookie(), hasName() ? Optional.of(name()) : Optional.empty(),
                peerInode(), pending, receiveQueue, sendQueue, vfsInode, vfsDevice, uid, shutdown,
                hasMemory() ? Optional.of(SocketMemory.read(buffer, memoryOffset, memoryLength)) : Optional.empty(),
                otherAttributes());
    }

    private List<RawAttribute> otherAttributes() {
        List<RawAttribute> out = new ArrayList<>();
        attrs.wrap(buffer, attributesOffset, attributesLength);
        while (attrs.next()) {
            if (attrs.type() > UnixDiag.UNIX_DIAG_UID) {
                out.add(RawAttribute.copyOf(attrs));
            }
        }
        return out;
    }
}
