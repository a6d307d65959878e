package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgErr;
import io.jnetlink.core.message.NlMsgHeader;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Debug tracing of every netlink datagram a {@link NetlinkSocket} sends or receives, switched on
 * with the system property {@value #PROPERTY}{@code =true} and written through
 * {@link System.Logger} {@value #LOGGER_NAME} (no logging library needed): each message decoded
 * at {@code DEBUG}, each datagram in hex at {@code TRACE}. Like {@code ip -d monitor} or
 * {@code nlmon}/{@code strace -e trace=network}, but inside the JVM.
 *
 * <pre>
 * NETLINK_ROUTE send 52 bytes
 *   RTM_NEWLINK len=52 flags=0x605&lt;REQUEST,ACK,EXCL,CREATE&gt; seq=3 pid=0 header=16 attrs=[3=10, 18N=20]
 * NETLINK_ROUTE recv 36 bytes
 *   NLMSG_ERROR len=36 flags=0x100&lt;CAPPED&gt; seq=3 pid=4242 error=0 (ACK) for RTM_NEWLINK seq=3
 * </pre>
 * Attributes are listed as {@code type=nla_len}, with {@code N} for {@code NLA_F_NESTED} and
 * {@code B} for {@code NLA_F_NET_BYTEORDER}; only the top level of rtnetlink and nfnetlink
 * messages is decoded (other protocols: header only, the hex shows the rest).
 *
 * <p>With the default {@code java.util.logging} backend, DEBUG is {@code FINE} and TRACE is
 * {@code FINER}; let them through with, e.g., {@code io.jnetlink.trace.level = ALL} and
 * {@code java.util.logging.ConsoleHandler.level = ALL} in the file named by
 * {@code -Djava.util.logging.config.file}.
 *
 * <p>The property is read once, when this class loads; when it is off the hooks are a test of a
 * {@code static final} boolean that the JIT folds away: no string is built, nothing allocated.
 */
public final class MessageTrace {
    /** The system property that switches tracing on: {@code -Djnetlink.trace=true}. */
    public static final String PROPERTY = "jnetlink.trace";
    /** The name of the {@link System.Logger} traces go to. */
    public static final String LOGGER_NAME = "io.jnetlink.trace";
    /** Whether tracing is on ({@value #PROPERTY} was {@code true} when this class loaded). */
    public static final boolean ENABLED = Boolean.getBoolean(PROPERTY);

    private static final System.Logger LOGGER = ENABLED ? System.getLogger(LOGGER_NAME) : null;
    private static final int NLA_HEADER = 4;        // NLA_HDRLEN
    private static final int NLA_F_NESTED = 0x8000; // NLA_F_NESTED
    private static final int NLA_F_NET_BYTEORDER = 0x4000; // NLA_F_NET_BYTEORDER
    private static final int NLA_TYPE_MASK = 0x3fff; // NLA_TYPE_MASK

    static {
        if (ENABLED && !LOGGER.isLoggable(System.Logger.Level.DEBUG)) {
            LOGGER.log(System.Logger.Level.INFO, PROPERTY + "=true, but logger " + LOGGER_NAME
                    + " does not log DEBUG, so no message will show. With java.util.logging, set "
                    + LOGGER_NAME + ".level = ALL and java.util.logging.ConsoleHandler.level = ALL.");
        }
    }

    private MessageTrace() {
    }

    /** Hook of {@link NetlinkSocket#send}: call only when {@link #ENABLED}. */
    static void sent(int protocol, ByteBuffer buffer, int offset, int length) {
        log("send", protocol, buffer, offset, length);
    }

    /** Hook of {@link NetlinkSocket#receive}: call only when {@link #ENABLED}. */
    static void received(int protocol, ByteBuffer buffer, int offset, int length) {
        log("recv", protocol, buffer, offset, length);
    }

    private static void log(String direction, int protocol, ByteBuffer buffer, int offset, int length) {
        System.Logger logger = LOGGER;
        if (logger.isLoggable(System.Logger.Level.DEBUG)) {
            logger.log(System.Logger.Level.DEBUG, describe(direction, protocol, buffer, offset, length));
        }
        if (logger.isLoggable(System.Logger.Level.TRACE)) {
            logger.log(System.Logger.Level.TRACE, TraceTypes.protocolName(protocol) + " " + direction + " "
                    + length + " bytes\n" + hexDump(buffer, offset, length));
        }
    }

    /**
     * One datagram decoded: a line naming protocol, direction and size, then one line per
     * message (type name, length, flags, sequence, port id, fixed-header length, attributes).
     * Never throws: what cannot be decoded is said so in the text.
     *
     * @param direction e.g. {@code "send"} or {@code "recv"}
     * @param protocol  the netlink protocol, e.g. {@link Netlink#NETLINK_ROUTE}
     * @param buffer the buffer
     * @param offset absolute offset in the buffer
     * @param length number of bytes
     * @return one datagram decoded: a line naming protocol, direction and size, then one line per message (type name, length, flags, sequence, port id, fixed-header length, attributes)
     */
    public static String describe(String direction, int protocol, ByteBuffer buffer, int offset, int length) {
        StringBuilder s = new StringBuilder(64 + length / 4);
        s.append(TraceTypes.protocolName(protocol)).append(' ').append(direction).append(' ').append(length).append(" bytes");
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset) {
            return s.append(" (outside a buffer of ").append(buffer.capacity()).append(")").toString();
        }
        ByteBuffer b = buffer.duplicate().order(ByteOrder.nativeOrder()); // netlink headers are host order
        int at = offset;
        int end = offset + length;
        while (at < end) {
            s.append("\n  ");
            if (end - at < NlMsgHeader.LENGTH) {
                s.append("truncated header: ").append(end - at).append(" bytes at +").append(at - offset);
                break;
            }
            int len = b.getInt(at + NlMsgHeader.LENGTH_OFFSET);
            if (len < NlMsgHeader.LENGTH || len > end - at) {
                s.append("bad nlmsg_len=").append(Integer.toUnsignedString(len)).append(" at +").append(at - offset)
                        .append(" (").append(end - at).append(" bytes left)");
                break;
            }
            message(s, protocol, b, at, len);
            at += (len + NlMsgHeader.ALIGNMENT - 1) & ~(NlMsgHeader.ALIGNMENT - 1); // NLMSG_ALIGN(len)
        }
        return s.toString();
    }

    private static void message(StringBuilder s, int protocol, ByteBuffer b, int at, int len) {
        int type = b.getShort(at + NlMsgHeader.TYPE_OFFSET) & 0xffff;
        int flags = b.getShort(at + NlMsgHeader.FLAGS_OFFSET) & 0xffff;
        String name = TraceTypes.typeName(protocol, type);
        s.append(name).append(" len=").append(len)
                .append(" flags=0x").append(Integer.toHexString(flags));
        String flagNames = TraceTypes.flagNames(name, flags);
        if (!flagNames.isEmpty()) {
            s.append('<').append(flagNames).append('>');
        }
        s.append(" seq=").append(Integer.toUnsignedString(b.getInt(at + NlMsgHeader.SEQ_OFFSET)))
                .append(" pid=").append(Integer.toUnsignedString(b.getInt(at + NlMsgHeader.PORT_ID_OFFSET)));
        int payload = at + NlMsgHeader.LENGTH;
        int end = at + len;
        if (type == Netlink.NLMSG_ERROR) {
            error(s, protocol, b, payload, end, flags);
            return;
        }
        if (type == Netlink.NLMSG_DONE && end - payload >= 4) {
            errno(s, b.getInt(payload), false);
            return;
        }
        int header = TraceTypes.fixedHeaderLength(protocol, type);
        if (header == TraceTypes.UNKNOWN_HEADER || end - payload < header) {
            s.append(" payload=").append(end - payload);
            return;
        }
        s.append(" header=").append(header);
        attributes(s, b, payload + header, end, false);
    }

    private static void error(StringBuilder s, int protocol, ByteBuffer b, int payload, int end, int flags) {
        if (end - payload < NlMsgErr.LENGTH) {
            s.append(" payload=").append(end - payload).append(" (short nlmsgerr)");
            return;
        }
        errno(s, b.getInt(payload + NlMsgErr.ERROR_OFFSET), true);
        int request = payload + NlMsgErr.REQUEST_HEADER_OFFSET;
        int requestLength = b.getInt(request + NlMsgHeader.LENGTH_OFFSET);
        s.append(" for ").append(TraceTypes.typeName(protocol, b.getShort(request + NlMsgHeader.TYPE_OFFSET) & 0xffff))
                .append(" seq=").append(Integer.toUnsignedString(b.getInt(request + NlMsgHeader.SEQ_OFFSET)));
        if ((flags & Netlink.NLM_F_ACK_TLVS) == 0) {
            return;
        }
        int tlvs = payload + NlMsgErr.LENGTH;
        if ((flags & Netlink.NLM_F_CAPPED) == 0) {
            tlvs += (Math.max(requestLength, NlMsgHeader.LENGTH) - NlMsgHeader.LENGTH + 3) & ~3;
        }
        if (tlvs <= end) {
            attributes(s, b, tlvs, end, true);
        }
    }

    private static void errno(StringBuilder s, int error, boolean isAck) {
        s.append(" error=").append(error);
        if (error == 0 && isAck) {
            s.append(" (ACK)");
        } else if (error < 0) {
            s.append(' ').append(Errno.name(-error));
        }
    }

    private static void attributes(StringBuilder s, ByteBuffer b, int at, int end, boolean extendedAck) {
        s.append(" attrs=[");
        boolean first = true;
        while (end - at >= NLA_HEADER) {
            int len = b.getShort(at) & 0xffff;
            int rawType = b.getShort(at + 2) & 0xffff;
            if (!first) {
                s.append(", ");
            }
            first = false;
            if (len < NLA_HEADER || len > end - at) {
                s.append("bad nla_len=").append(len).append(" type=").append(rawType & NLA_TYPE_MASK);
                break;
            }
            s.append(rawType & NLA_TYPE_MASK);
            if ((rawType & NLA_F_NESTED) != 0) {
                s.append('N');
            }
            if ((rawType & NLA_F_NET_BYTEORDER) != 0) {
                s.append('B');
            }
            s.append('=').append(len);
            if (extendedAck && (rawType & NLA_TYPE_MASK) == NlMsgErr.ATTR_MSG) {
                s.append(" \"").append(cString(b, at + NLA_HEADER, len - NLA_HEADER)).append('"');
            }
            at += (len + 3) & ~3; // NLA_ALIGN(len)
        }
        if (end - at > 0 && end - at < NLA_HEADER) {
            s.append(first ? "" : ", ").append(end - at).append(" stray bytes");
        }
        s.append(']');
    }

    private static String cString(ByteBuffer b, int at, int max) {
        int n = 0;
        while (n < max && b.get(at + n) != 0) {
            n++;
        }
        byte[] bytes = new byte[n];
        b.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * {@code length} bytes from {@code offset} as {@code hexdump -C} prints them: offset, 16 bytes
     * in hex (a gap after eight), and the printable ASCII.
     *
     * @param buffer the buffer
     * @param offset absolute offset in the buffer
     * @param length number of bytes
     * @return {@code length} bytes from {@code offset} as {@code hexdump -C} prints them: offset, 16 bytes in hex (a gap after eight), and the printable ASCII
     */
    public static String hexDump(ByteBuffer buffer, int offset, int length) {
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset) {
            throw new IllegalArgumentException("hexDump range [" + offset + ", " + ((long) offset + length)
                    + ") outside a buffer of " + buffer.capacity());
        }
        StringBuilder s = new StringBuilder((length / 16 + 1) * 78);
        for (int line = 0; line < length; line += 16) {
            if (line > 0) {
                s.append('\n');
            }
            s.append(String.format("%08x ", line));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                if (i == 8) {
                    s.append(' ');
                }
                if (line + i < length) {
                    int v = buffer.get(offset + line + i) & 0xff;
                    s.append(' ').append(Character.forDigit(v >>> 4, 16)).append(Character.forDigit(v & 0xf, 16));
                    ascii.append(v >= 0x20 && v < 0x7f ? (char) v : '.');
                } else {
                    s.append("   ");
                }
            }
            s.append("  |").append(ascii).append('|');
        }
        return s.toString();
    }
}
