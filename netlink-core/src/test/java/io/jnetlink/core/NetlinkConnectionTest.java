package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgHeader;
import io.jnetlink.core.testing.FakeKernel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetlinkConnectionTest {
    private static final int RTM_NEWLINK = 16;
    private static final int RTM_GETLINK = 18;
    private static final int IFLA_IFNAME = 3;

    private static final RequestEncoder NEWLINK = w -> {
        int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE);
        w.reserve(16);
        w.putAttrString(IFLA_IFNAME, "veth-red");
        w.endMessage(m);
    };
    private static final RequestEncoder GETLINK = w -> {
        int m = w.beginMessage(RTM_GETLINK, 0);
        w.reserve(16);
        w.endMessage(m);
    };

    private static void link(FakeKernel.Replies reply, FakeKernel.Request request, String name, int extraFlags) {
        reply.part(request, RTM_NEWLINK, extraFlags, w -> {
            w.reserve(16);
            w.putAttrString(IFLA_IFNAME, name);
        });
    }

    private static List<String> names(NetlinkConnection c) {
        AttributeReader attrs = new AttributeReader();
        return c.dumpToList("RTM_GETLINK", GETLINK, m -> m.attributes(attrs, 16).find(IFLA_IFNAME) ? attrs.string() : null);
    }

    @Test
    void shouldSendRequestWithRequestAckFlagsAndSequenceAndAcceptAnAck() {
        FakeKernel kernel = FakeKernel.acking();
        NetlinkConnection c = NetlinkConnection.over(kernel);
        c.request("RTM_NEWLINK veth-red", NEWLINK);
        c.request("RTM_NEWLINK veth-red", NEWLINK);
        List<FakeKernel.Request> sent = kernel.requests();
        assertEquals(2, sent.size());
        FakeKernel.Request first = sent.get(0);
        assertEquals(RTM_NEWLINK, first.type());
        assertEquals(Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK | Netlink.NLM_F_CREATE, first.flags());
        assertTrue(first.sequence() > 0);
        assertEquals(first.sequence() + 1, sent.get(1).sequence());
        MessageReader r = first.reader();
        AttributeReader attrs = new AttributeReader();
        assertTrue(r.attributes(attrs, 16).find(IFLA_IFNAME));
        assertEquals("veth-red", attrs.string());
        assertEquals(0, kernel.pending());
    }

    @Test
    void shouldReportAnErrorWithoutExtendedAck() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> reply.error(q, Errno.EEXIST));
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> NetlinkConnection.over(kernel).request("RTM_NEWLINK veth-red", NEWLINK));
        assertEquals(Errno.EEXIST, e.errno());
        assertEquals("EEXIST", e.errnoName());
        assertTrue(e.isKernelError());
        assertEquals("RTM_NEWLINK veth-red", e.operation());
        assertTrue(e.kernelMessage().isEmpty());
        assertEquals(-1, e.attributeOffset());
        assertEquals(kernel.requests().get(0).sequence(), e.sequence());
        assertEquals("RTM_NEWLINK veth-red: EEXIST (File exists)", e.getMessage());
    }

    @Test
    void shouldReadExtendedAckAfterAnUncappedEcho() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) ->
                reply.error(q, Errno.EINVAL, "Attribute failed policy validation", 36, false));
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> NetlinkConnection.over(kernel).request("RTM_NEWLINK veth-red", NEWLINK));
        assertEquals(Errno.EINVAL, e.errno());
        assertEquals("Attribute failed policy validation", e.kernelMessage().orElseThrow());
        assertEquals(36, e.attributeOffset());
        assertEquals("RTM_NEWLINK veth-red: EINVAL (Invalid argument): kernel says \"Attribute failed policy validation\""
                + " [attribute at offset 36]", e.getMessage());
    }

    @Test
    void shouldReadExtendedAckAfterACappedEcho() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) ->
                reply.error(q, Errno.EOPNOTSUPP, "Unknown device type", -1, true));
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> NetlinkConnection.over(kernel).request("RTM_NEWLINK x", NEWLINK));
        assertEquals(Errno.EOPNOTSUPP, e.errno());
        assertEquals("Unknown device type", e.kernelMessage().orElseThrow());
        assertEquals(-1, e.attributeOffset());
    }

    @Test
    void shouldRejectAnErrorWhoseEchoedRequestDoesNotFit() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> reply.message(Netlink.NLMSG_ERROR,
                Netlink.NLM_F_ACK_TLVS, q.sequence(), w -> {
                    w.putU32At(w.reserve(4), -Errno.EINVAL);
                    int hdr = w.reserve(NlMsgHeader.LENGTH);
                    w.putU32At(hdr, 0x7FFFFFF0); // claims a huge echoed request
                }));
        assertThrows(NetlinkDecodeException.class, () -> NetlinkConnection.over(kernel).request("x", NEWLINK));
    }

    @Test
    void shouldDeliverRepliesBeforeTheAck() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            reply.message(RTM_NEWLINK, 0, q.sequence(), w -> {
                w.reserve(16);
                w.putAttrString(IFLA_IFNAME, "lo");
            });
            reply.ack(q);
        });
        List<Integer> types = new ArrayList<>();
        NetlinkConnection.over(kernel).request("RTM_GETLINK lo", GETLINK, m -> types.add(m.type()));
        assertEquals(List.of(RTM_NEWLINK), types);
    }

    @Test
    void shouldStreamADumpAcrossDatagramsUntilDone() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            assertTrue(q.hasFlags(Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP));
            assertFalse(q.hasFlags(Netlink.NLM_F_ACK));
            link(reply, q, "lo", 0);
            link(reply, q, "eth0", 0);
            reply.flush();
            link(reply, q, "eth1", 0);
            reply.flush();
            reply.done(q);
        });
        assertEquals(List.of("lo", "eth0", "eth1"), names(NetlinkConnection.over(kernel)));
    }

    @Test
    void shouldThrowTheErrnoCarriedByDoneWithTheKernelsText() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            link(reply, q, "lo", 0);
            reply.done(q, Errno.EMSGSIZE, "dump too large", 0);
        });
        NetlinkException e = assertThrows(NetlinkException.class, () -> names(NetlinkConnection.over(kernel)));
        assertEquals(Errno.EMSGSIZE, e.errno());
        assertTrue(e.isKernelError());
        assertEquals("dump too large", e.kernelMessage().orElseThrow());
    }

    @Test
    void shouldRetryDumpWhenKernelFlagsInterrupted() {
        AtomicInteger attempts = new AtomicInteger();
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            int attempt = attempts.incrementAndGet();
            link(reply, q, "lo", attempt == 1 ? Netlink.NLM_F_DUMP_INTR : 0);
            if (attempt < 3) {
                link(reply, q, "stale" + attempt, 0);
            } else {
                link(reply, q, "eth0", 0);
            }
            // the second attempt is only flagged on its DONE
            reply.done(q, 0, null, attempt == 2 ? Netlink.NLM_F_DUMP_INTR : 0);
        });
        NetlinkConnection c = NetlinkConnection.over(kernel);
        AtomicInteger restarts = new AtomicInteger();
        List<String> seen = new ArrayList<>();
        AttributeReader attrs = new AttributeReader();
        c.dump("RTM_GETLINK", GETLINK, new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader m) {
                seen.add(m.attributes(attrs, 16).find(IFLA_IFNAME) ? attrs.string() : "?");
                return true;
            }

            @Override
            public void onRestart() {
                restarts.incrementAndGet();
                seen.clear();
            }
        });
        assertEquals(2, restarts.get());
        assertEquals(3, attempts.get());
        assertEquals(List.of("lo", "eth0"), seen);
        List<FakeKernel.Request> sent = kernel.requests();
        assertTrue(sent.get(0).sequence() != sent.get(1).sequence(), "each attempt gets its own sequence number");
    }

    @Test
    void shouldGiveUpOnADumpInterruptedEveryTime() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            link(reply, q, "lo", Netlink.NLM_F_DUMP_INTR);
            reply.done(q, 0, null, Netlink.NLM_F_DUMP_INTR);
        });
        AtomicInteger restarts = new AtomicInteger();
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> NetlinkConnection.over(kernel).dump("RTM_GETLINK", GETLINK, new MessageHandler() {
                    @Override
                    public boolean onMessage(MessageReader message) {
                        return true;
                    }

                    @Override
                    public void onRestart() {
                        restarts.incrementAndGet();
                    }
                }));
        assertEquals(Errno.EINTR, e.errno());
        assertEquals(NetlinkConnection.DUMP_ATTEMPTS, kernel.requests().size());
        assertEquals(NetlinkConnection.DUMP_ATTEMPTS - 1, restarts.get());
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    }

    @Test
    void shouldIgnoreStaleRepliesWithOtherSequenceNumbers() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            reply.message(Netlink.NLMSG_ERROR, 0, q.sequence() - 1, w -> w.putU32At(w.reserve(4), -Errno.EPERM));
            link(reply, new FakeKernel.Request(q.type(), q.flags(), q.sequence() + 7, 0, q.bytes()), "ghost", 0);
            reply.flush();
            reply.message(Netlink.NLMSG_DONE, Netlink.NLM_F_MULTI, 0, w -> w.putU32At(w.reserve(4), 0)); // a notification-like seq 0
            link(reply, q, "lo", 0);
            reply.done(q);
        });
        assertEquals(List.of("lo"), names(NetlinkConnection.over(kernel)));
    }

    @Test
    void shouldDrainTheRestOfADumpAfterAnEarlyStop() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            if (q.type() == RTM_GETLINK) {
                link(reply, q, "a", 0);
                reply.flush();
                link(reply, q, "b", 0);
                reply.flush();
                reply.done(q);
            } else {
                reply.ack(q);
            }
        });
        NetlinkConnection c = NetlinkConnection.over(kernel);
        List<Integer> seen = new ArrayList<>();
        c.dump("RTM_GETLINK", GETLINK, m -> {
            seen.add(m.type());
            return false;
        });
        assertEquals(1, seen.size());
        assertEquals(0, kernel.pending(), "the rest of the dump was drained");
        c.request("RTM_NEWLINK", NEWLINK);
    }

    @Test
    void shouldTimeOutWithETimedOutWhenTheKernelIsSilent() {
        NetlinkConnection c = NetlinkConnection.over(new FakeKernel()).replyTimeoutMillis(50);
        NetlinkException e = assertThrows(NetlinkException.class, () -> c.request("RTM_NEWLINK", NEWLINK));
        assertEquals(Errno.ETIMEDOUT, e.errno());
        assertFalse(e.isKernelError());
    }

    @Test
    void shouldRefuseAnEncoderThatDidNotEndItsMessage() {
        FakeKernel kernel = FakeKernel.acking();
        NetlinkConnection c = NetlinkConnection.over(kernel);
        assertThrows(IllegalStateException.class, () -> c.request("x", w -> w.beginMessage(RTM_NEWLINK, 0)));
        assertThrows(IllegalStateException.class, () -> c.request("x", w -> { }));
        assertEquals(0, kernel.datagrams().size(), "nothing was sent");
    }

    @Test
    void shouldReportBatchFailuresByIndexAndMatchEveryAck() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            AttributeReader attrs = new AttributeReader();
            assertTrue(q.reader().attributes(attrs, 16).find(IFLA_IFNAME));
            String name = attrs.string();
            if (name.equals("bad3") || name.equals("bad250")) {
                reply.error(q, Errno.EEXIST, "exists " + name, -1, true);
            } else {
                reply.ack(q);
            }
        });
        MessageWriter batch = new MessageWriter();
        for (int i = 0; i < 300; i++) {
            int m = batch.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE);
            batch.reserve(16);
            batch.putAttrString(IFLA_IFNAME, (i == 3 || i == 250 ? "bad" : "ok") + i);
            batch.endMessage(m);
        }
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class,
                () -> NetlinkConnection.over(kernel).batch("RTM_NEWLINK", batch));
        assertEquals(300, e.batchSize());
        assertEquals(List.of(3, 250), e.failures().stream().map(NetlinkBatchException.Failure::index).toList());
        assertEquals("exists bad250", e.failures().get(1).error().kernelMessage().orElseThrow());
        assertEquals("RTM_NEWLINK #3", e.failures().get(0).error().operation());
        assertEquals(Errno.EEXIST, e.errno());
        assertEquals(300, kernel.requests().size());
        assertTrue(kernel.datagrams().size() >= 3, "sent in windows, not one datagram: " + kernel.datagrams().size());
        assertTrue(kernel.requests().stream().allMatch(q -> q.hasFlags(Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK)));
        assertEquals(300, kernel.requests().stream().mapToInt(FakeKernel.Request::sequence).distinct().count());
    }

    @Test
    void shouldSendATransactionAsOneDatagramAndCollectErrorsOfUnackedMessages() {
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            if (q.type() == 0x20) {
                reply.error(q, Errno.ENOENT, "no such table", -1, true);
            } else if (q.hasFlags(Netlink.NLM_F_ACK)) {
                reply.ack(q);
            }
        });
        MessageWriter tx = new MessageWriter();
        int b = tx.beginMessage(0x10, 0);
        tx.endMessage(b);
        int m1 = tx.beginMessage(0x20, 0); // no ACK asked, but fails
        tx.endMessage(m1);
        int m2 = tx.beginMessage(0x21, Netlink.NLM_F_ACK);
        tx.endMessage(m2);
        int e1 = tx.beginMessage(0x11, 0);
        tx.endMessage(e1);
        NetlinkConnection c = NetlinkConnection.over(kernel).replyTimeoutMillis(5_000);
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class,
                () -> c.transaction("nft", tx, i -> "message " + i));
        assertEquals(1, kernel.datagrams().size());
        assertEquals(1, e.failures().size());
        assertEquals(1, e.failures().get(0).index());
        assertEquals("message 1", e.failures().get(0).error().operation());
    }

    @Test
    void shouldHandTransactionEchoesToTheHandlerAndStopWaitingOnceAnAbortReportsAnError() {
        // the "kernel" echoes message 1, fails message 2, and (as an aborted batch may) never ACKs message 3
        FakeKernel kernel = new FakeKernel().onRequest((q, reply) -> {
            if (q.type() == 0x21) {
                reply.message(0x21, 0, q.sequence(), w -> w.putAttrU32(7, 99)).ack(q);
            } else if (q.type() == 0x22) {
                reply.error(q, Errno.ENOENT, "No such file or directory", -1, true);
            }
        });
        MessageWriter tx = new MessageWriter();
        for (int type : new int[] {0x10, 0x21, 0x22, 0x23, 0x11}) {
            int m = tx.beginMessage(type, type == 0x10 || type == 0x11 ? 0 : Netlink.NLM_F_ACK | Netlink.NLM_F_ECHO);
            tx.endMessage(m);
        }
        NetlinkConnection c = NetlinkConnection.over(kernel).replyTimeoutMillis(5_000);
        List<Integer> echoed = new ArrayList<>();
        AttributeReader attrs = new AttributeReader();
        long start = System.nanoTime();
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class, () -> c.transaction("nft", tx,
                i -> "message " + i, m -> {
                    m.attributes(attrs, 0);
                    assertTrue(attrs.find(7));
                    echoed.add(attrs.u32());
                    return true;
                }));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_000, "waited " + millis + " ms for ACKs an aborted transaction never sends");
        assertEquals(List.of(99), echoed);
        assertEquals(1, e.failures().size());
        assertEquals(2, e.failures().get(0).index());
        assertEquals("No such file or directory", e.failures().get(0).error().kernelMessage().orElseThrow());
    }

    @Test
    void shouldNotWaitForATransactionWithoutAckedMessages() {
        FakeKernel kernel = FakeKernel.acking();
        MessageWriter tx = new MessageWriter();
        for (int i = 0; i < 3; i++) {
            int m = tx.beginMessage(0x10 + i, 0);
            tx.endMessage(m);
        }
        NetlinkConnection c = NetlinkConnection.over(kernel).replyTimeoutMillis(3_000);
        long start = System.nanoTime();
        c.transaction("nft", tx, i -> "message " + i);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_000, "returned after " + millis + " ms");
        assertEquals(1, kernel.datagrams().size());
    }

    @Test
    void shouldFailPromptlyWhenClosedFromAnotherThreadDuringAReceive() throws Exception {
        FakeKernel kernel = new FakeKernel();
        NetlinkConnection c = NetlinkConnection.over(kernel).replyTimeoutMillis(60_000);
        java.util.concurrent.CompletableFuture<Throwable> failure = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                c.request("RTM_NEWLINK", NEWLINK);
                failure.complete(null);
            } catch (Throwable e) {
                failure.complete(e);
            }
        });
        t.start();
        while (kernel.datagrams().isEmpty()) {
            Thread.sleep(5);
        }
        long start = System.nanoTime();
        c.close();
        Throwable e = failure.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(e instanceof NetlinkException, String.valueOf(e));
        assertEquals(Errno.EBADF, ((NetlinkException) e).errno());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000);
        assertFalse(c.isOpen());
    }

    @Test
    void shouldExposeTheTransportAndRefuseSocketAccessOverAFake() {
        FakeKernel kernel = new FakeKernel();
        NetlinkConnection c = NetlinkConnection.over(kernel);
        assertTrue(c.transport() == kernel);
        assertThrows(IllegalStateException.class, c::socket);
    }
}
