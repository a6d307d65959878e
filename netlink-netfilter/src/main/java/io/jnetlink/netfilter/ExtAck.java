package io.jnetlink.netfilter;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgErr;
import io.jnetlink.core.message.NlMsgHeader;

/** Turns an {@code NLMSG_ERROR} with an errno into a NetlinkException carrying the kernel's extended-ACK text. */
final class ExtAck {
    private ExtAck() {
    }

    static NetlinkException error(MessageReader m, String operation, int errno) {
        String text = null;
        int offset = -1;
        if ((m.flags() & Netlink.NLM_F_ACK_TLVS) != 0) {
            m.requirePayload(NlMsgErr.LENGTH, "nlmsgerr");
            int echoed = m.payloadU32(NlMsgErr.REQUEST_HEADER_OFFSET + NlMsgHeader.LENGTH_OFFSET);
            boolean capped = (m.flags() & Netlink.NLM_F_CAPPED) != 0;
            int start = NlMsgErr.REQUEST_HEADER_OFFSET + (capped ? NlMsgHeader.LENGTH : NlMsgHeader.align(echoed));
            if (start < 0 || start > m.payloadLength()) {
                throw new NetlinkDecodeException("extended ACK attributes start past the end of the error message", m.offset());
            }
            AttributeReader a = new AttributeReader().wrap(m.buffer(), m.payloadOffset() + start, m.payloadLength() - start);
            while (a.next()) {
                if (a.type() == NlMsgErr.ATTR_MSG) {
                    text = a.string();
                } else if (a.type() == NlMsgErr.ATTR_OFFS) {
                    offset = a.u32();
                }
            }
        }
        return NetlinkException.kernel(operation, errno, text, offset, m.sequence());
    }
}
