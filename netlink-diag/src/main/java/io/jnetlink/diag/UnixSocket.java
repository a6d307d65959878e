package io.jnetlink.diag;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Optional;

/**
 * One UNIX socket, as a line of {@code ss -xa} shows it; made by {@link UnixSocketView#toUnixSocket()}.
 *
 * @param typeRaw            {@code udiag_type} ({@code SOCK_STREAM} 1, {@code SOCK_DGRAM} 2, {@code SOCK_SEQPACKET} 5)
 * @param stateRaw           {@code udiag_state}
 * @param inode              the socket's inode (ss: Port column)
 * @param cookie             the socket cookie
 * @param name               the bound name as ss prints it ({@code @name} when abstract), empty when unbound
 * @param peerInode          the peer's inode, 0 when unconnected (ss: Peer Port column)
 * @param pendingConnections inodes of connections waiting in a listener's queue
 * @param receiveQueue       Recv-Q, -1 when absent
 * @param sendQueue          Send-Q, -1 when absent
 * @param vfsInode           inode of the bound file, -1 when absent
 * @param vfsDevice          device of the bound file, -1 when absent
 * @param uid                the owner's uid, -1 when absent
 * @param shutdown           {@code sk_shutdown}, -1 when absent
 * @param memory             {@code skmem} when asked
 * @param otherAttributes    attributes not modelled, kept raw
 */
public record UnixSocket(int typeRaw, int stateRaw, long inode, long cookie, Optional<String> name, long peerInode,
                         List<Long> pendingConnections, long receiveQueue, long sendQueue, long vfsInode, long vfsDevice,
                         long uid, int shutdown, Optional<SocketMemory> memory, List<RawAttribute> otherAttributes) {
    /**
     * Copies the lists.
     *
     * @param typeRaw            {@code udiag_type}
     * @param stateRaw           {@code udiag_state}
     * @param inode              the socket's inode
     * @param cookie             the socket cookie
     * @param name               the bound name
     * @param peerInode          the peer's inode
     * @param pendingConnections waiting connections
     * @param receiveQueue       Recv-Q
     * @param sendQueue          Send-Q
     * @param vfsInode           inode of the bound file
     * @param vfsDevice          device of the bound file
     * @param uid                the owner's uid
     * @param shutdown           {@code sk_shutdown}
     * @param memory             {@code skmem}
     * @param otherAttributes    attributes not modelled
     */
    public UnixSocket {
        pendingConnections = List.copyOf(pendingConnections);
        otherAttributes = List.copyOf(otherAttributes);
    }

    /** {@return the type} */
    public UnixSocketType type() {
        return UnixSocketType.of(typeRaw);
    }

    /** {@return the state} */
    public TcpState state() {
        return TcpState.of(stateRaw);
    }
}
