package io.jnetlink.generic.mptcp;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.generic.GenericNetlink;

import java.util.ArrayList;
import java.util.List;

import static io.jnetlink.generic.mptcp.wire.MptcpPm.*;

/** The decoder of the {@code MPTCP_PM_CMD_GET_LIMITS} reply. Valid until the next receive. */
public final class MptcpLimitsView {
    private final AttributeReader attrs = new AttributeReader();
    private MessageReader message;

    /**
     * Points the view at a limits message.
     *
     * @param message the message, positioned at its header
     * @return this view
     */
    public MptcpLimitsView wrap(MessageReader message) {
        this.message = message;
        return this;
    }

    /**
     * Copies the limits out of the message.
     *
     * @return the limits
     * @throws io.jnetlink.core.NetlinkDecodeException if the message is malformed
     */
    public MptcpLimits toMptcpLimits() {
        GenericNetlink.attributes(message, attrs, 0);
        long subflows = 0;
        long addAddr = 0;
        List<RawAttribute> unknown = new ArrayList<>();
        while (attrs.next()) {
            switch (attrs.type()) {
                case MPTCP_PM_ATTR_SUBFLOWS -> subflows = attrs.u32AsLong();
                case MPTCP_PM_ATTR_RCV_ADD_ADDRS -> addAddr = attrs.u32AsLong();
                default -> unknown.add(RawAttribute.copyOf(attrs));
            }
        }
        return new MptcpLimits(subflows, addAddr, unknown);
    }
}
