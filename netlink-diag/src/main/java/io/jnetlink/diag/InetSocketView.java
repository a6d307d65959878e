package io.jnetlink.diag;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.diag.wire.InetDiagMsg;
import io.jnetlink.diag.wire.InetDiagSockId;
import io.jnetlink.diag.wire.SockDiag;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A reusable flyweight over one inet socket of a {@code SOCK_DIAG_BY_FAMILY} reply
 * ({@code struct inet_diag_msg} and its {@code INET_DIAG_*} attributes): one line of {@code ss -tan}.
 * Wrapping and the primitive accessors allocate nothing, so a 100,000-socket dump streams through
 * {@link InetSocketQuery#forEach} without garbage.
 *
 * <p>Valid only until the next receive on the connection it came from: copy what you keep, or
 * take a {@link #toInetSocket()} record.
 */
public final class InetSocketView {
    private final AttributeReader attrs = new AttributeReader();
    private final TcpInfoView tcpInfo = new TcpInfoView();
    private ByteBuffer buffer;
    private int header;
    private int protocol;
    private int attributesOffset;
    private int attributesLength;
    private int infoOffset;
    private int infoLength;
    private int memoryOffset;
    private int memoryLength;
    private int congestionOffset;
    private int congestionLength;
    private long mark;
    private int shutdown;
    private int tos;
    private int v6only;

    /**
     * Points the view at {@code message}, an {@code inet_diag_msg}, and checks its attributes.
     *
     * @param message  the message, positioned at its header
     * @param protocol the {@code IPPROTO_*} the dump asked for (the message does not say)
     * @return this view, now over {@code message}
     * @throws NetlinkDecodeException when the message or an attribute is malformed
     */
    public InetSocketView wrap(MessageReader message, int protocol) {
        message.requirePayload(InetDiagMsg.LENGTH, "inet_diag_msg");
        buffer = message.buffer();
        header = message.payloadOffset();
        this.protocol = protocol;
        infoOffset = memoryOffset = congestionOffset = -1;
        infoLength = memoryLength = congestionLength = 0;
        mark = -1;
        shutdown = tos = v6only = -1;
        message.attributes(attrs, InetDiagMsg.LENGTH);
        attributesOffset = header + InetDiagMsg.LENGTH;
        attributesLength = message.offset() + message.length() - attributesOffset;
        while (attrs.next()) {
            switch (attrs.type()) {
                case InetDiagMsg.INET_DIAG_INFO -> {
                    infoOffset = attrs.valueOffset();
                    infoLength = attrs.valueLength();
                }
                case InetDiagMsg.INET_DIAG_SKMEMINFO -> {
                    memoryOffset = attrs.valueOffset();
                    memoryLength = attrs.valueLength();
                }
                case InetDiagMsg.INET_DIAG_CONG -> {
                    congestionOffset = attrs.valueOffset();
                    congestionLength = cString(attrs);
                }
                case InetDiagMsg.INET_DIAG_MARK -> mark = attrs.u32AsLong();
                case InetDiagMsg.INET_DIAG_SHUTDOWN -> shutdown = attrs.u8();
                case InetDiagMsg.INET_DIAG_TOS -> tos = attrs.u8();
                case InetDiagMsg.INET_DIAG_SKV6ONLY -> v6only = attrs.u8();
                case InetDiagMsg.INET_DIAG_PROTOCOL -> this.protocol = attrs.u8(); // destroy notifications say it
                default -> {
                }
            }
        }
        return this;
    }

    /** Length of a NUL-terminated string value without its NUL (all of it when none). */
    static int cString(AttributeReader a) {
        ByteBuffer b = a.buffer();
        int start = a.valueOffset();
        for (int i = 0; i < a.valueLength(); i++) {
            if (b.get(start + i) == 0) {
                return i;
            }
        }
        return a.valueLength();
    }

    /** {@return {@code idiag_family}: {@code AF_INET} (2) or {@code AF_INET6} (10)} */
    public int family() {
        return buffer.get(header + InetDiagMsg.FAMILY_OFFSET) & 0xFF;
    }

    /** {@return the {@code IPPROTO_*}: {@code INET_DIAG_PROTOCOL} when sent, else the dump's (6 TCP, 17 UDP, 136 UDP-lite, 255 raw)} */
    public int protocol() {
        return protocol;
    }

    /** {@return {@code idiag_state} ({@code TCP_*})} */
    public int stateRaw() {
        return buffer.get(header + InetDiagMsg.STATE_OFFSET) & 0xFF;
    }

    /** {@return {@code idiag_state} as a {@link TcpState}} */
    public TcpState state() {
        return TcpState.of(stateRaw());
    }

    /** {@return {@code idiag_timer}: 0 none, 1 retransmit, 2 keepalive, 3 TIME_WAIT, 4 zero-window probe} */
    public int timer() {
        return buffer.get(header + InetDiagMsg.TIMER_OFFSET) & 0xFF;
    }

    /** {@return {@code idiag_retrans}} */
    public int retransmits() {
        return buffer.get(header + InetDiagMsg.RETRANS_OFFSET) & 0xFF;
    }

    /** {@return the local port ({@code idiag_sport}), host order} */
    public int localPort() {
        return be16(id() + InetDiagSockId.SPORT_OFFSET);
    }

    /** {@return the remote port ({@code idiag_dport}), host order; 0 when unconnected} */
    public int remotePort() {
        return be16(id() + InetDiagSockId.DPORT_OFFSET);
    }

    /**
     * Copies the local address ({@code idiag_src}) into {@code out}.
     *
     * @param out at least 16 bytes
     * @return 4 for IPv4, 16 for IPv6
     */
    public int copyLocalAddress(byte[] out) {
        return copyAddress(InetDiagSockId.SRC_OFFSET, out);
    }

    /**
     * Copies the remote address ({@code idiag_dst}) into {@code out}.
     *
     * @param out at least 16 bytes
     * @return 4 for IPv4, 16 for IPv6
     */
    public int copyRemoteAddress(byte[] out) {
        return copyAddress(InetDiagSockId.DST_OFFSET, out);
    }

    /** {@return the local address; allocates} */
    public InetAddress localAddress() {
        return address(InetDiagSockId.SRC_OFFSET);
    }

    /** {@return the remote address (the wildcard when unconnected); allocates} */
    public InetAddress remoteAddress() {
        return address(InetDiagSockId.DST_OFFSET);
    }

    /** {@return {@code idiag_if}: the interface the socket is bound to, 0 for none} */
    public int interfaceIndex() {
        return buffer.getInt(id() + InetDiagSockId.IF_OFFSET);
    }

    /** {@return the socket cookie ({@code idiag_cookie[0] | idiag_cookie[1] << 32}; ss: {@code sk:} in hex)} */
    public long cookie() {
        int at = id() + InetDiagSockId.COOKIE_OFFSET;
        return (buffer.getInt(at) & 0xFFFF_FFFFL) | ((long) buffer.getInt(at + 4) << 32);
    }

    /** {@return {@code idiag_expires}: milliseconds until the timer fires} */
    public long expiresMillis() {
        return u32(InetDiagMsg.EXPIRES_OFFSET);
    }

    /** {@return {@code idiag_rqueue}: ss's Recv-Q (a listener: the accept queue's length)} */
    public long receiveQueue() {
        return u32(InetDiagMsg.RQUEUE_OFFSET);
    }

    /** {@return {@code idiag_wqueue}: ss's Send-Q (a listener: its backlog limit)} */
    public long sendQueue() {
        return u32(InetDiagMsg.WQUEUE_OFFSET);
    }

    /** {@return {@code idiag_uid}: the owner's uid in the socket's user namespace (ss -e: {@code uid:})} */
    public long uid() {
        return u32(InetDiagMsg.UID_OFFSET);
    }

    /** {@return {@code idiag_inode} (ss -e: {@code ino:}); 0 for a socket no file holds (TIME-WAIT)} */
    public long inode() {
        return u32(InetDiagMsg.INODE_OFFSET);
    }

    /** {@return whether {@code INET_DIAG_INFO} came (TCP, when {@link Extension#TCP_INFO} was asked)} */
    public boolean hasTcpInfo() {
        return infoOffset >= 0;
    }

    /** {@return the {@code tcp_info} flyweight (the same instance each time); all fields 0 when absent} */
    public TcpInfoView tcpInfo() {
        return tcpInfo.wrap(buffer, Math.max(infoOffset, 0), infoLength);
    }

    /** {@return whether {@code INET_DIAG_SKMEMINFO} came (when {@link Extension#MEMORY} was asked)} */
    public boolean hasMemory() {
        return memoryOffset >= 0;
    }

    /**
     * One entry of {@code INET_DIAG_SKMEMINFO}, by its {@code SK_MEMINFO_*} index.
     *
     * @param index {@code SK_MEMINFO_RMEM_ALLOC} (0) … {@code SK_MEMINFO_DROPS} (8), or a newer one
     * @return the value, 0 when absent
     */
    public long memory(int index) {
        return memoryOffset < 0 ? 0 : SocketMemory.entry(buffer, memoryOffset, memoryLength, index);
    }

    /** {@return whether {@code INET_DIAG_CONG} came (when {@link Extension#CONGESTION} was asked)} */
    public boolean hasCongestion() {
        return congestionOffset >= 0;
    }

    /**
     * Compares the congestion control algorithm's name without allocating.
     *
     * @param name e.g. {@code "cubic"}
     * @return whether {@code INET_DIAG_CONG} is that name
     */
    public boolean congestionEquals(CharSequence name) {
        if (congestionOffset < 0 || name.length() != congestionLength) {
            return false;
        }
        for (int i = 0; i < congestionLength; i++) {
            if ((buffer.get(congestionOffset + i) & 0xFF) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the congestion control algorithm ({@code INET_DIAG_CONG}, ss -i: {@code cubic}), "" when absent; allocates} */
    public String congestion() {
        if (congestionOffset < 0) {
            return "";
        }
        byte[] name = new byte[congestionLength];
        buffer.get(congestionOffset, name);
        return new String(name, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** {@return {@code INET_DIAG_MARK} ({@code SO_MARK}, ss -e: {@code fwmark:}), -1 when absent (the kernel sends it to CAP_NET_ADMIN only)} */
    public long mark() {
        return mark;
    }

    /** {@return {@code INET_DIAG_SHUTDOWN} ({@code sk_shutdown}: 1 receive, 2 send), -1 when absent} */
    public int shutdown() {
        return shutdown;
    }

    /** {@return {@code INET_DIAG_TOS}, -1 when absent} */
    public int tos() {
        return tos;
    }

    /** {@return {@code INET_DIAG_SKV6ONLY} ({@code IPV6_V6ONLY}), -1 when absent} */
    public int v6only() {
        return v6only;
    }

    /** {@return a record copy of the socket} */
    public InetSocket toInetSocket() {
        return new InetSocket(family(), protocol, stateRaw(), timer(), retransmits(),
                new InetSocketAddress(localAddress(), localPort()), new InetSocketAddress(remoteAddress(), remotePort()),
                interfaceIndex(), cookie(), expiresMillis(), receiveQueue(), sendQueue(), uid(), inode(),
                hasTcpInfo() ? Optional.of(tcpInfo().toTcpInfo()) : Optional.empty(),
                hasMemory() ? Optional.of(SocketMemory.read(buffer, memoryOffset, memoryLength)) : Optional.empty(),
                hasCongestion() ? Optional.of(congestion()) : Optional.empty(),
                mark >= 0 ? OptionalLong.of(mark) : OptionalLong.empty(), shutdown, otherAttributes());
    }

    /** The attributes the record does not model, kept raw. */
    private List<RawAttribute> otherAttributes() {
        List<RawAttribute> out = new ArrayList<>();
        attrs.wrap(buffer, attributesOffset, attributesLength);
        while (attrs.next()) {
            switch (attrs.type()) {
                case InetDiagMsg.INET_DIAG_INFO, InetDiagMsg.INET_DIAG_SKMEMINFO, InetDiagMsg.INET_DIAG_CONG,
                        InetDiagMsg.INET_DIAG_MARK, InetDiagMsg.INET_DIAG_SHUTDOWN, InetDiagMsg.INET_DIAG_PROTOCOL -> {
                }
                default -> out.add(RawAttribute.copyOf(attrs));
            }
        }
        return out;
    }

    private int id() {
        return header + InetDiagMsg.ID_OFFSET;
    }

    private int be16(int at) {
        return (buffer.get(at) & 0xFF) << 8 | buffer.get(at + 1) & 0xFF;
    }

    private long u32(int offset) {
        return buffer.getInt(header + offset) & 0xFFFF_FFFFL;
    }

    private int addressLength() {
        return family() == SockDiag.AF_INET6 ? 16 : 4;
    }

    private int copyAddress(int offset, byte[] out) {
        int length = addressLength();
        buffer.get(id() + offset, out, 0, length);
        return length;
    }

    private InetAddress address(int offset) {
        byte[] bytes = new byte[addressLength()];
        copyAddress(offset, bytes);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) { // 4 or 16 bytes are always an address
            throw new IllegalStateException(impossible);
        }
    }
}
