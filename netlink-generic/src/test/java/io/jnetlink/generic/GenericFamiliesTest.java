package io.jnetlink.generic;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.generic.mptcp.MptcpEndpoints;
import io.jnetlink.generic.wire.Ctrl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Resolution, its cache, the re-resolution after the family went away, and trace names, against a scripted kernel. */
class GenericFamiliesTest {

    @Test
    void shouldResolveOnceAndThenUseTheCache() {
        FakeKernel kernel = new FakeKernel().onRequest((r, reply) -> {
            if (r.type() == Ctrl.GENL_ID_CTRL) {
                FamilyReplies.family(r, reply, "mptcp_pm", 0x30, "mptcp_pm_events", 9);
            } else {
                reply.ack(r);
            }
        });
        try (NetlinkConnection c = NetlinkConnection.over(kernel)) {
            MptcpEndpoints.flush().apply(c);
            MptcpEndpoints.flush().apply(c);
            GenericFamily f = GenericFamilies.resolve(c, "mptcp_pm");
            assertSame(f, GenericFamilies.resolve(c, "mptcp_pm"));
            assertEquals(List.of(new GenericFamily.MulticastGroup("mptcp_pm_events", 9)), f.groups());
            assertEquals(List.of(Ctrl.GENL_ID_CTRL, 0x30, 0x30), kernel.requests().stream().map(FakeKernel.Request::type).toList());
            assertEquals("GENL mptcp_pm", MessageFamilies.typeName(Netlink.NETLINK_GENERIC, 0x30));
            assertEquals(4, MessageFamilies.fixedHeaderLength(Netlink.NETLINK_GENERIC, 0x30));
        }
    }

    @Test
    void shouldResolveAgainAndRetryOnceWhenTheFamilyIdWentAway() {
        AtomicInteger resolutions = new AtomicInteger();
        FakeKernel kernel = new FakeKernel().onRequest((r, reply) -> {
            if (r.type() == Ctrl.GENL_ID_CTRL) {
                // the module was reloaded between the two resolutions: a new id
                FamilyReplies.family(r, reply, "mptcp_pm", resolutions.incrementAndGet() == 1 ? 0x31 : 0x32, "g", 9);
            } else if (r.type() == 0x31) {
                reply.error(r, Errno.ENOENT);
            } else {
                reply.ack(r);
            }
        });
        try (NetlinkConnection c = NetlinkConnection.over(kernel)) {
            MptcpEndpoints.flush().apply(c);
            assertEquals(List.of(Ctrl.GENL_ID_CTRL, 0x31, Ctrl.GENL_ID_CTRL, 0x32),
                    kernel.requests().stream().map(FakeKernel.Request::type).toList());
            assertEquals(0x32, GenericFamilies.resolve(c, "mptcp_pm").id());
        }
    }

    @Test
    void shouldRethrowAnEnoentOfTheRequestItselfWhenTheIdIsUnchanged() {
        FakeKernel kernel = new FakeKernel().onRequest((r, reply) -> {
            if (r.type() == Ctrl.GENL_ID_CTRL) {
                FamilyReplies.family(r, reply, "mptcp_pm", 0x33, "g", 9);
            } else {
                reply.error(r, Errno.ENOENT, "address not found", -1, true);
            }
        });
        try (NetlinkConnection c = NetlinkConnection.over(kernel)) {
            NetlinkException e = assertThrows(NetlinkException.class, () -> MptcpEndpoints.delete(9).apply(c));
            assertEquals(Errno.ENOENT, e.errno());
            assertEquals(true, e.getMessage().contains("address not found"), e.getMessage());
            // resolved, sent, resolved again (same id), not sent again
            assertEquals(List.of(Ctrl.GENL_ID_CTRL, 0x33, Ctrl.GENL_ID_CTRL),
                    kernel.requests().stream().map(FakeKernel.Request::type).toList());
        }
    }

    @Test
    void shouldNameAFamilyTheKernelDoesNotHave() {
        FakeKernel kernel = new FakeKernel().onRequest((r, reply) -> reply.error(r, Errno.ENOENT));
        try (NetlinkConnection c = NetlinkConnection.over(kernel)) {
            NetlinkException e = assertThrows(NetlinkException.class, () -> GenericFamilies.resolve(c, "wireguard"));
            assertEquals(Errno.ENOENT, e.errno());
            assertEquals(true, e.getMessage().contains("wireguard"), e.getMessage());
        }
    }
}
