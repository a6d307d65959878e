package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;

/** What every nf_tables message decoder starts with: the nfgenmsg family, the attributes, errors. */
final class NftMessages {
    private NftMessages() {
    }

    /** {@return the nftables family of the message's nfgenmsg; NetlinkDecodeException when unknown} */
    static Family family(MessageReader m) {
        m.requirePayload(NfGenMsg.NFGENMSG_LENGTH, "nfgenmsg");
        int f = m.payloadU8(NfGenMsg.FAMILY_OFFSET);
        Family family = Family.ofValue(f);
        if (family == null) {
            throw new NetlinkDecodeException("unknown nftables family " + f, m.offset());
        }
        return family;
    }

    /** {@return a reader over the attributes after the nfgenmsg} */
    static AttributeReader attrs(MessageReader m) {
        return m.attributes(new AttributeReader(), NfGenMsg.NFGENMSG_LENGTH);
    }

    /** {@return the error for a message that lacks {@code what}} */
    static NetlinkDecodeException missing(MessageReader m, String what) {
        return new NetlinkDecodeException(NftAttrs.messageName(NfGenMsg.message(m.type())) + " without " + what, m.offset());
    }
}
