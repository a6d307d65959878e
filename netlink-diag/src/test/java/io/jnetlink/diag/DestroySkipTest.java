package io.jnetlink.diag;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.diag.wire.InetDiagMsg;
import io.jnetlink.diag.wire.InetDiagReq;
import io.jnetlink.diag.wire.SockDiag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code destroy()}'s error policy, against a fake kernel that lists two IPv4 TCP sockets (local
 * ports 1 and 2) and answers each {@code SOCK_DESTROY} with the errno chosen per port: like
 * {@code ss -K}, ENOENT and EOPNOTSUPP are skipped, but EOPNOTSUPP for every socket is raised.
 */
class DestroySkipTest {
    private static NetlinkConnection kernel(int errnoForPort1, int errnoForPort2) {
        FakeKernel fake = new FakeKernel().onRequest((request, reply) -> {
            if (request.type() == SockDiag.SOCK_DIAG_BY_FAMILY) {
                if (request.reader().payloadU8(InetDiagReq.FAMILY_OFFSET) == SockDiag.AF_INET) {
                    for (int port = 1; port <= 2; port++) {
                        int p = port;
                        reply.part(request, SockDiag.SOCK_DIAG_BY_FAMILY, 0, w -> {
                            int h = w.reserve(InetDiagMsg.LENGTH);
                            w.putU8At(h + InetDiagMsg.FAMILY_OFFSET, SockDiag.AF_INET).putU8At(h + InetDiagMsg.STATE_OFFSET, 1);
                            w.putU16BeAt(h + InetDiagMsg.ID_OFFSET, p);
                        });
                    }
                }
                reply.done(request);
            } else if (request.type() == SockDiag.SOCK_DESTROY) {
                int port = request.reader().payloadU16Be(InetDiagReq.ID_OFFSET);
                int errno = port == 1 ? errnoForPort1 : errnoForPort2;
                if (errno == 0) {
                    reply.ack(request);
                } else {
                    reply.error(request, errno);
                }
            }
        });
        return NetlinkConnection.over(fake);
    }

    @Test
    void shouldSkipSocketsGoneOrNotDestroyable() {
        assertEquals(1, Sockets.tcp().destroy(kernel(Errno.EOPNOTSUPP, 0)));
        assertEquals(1, Sockets.tcp().destroy(kernel(0, Errno.ENOENT)));
        assertEquals(2, Sockets.tcp().destroy(kernel(0, 0)));
        assertEquals(0, Sockets.tcp().destroy(kernel(Errno.ENOENT, Errno.ENOENT)), "all gone: nothing to do, no error");
    }

    @Test
    void shouldRaiseWhenNoSocketCouldBeDestroyed() {
        NetlinkException e = assertThrows(NetlinkException.class, () -> Sockets.tcp().destroy(kernel(Errno.EOPNOTSUPP, Errno.EOPNOTSUPP)));
        assertEquals(Errno.EOPNOTSUPP, e.errno());
        assertEquals(Errno.EPERM, assertThrows(NetlinkException.class, () -> Sockets.tcp().destroy(kernel(0, Errno.EPERM))).errno());
        assertEquals(Netlink.NETLINK_SOCK_DIAG, Sockets.tcp().protocol());
    }
}
