package io.jnetlink.generic;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.generic.wire.GenlMsgHeader;

/**
 * The generic netlink message layer: a message is {@code nlmsghdr} (type = the family id),
 * {@code genlmsghdr} (command, version) and attributes. Family modules (ethtool, mptcp,
 * wireguard) write and read their messages through these helpers.
 */
public final class GenericNetlink {
    /** {@code GENL_HDRLEN}: the {@code genlmsghdr} in front of the attributes. */
    public static final int HEADER_LENGTH = GenlMsgHeader.LENGTH;

    private GenericNetlink() {
    }

    /**
     * Begins a message: {@code nlmsghdr} with {@code familyId} as its type, then {@code genlmsghdr}.
     *
     * @param writer  the writer
     * @param familyId the resolved family id ({@code nlmsg_type})
     * @param command the family's command ({@code genlmsghdr.cmd})
     * @param version the family's version ({@code genlmsghdr.version})
     * @param flags   extra {@code NLM_F_*} flags (the connection adds request/ack/dump)
     * @return the message's start, for {@link MessageWriter#endMessage(int)}
     */
    public static int begin(MessageWriter writer, int familyId, int command, int version, int flags) {
        int start = writer.beginMessage(familyId, flags);
        int at = writer.reserve(GenlMsgHeader.LENGTH);
        writer.putU8At(at + GenlMsgHeader.CMD_OFFSET, command);
        writer.putU8At(at + GenlMsgHeader.VERSION_OFFSET, version);
        return start;
    }

    /**
     * The command of a generic netlink message.
     *
     * @param message a message positioned at its header
     * @return {@code genlmsghdr.cmd}
     * @throws io.jnetlink.core.NetlinkDecodeException if the payload is shorter than {@code genlmsghdr}
     */
    public static int command(MessageReader message) {
        message.requirePayload(GenlMsgHeader.LENGTH, "genlmsghdr");
        return message.payloadU8(GenlMsgHeader.CMD_OFFSET);
    }

    /**
     * The version of a generic netlink message.
     *
     * @param message a message positioned at its header
     * @return {@code genlmsghdr.version}
     * @throws io.jnetlink.core.NetlinkDecodeException if the payload is shorter than {@code genlmsghdr}
     */
    public static int version(MessageReader message) {
        message.requirePayload(GenlMsgHeader.LENGTH, "genlmsghdr");
        return message.payloadU8(GenlMsgHeader.VERSION_OFFSET);
    }

    /**
     * Points {@code into} at the attributes after {@code genlmsghdr} (and a family's own fixed
     * header of {@code familyHeaderLength} bytes, 0 for most families).
     *
     * @param message            a message positioned at its header
     * @param into               the reader to reuse
     * @param familyHeaderLength the family's {@code hdrsize} (see {@link GenericFamily#headerSize()})
     * @return {@code into}
     */
    public static AttributeReader attributes(MessageReader message, AttributeReader into, int familyHeaderLength) {
        return message.attributes(into, GenlMsgHeader.LENGTH + familyHeaderLength);
    }
}
