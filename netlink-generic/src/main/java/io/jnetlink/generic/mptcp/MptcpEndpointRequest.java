package io.jnetlink.generic.mptcp;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericNetlink;
import io.jnetlink.generic.GenericRequest;
import io.jnetlink.generic.ethtool.Ethtool;

import java.net.Inet4Address;
import java.net.InetAddress;

import static io.jnetlink.generic.mptcp.wire.MptcpPm.*;

/**
 * {@code ip mptcp endpoint add ADDRESS [port PORT] [dev NAME] [id ID] [signal|subflow|backup|fullmesh]}:
 * an {@code MPTCP_PM_CMD_ADD_ADDR}, its attributes in iproute2's order (byte-identical to what
 * {@code ip} sends). A device given by name is resolved to its index through ethtool's string-set
 * reply header (generic netlink itself knows no interface names).
 */
public final class MptcpEndpointRequest extends GenericRequest<MptcpEndpointRequest, Void> {
    private final InetAddress address;
    private int id;
    private int port;
    private int flags;
    private int ifindex;
    private String device;

    MptcpEndpointRequest(String address) {
        this.address = IpAddresses.parse(address, "endpoint address");
    }

    /**
     * {@code id ID}.
     *
     * @param id 1..255
     * @return this request
     * @throws IllegalArgumentException outside 1..255
     */
    public MptcpEndpointRequest id(int id) {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("endpoint id must be 1..255: " + id);
        }
        this.id = id;
        return this;
    }

    /**
     * {@code port PORT} (the kernel wants {@code signal} with it).
     *
     * @param port 1..65535
     * @return this request
     * @throws IllegalArgumentException outside 1..65535
     */
    public MptcpEndpointRequest port(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("endpoint port must be 1..65535: " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * {@code dev NAME}.
     *
     * @param name the device
     * @return this request
     * @throws IllegalArgumentException if it is not a valid interface name
     */
    public MptcpEndpointRequest dev(String name) {
        this.device = InterfaceNames.check(name, "endpoint device");
        this.ifindex = 0;
        return this;
    }

    /**
     * {@code dev} by interface index.
     *
     * @param index a positive interface index
     * @return this request
     * @throws IllegalArgumentException unless positive
     */
    public MptcpEndpointRequest dev(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("endpoint device index must be positive: " + index);
        }
        this.ifindex = index;
        this.device = null;
        return this;
    }

    /**
     * {@code signal}: announce the address to peers.
     *
     * @return this request
     */
    public MptcpEndpointRequest signal() {
        flags |= MPTCP_PM_ADDR_FLAG_SIGNAL;
        return this;
    }

    /**
     * {@code subflow}: open subflows from the address.
     *
     * @return this request
     */
    public MptcpEndpointRequest subflow() {
        flags |= MPTCP_PM_ADDR_FLAG_SUBFLOW;
        return this;
    }

    /**
     * {@code backup}.
     *
     * @return this request
     */
    public MptcpEndpointRequest backup() {
        flags |= MPTCP_PM_ADDR_FLAG_BACKUP;
        return this;
    }

    /**
     * {@code fullmesh}.
     *
     * @return this request
     */
    public MptcpEndpointRequest fullmesh() {
        flags |= MPTCP_PM_ADDR_FLAG_FULLMESH;
        return this;
    }

    @Override
    protected String familyName() {
        return MPTCP_PM_NAME;
    }

    @Override
    protected Void exchange(NetlinkConnection connection, GenericFamily family) {
        int index = ifindex;
        if (device != null) {
            index = Ethtool.driverInfo(device).apply(connection).ifindex();
        }
        int resolved = index;
        connection.request(describe(), w -> encode(w, family, resolved));
        return null;
    }

    @Override
    public void encode(MessageWriter writer, GenericFamily family) {
        if (device != null) {
            throw new IllegalStateException("a device given by name is resolved in apply(); give dev(index) to encode alone");
        }
        encode(writer, family, ifindex);
    }

    private void encode(MessageWriter w, GenericFamily family, int index) {
        int start = GenericNetlink.begin(w, family.id(), MPTCP_PM_CMD_ADD_ADDR, MPTCP_PM_VER, 0);
        int nest = w.beginNested(MPTCP_PM_ATTR_ADDR);
        if (id != 0) {
            w.putAttrU8(MPTCP_PM_ADDR_ATTR_ID, id);
        }
        w.putAttrU32(MPTCP_PM_ADDR_ATTR_FLAGS, flags);
        if (index != 0) {
            w.putAttrU32(MPTCP_PM_ADDR_ATTR_IF_IDX, index);
        }
        if (port != 0) {
            w.putAttrU16(MPTCP_PM_ADDR_ATTR_PORT, port);
        }
        boolean v4 = address instanceof Inet4Address;
        w.putAttrU16(MPTCP_PM_ADDR_ATTR_FAMILY, v4 ? AF_INET : AF_INET6);
        w.putAttrBytes(v4 ? MPTCP_PM_ADDR_ATTR_ADDR4 : MPTCP_PM_ADDR_ATTR_ADDR6, address.getAddress());
        w.endNested(nest);
        writeExtraAttributes(w);
        w.endMessage(start);
    }

    @Override
    public String describe() {
        return "MPTCP_PM_CMD_ADD_ADDR " + address.getHostAddress() + (id != 0 ? " id " + id : "");
    }
}
