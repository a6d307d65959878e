package io.jnetlink.generic.mptcp;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.net.IpAddresses;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

import static io.jnetlink.generic.mptcp.wire.MptcpPm.*;

/**
 * An MPTCP path-manager endpoint, a line of {@code ip mptcp endpoint show}.
 *
 * @param id      the endpoint id (1..255)
 * @param address the local address
 * @param port    the port announced with it, 0 for none
 * @param flags   {@code MPTCP_PM_ADDR_FLAG_*}
 * @param ifindex the device it is bound to, 0 for none
 * @param unknown attributes this version does not model, kept raw
 */
public record MptcpEndpoint(int id, InetAddress address, int port, int flags, int ifindex, List<RawAttribute> unknown) {
    /**
     * Checks and copies.
     *
     * @param id the id
     * @param address the address
     * @param port the port
     * @param flags the flags
     * @param ifindex the device index
     * @param unknown unmodelled attributes
     */
    public MptcpEndpoint {
        Objects.requireNonNull(address, "address");
        unknown = List.copyOf(unknown);
    }

    /** {@return whether the address is announced to peers ({@code signal})} */
    public boolean signal() {
        return (flags & MPTCP_PM_ADDR_FLAG_SIGNAL) != 0;
    }

    /** {@return whether subflows are opened from it ({@code subflow})} */
    public boolean subflow() {
        return (flags & MPTCP_PM_ADDR_FLAG_SUBFLOW) != 0;
    }

    /** {@return whether its subflows are backups ({@code backup})} */
    public boolean backup() {
        return (flags & MPTCP_PM_ADDR_FLAG_BACKUP) != 0;
    }

    /** {@return whether it makes a full mesh of subflows ({@code fullmesh})} */
    public boolean fullmesh() {
        return (flags & MPTCP_PM_ADDR_FLAG_FULLMESH) != 0;
    }

    /** {@return whether the kernel made it itself ({@code implicit})} */
    public boolean implicit() {
        return (flags & MPTCP_PM_ADDR_FLAG_IMPLICIT) != 0;
    }

    /** {@code "10.0.0.1 port 1000 id 5 signal backup"}, like {@code ip mptcp endpoint show} without the device name. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(IpAddresses.format(address));
        if (port != 0) {
            b.append(" port ").append(port);
        }
        b.append(" id ").append(id);
        b.append(signal() ? " signal" : "").append(subflow() ? " subflow" : "").append(backup() ? " backup" : "")
                .append(fullmesh() ? " fullmesh" : "").append(implicit() ? " implicit" : "");
        if (ifindex != 0) {
            b.append(" ifindex ").append(ifindex);
        }
        return b.toString();
    }
}
