package io.jnetlink.route.nsid;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.NsidAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The decoder of {@code RTM_NEWNSID}/{@code RTM_DELNSID} messages. Reusable; valid until the next receive. */
public final class NsIdView {
    private final AttributeReader attrs = new AttributeReader();
    private int nsid;

    /**
     * Points the view at {@code message}.
     *
     * @param message an nsid message
     * @return this view
     * @throws NetlinkDecodeException when the message or an attribute is malformed, or has no {@code NETNSA_NSID}
     */
    public NsIdView wrap(MessageReader message) {
        message.requirePayload(1, "rtgenmsg");
        boolean found = false;
        message.attributes(attrs, NsidAttrs.HEADER_LENGTH);
        while (attrs.next()) {
            if (attrs.type() == NsidAttrs.NETNSA_NSID) {
                nsid = attrs.u32();
                found = true;
            }
        }
        if (!found) {
            throw new NetlinkDecodeException("nsid message has no NETNSA_NSID", message.offset());
        }
        return this;
    }

    /** {@return {@code NETNSA_NSID} ({@code -1}: not assigned)} */
    public int nsid() {
        return nsid;
    }

    /**
     * A record copy, naming the namespace {@code name}.
     *
     * @param name the namespace's iproute2 name, if known
     * @return the record
     */
    public NsId toNsId(Optional<String> name) {
        List<RawAttribute> other = new ArrayList<>();
        attrs.rewind();
        while (attrs.next()) {
            if (attrs.type() != NsidAttrs.NETNSA_NSID) {
                other.add(RawAttribute.copyOf(attrs));
            }
        }
        return new NsId(nsid, name, other);
    }
}
