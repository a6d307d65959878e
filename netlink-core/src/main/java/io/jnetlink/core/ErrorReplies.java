package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgErr;
import io.jnetlink.core.message.NlMsgHeader;

/**
 * Turns a kernel error reply into a {@link NetlinkException}: the errno, and when
 * {@code NLM_F_ACK_TLVS} says so, the extended-ACK text ({@code NLMSGERR_ATTR_MSG}) and the
 * offending attribute's offset ({@code NLMSGERR_ATTR_OFFS}). Handles {@code NLMSG_ERROR} with and
 * without {@code NLM_F_CAPPED} (the echoed request is skipped by its own length, checked against
 * the payload) and the {@code NLMSG_DONE} of a failed dump (attributes right after the errno).
 */
public final class ErrorReplies {
    private ErrorReplies() {
    }

    /**
     * The exception for the error reply {@code reply} is positioned at.
     *
     *
     * @param reply     positioned at an {@code NLMSG_ERROR} or {@code NLMSG_DONE} carrying an errno
     * @param operation names the request, e.g. {@code "RTM_NEWLINK veth-red"}
     * @return the exception to throw, with the kernel's extended ACK message when present
     * @throws NetlinkDecodeException if the reply's lengths do not hold together
     */
    public static NetlinkException decode(MessageReader reply, String operation) {
        int errno = -reply.payloadU32(NlMsgErr.ERROR_OFFSET);
        return decode(reply, new AttributeReader(), operation, errno, reply.sequence());
    }

    /**
     * As {@link #decode(MessageReader, String)}, with the errno already read and a reusable
     * attribute reader.
     *
     * @param reply the {@code NLMSG_ERROR} message
     * @param errorAttributes a reusable reader for the extended ACK attributes
     * @param operation the operation name for errors
     * @param errno the errno, positive
     * @param seq the sequence number of the request
     * @return the exception to throw, with the kernel's extended ACK message when present
     */
    public static NetlinkException decode(MessageReader reply, AttributeReader errorAttributes, String operation, int errno,
                                          int seq) {
        String text = null;
        int offset = -1;
        if ((reply.flags() & Netlink.NLM_F_ACK_TLVS) != 0) {
            int tlvStart;
            if (reply.type() == Netlink.NLMSG_ERROR) {
                reply.requirePayload(NlMsgErr.LENGTH, "nlmsgerr");
                int echoedLength = reply.payloadU32(NlMsgErr.REQUEST_HEADER_OFFSET + NlMsgHeader.LENGTH_OFFSET);
                boolean capped = (reply.flags() & Netlink.NLM_F_CAPPED) != 0;
                if (!capped && (echoedLength < NlMsgHeader.LENGTH
                        || echoedLength > reply.payloadLength() - NlMsgErr.REQUEST_HEADER_OFFSET)) {
                    throw new NetlinkDecodeException("error message echoes a request of length "
                            + Integer.toUnsignedString(echoedLength) + " that does not fit its payload of "
                            + reply.payloadLength(), reply.offset());
                }
                tlvStart = Math.min(reply.payloadLength(), NlMsgErr.REQUEST_HEADER_OFFSET
                        + (capped ? NlMsgHeader.LENGTH : NlMsgHeader.align(echoedLength)));
            } else {
                tlvStart = 4;
            }
            if (tlvStart > reply.payloadLength()) {
                throw new NetlinkDecodeException("extended ACK attributes start past the end of the error message: start="
                        + tlvStart + " payload=" + reply.payloadLength(), reply.offset());
            }
            errorAttributes.wrap(reply.buffer(), reply.payloadOffset() + tlvStart, reply.payloadLength() - tlvStart);
            while (errorAttributes.next()) {
                if (errorAttributes.type() == NlMsgErr.ATTR_MSG) {
                    text = errorAttributes.string();
                } else if (errorAttributes.type() == NlMsgErr.ATTR_OFFS && errorAttributes.valueLength() >= 4) {
                    offset = errorAttributes.u32();
                }
            }
        }
        return NetlinkException.kernel(operation, errno, text, offset, seq);
    }

}
