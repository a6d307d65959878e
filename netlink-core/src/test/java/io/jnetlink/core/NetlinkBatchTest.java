package io.jnetlink.core;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.FakeKernel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link NetlinkBatch} and the lazily described {@link NetlinkConnection#request(RequestEncoder)}. */
class NetlinkBatchTest {
    private static final int RTM_NEWLINK = 16;
    private static final int IFLA_IFNAME = 3;

    /** A request object as the library's requests are: encodes itself, counts describe() calls. */
    private static final class Named implements RequestEncoder {
        final String name;
        final AtomicInteger described = new AtomicInteger();

        Named(String name) {
            this.name = name;
        }

        @Override
        public void encode(MessageWriter w) {
            int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_CREATE);
            w.reserve(16);
            w.putAttrString(IFLA_IFNAME, name);
            w.endMessage(m);
        }

        @Override
        public String describe() {
            described.incrementAndGet();
            return "RTM_NEWLINK " + name;
        }
    }

    private static FakeKernel refusing(String name, int errno) {
        return new FakeKernel().onRequest((request, reply) -> {
            boolean refused = request.reader().attributes(new io.jnetlink.core.message.AttributeReader(), 16)
                    .find(IFLA_IFNAME) && new String(request.bytes(), java.nio.charset.StandardCharsets.US_ASCII).contains(name);
            if (refused) {
                reply.error(request, errno);
            } else if (request.hasFlags(Netlink.NLM_F_ACK)) {
                reply.ack(request);
            }
        });
    }

    @Test
    void shouldNotDescribeASuccessfulRequestAndNameAFailedOneByItsDescription() {
        FakeKernel kernel = refusing("bad0", Errno.EEXIST);
        NetlinkConnection c = NetlinkConnection.over(kernel);
        Named ok = new Named("good0");
        c.request(ok);
        c.request(ok);
        assertEquals(0, ok.described.get(), "describe() is for errors only");
        Named bad = new Named("bad0");
        NetlinkException e = assertThrows(NetlinkException.class, () -> c.request(bad));
        assertEquals(Errno.EEXIST, e.errno());
        assertEquals(1, bad.described.get());
        assertTrue(e.getMessage().contains("RTM_NEWLINK bad0"), e.getMessage());
        assertEquals(3, kernel.requests().size());
    }

    @Test
    void shouldSendEveryAddedRequestAckedAndNumberedAndReportFailuresByIndexAndDescription() {
        FakeKernel kernel = refusing("bad1", Errno.ENODEV);
        NetlinkConnection c = NetlinkConnection.over(kernel);
        NetlinkBatch batch = NetlinkBatch.on(c);
        List<Named> requests = List.of(new Named("a"), new Named("bad1"), new Named("c"));
        requests.forEach(batch::add);
        assertEquals(3, batch.size());
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class, batch::apply);
        assertEquals(1, e.failures().size());
        assertEquals(1, e.failures().get(0).index());
        assertEquals(Errno.ENODEV, e.failures().get(0).error().errno());
        assertTrue(e.failures().get(0).error().getMessage().contains("RTM_NEWLINK bad1"), e.failures().get(0).error().getMessage());
        assertEquals(0, requests.get(0).described.get() + requests.get(2).described.get(), "only failures are described");
        List<FakeKernel.Request> sent = kernel.requests();
        assertEquals(3, sent.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(sent.get(i).hasFlags(Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK | Netlink.NLM_F_CREATE));
            assertEquals(sent.get(0).sequence() + i, sent.get(i).sequence());
        }
        assertEquals(0, batch.size(), "apply empties the batch");
        batch.add(new Named("d")).apply();
        assertEquals(4, kernel.requests().size());
    }

    @Test
    void shouldRefuseARequestThatWritesNoCompleteMessageAndKeepTheBatchIntact() {
        NetlinkConnection c = NetlinkConnection.over(FakeKernel.acking());
        NetlinkBatch batch = NetlinkBatch.on(c).add(new Named("a"));
        RequestEncoder unfinished = w -> {
            w.beginMessage(RTM_NEWLINK, 0);
            w.reserve(16);
        };
        RequestEncoder two = w -> {
            new Named("x").encode(w);
            new Named("y").encode(w);
        };
        assertThrows(IllegalArgumentException.class, () -> batch.add(unfinished));
        assertThrows(IllegalArgumentException.class, () -> batch.add(two));
        assertThrows(IllegalArgumentException.class, () -> batch.add(null));
        assertEquals(1, batch.size());
        batch.apply();
    }

    @Test
    void shouldSendALongBatchAsItFillsAndReportFailuresOfTheWholeBatchByIndex() {
        FakeKernel kernel = refusing("bad", Errno.EEXIST);
        NetlinkBatch batch = NetlinkBatch.on(NetlinkConnection.over(kernel));
        int total = NetlinkBatch.SEND_EVERY + 3;
        for (int i = 0; i < total; i++) {
            batch.add(new Named(i == 7 || i == NetlinkBatch.SEND_EVERY + 1 ? "bad" : "ok" + i));
        }
        // the first SEND_EVERY went out while adding: a long batch holds one window, not all of it
        assertEquals(NetlinkBatch.SEND_EVERY, kernel.requests().size());
        assertEquals(total, batch.size());
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class, batch::apply);
        assertEquals(total, kernel.requests().size());
        assertEquals(total, e.batchSize());
        assertEquals(List.of(7, NetlinkBatch.SEND_EVERY + 1), e.failures().stream().map(NetlinkBatchException.Failure::index).toList());
        assertTrue(e.failures().get(1).error().getMessage().contains("RTM_NEWLINK bad"), e.failures().get(1).error().getMessage());
        assertEquals(0, batch.size(), "apply empties the batch");
        batch.add(new Named("again")).apply(); // and the next batch starts from index 0 without old failures
    }
}
