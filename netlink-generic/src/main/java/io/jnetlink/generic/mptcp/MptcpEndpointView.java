package io.jnetlink.generic.mptcp;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.generic.GenericNetlink;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import static io.jnetlink.generic.mptcp.wire.MptcpPm.*;

/** The decoder of {@code MPTCP_PM_CMD_GET_ADDR} replies. Valid until the next receive. */
public final class MptcpEndpointView {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader addr = new AttributeReader();
    private MessageReader message;

    /**
     * Points the view at an endpoint message.
     *
     * @param message the message, positioned at its header
     * @return this view
     */
    public MptcpEndpointView wrap(MessageReader message) {
        this.message = message;
        return this;
    }

    /**
     * Copies the endpoint out of the message.
     *
     * @return the endpoint
     * @throws NetlinkDecodeException if the message is malformed or has no address
     */
    public MptcpEndpoint toMptcpEndpoint() {
        GenericNetlink.attributes(message, attrs, 0);
        if (!attrs.find(MPTCP_PM_ATTR_ADDR)) {
            throw new NetlinkDecodeException("mptcp endpoint without MPTCP_PM_ATTR_ADDR", message.offset());
        }
        attrs.nested(addr);
        int id = 0;
        InetAddress address = null;
        int port = 0;
        int flags = 0;
        int ifindex = 0;
        List<RawAttribute> unknown = new ArrayList<>();
        while (addr.next()) {
            switch (addr.type()) {
                case MPTCP_PM_ADDR_ATTR_FAMILY -> addr.u16(); // implied by the address attribute
                case MPTCP_PM_ADDR_ATTR_ID -> id = addr.u8();
                case MPTCP_PM_ADDR_ATTR_ADDR4, MPTCP_PM_ADDR_ATTR_ADDR6 -> address = addr.inetAddress();
                case MPTCP_PM_ADDR_ATTR_PORT -> port = addr.u16();
                case MPTCP_PM_ADDR_ATTR_FLAGS -> flags = addr.u32();
                case MPTCP_PM_ADDR_ATTR_IF_IDX -> ifindex = addr.u32();
                default -> unknown.add(RawAttribute.copyOf(addr));
            }
        }
        if (address == null) {
            throw new NetlinkDecodeException("mptcp endpoint " + id + " without an address", message.offset());
        }
        return new MptcpEndpoint(id, address, port, flags, ifindex, unknown);
    }
}
