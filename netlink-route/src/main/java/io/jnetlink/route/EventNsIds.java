package io.jnetlink.route;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;

/**
 * The {@code RTM_*NSID} layout: a {@code struct rtgenmsg} (one byte, padded to 4) and
 * {@code NETNSA_*} attributes, from {@code <linux/net_namespace.h>}.
 *
 * <pre>
 *  0       1               4
 * +-------+---------------+----------------------
 * | family|    padding    | NETNSA_* attributes
 * +-------+---------------+----------------------
 * </pre>
 */
final class EventNsIds {
    /** NLMSG_ALIGN(sizeof(struct rtgenmsg)). */
    static final int RTGENMSG_LENGTH = 4;
    static final int NETNSA_NSID = 1;             // NETNSA_NSID: s32
    /** NETNSA_NSID_NOT_ASSIGNED. */
    static final int NSID_NOT_ASSIGNED = -1;

    /** {@code ip netns list-id}: {@code RTM_GETNSID} dump with family AF_UNSPEC. */
    static final RequestEncoder DUMP = w -> {
        int msg = w.beginMessage(Rtnl.RTM_GETNSID, 0);
        w.reserve(1);
        w.endMessage(msg);
    };

    private EventNsIds() {
    }

    /**
     * The {@code NETNSA_NSID} of an {@code RTM_NEWNSID}/{@code RTM_DELNSID} message.
     *
     * @throws NetlinkDecodeException if it is missing or malformed
     */
    static int nsid(MessageReader m, AttributeReader attrs) {
        m.attributes(attrs, 1);
        if (!attrs.find(NETNSA_NSID) || attrs.valueLength() < 4) {
            throw new NetlinkDecodeException("nsid message without a 4-byte NETNSA_NSID", m.offset());
        }
        return attrs.u32();
    }
}
