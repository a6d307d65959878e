package io.jnetlink.core.testing;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.TestNative;
import io.jnetlink.core.message.Netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A second user-space netlink socket that impersonates the kernel towards a victim socket: it is
 * {@code connect(2)}ed to the victim's port id and sends it forged ACKs, errors and dump replies
 * for chosen sequence numbers. Its sender port id is its own (never 0), which is how the victim
 * must recognise and drop it. For the isolation tests of every module (core test-jar).
 */
public final class IsolationForger implements AutoCloseable {
    private static final int RTM_NEWLINK = 16;   // RTM_NEWLINK
    private static final int RTM_NEWADDR = 20;   // RTM_NEWADDR
    private static final int IFLA_IFNAME = 3;    // IFLA_IFNAME
    private final NetlinkSocket socket;
    private final ByteBuffer out = ByteBuffer.allocateDirect(512).order(ByteOrder.nativeOrder());
    private long sent;
    private long refused;

    /** A forger connected to {@code victimPortId} (opened in the calling thread's namespace). */
    public IsolationForger(int protocol, int victimPortId) {
        socket = NetlinkSocket.open(protocol);
        try {
            TestNative.connectNetlink(socket, victimPortId);
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The forger's own port id (the sender the victim sees). */
    public int portId() {
        return socket.portId();
    }

    /**
     * One datagram answering sequence {@code seq} in every way at once: a multipart RTM_NEWLINK
     * and RTM_NEWADDR named "forged", an NLMSG_DONE, an NLMSG_ERROR -EPERM and a bare ACK.
     * Returns false when the victim's queue was full (the datagram was not delivered).
     */
    public synchronized boolean forge(int seq, int victimPortId) {
        out.clear();
        int at = 0;
        at = message(at, RTM_NEWLINK, Netlink.NLM_F_MULTI, seq, victimPortId, 16, true);
        at = message(at, RTM_NEWADDR, Netlink.NLM_F_MULTI, seq, victimPortId, 8, true);
        at = message(at, Netlink.NLMSG_DONE, Netlink.NLM_F_MULTI, seq, victimPortId, 4, false);
        int err = at;
        at = message(at, Netlink.NLMSG_ERROR, 0, seq, victimPortId, 20, false);
        out.putInt(err + 16, -Errno.EPERM);
        out.putInt(err + 20, 16);
        out.putInt(err + 28, seq);
        at = message(at, Netlink.NLMSG_ERROR, 0, seq, victimPortId, 20, false); // errno 0: an ACK
        out.putInt(at - 20 + 4, 16);
        try {
            socket.send(out, 0, at);
            sent++;
            return true;
        } catch (NetlinkException full) { // EAGAIN/ENOBUFS/ECONNREFUSED: the victim's queue is full or it is gone
            refused++;
            return false;
        }
    }

    private int message(int at, int type, int flags, int seq, int port, int fixed, boolean name) {
        int start = at;
        byte[] forged = "forged".getBytes(StandardCharsets.US_ASCII);
        int length = 16 + fixed + (name ? 4 + 8 : 0);
        for (int i = 0; i < length; i++) {
            out.put(start + i, (byte) 0);
        }
        out.putInt(start, length);
        out.putShort(start + 4, (short) type);
        out.putShort(start + 6, (short) flags);
        out.putInt(start + 8, seq);
        out.putInt(start + 12, port);
        if (name) {
            int a = start + 16 + fixed;
            out.putShort(a, (short) (4 + forged.length + 1));
            out.putShort(a + 2, (short) (type == RTM_NEWLINK ? IFLA_IFNAME : 3 /* IFA_LABEL */));
            out.put(a + 4, forged);
        }
        return start + length;
    }

    /** Datagrams delivered to the victim's queue. */
    public synchronized long sent() {
        return sent;
    }

    /** Datagrams the kernel refused (victim queue full). */
    public synchronized long refused() {
        return refused;
    }

    @Override
    public void close() {
        socket.close();
    }
}
