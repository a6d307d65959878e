package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkBatchException;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.FakeKernel;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #11 item 17: how a failed nftables transaction is reported. Operations are counted one
 * way (the text says "operation 3 of 5", {@code failures().get(0).index()} is its 0-based index in
 * {@link Transaction#describe()}), a stale generation says the ruleset changed concurrently, and
 * a rule is described by its chain and expressions.
 */
class TransactionErrorsTest {
    /** Fails message {@code failing} of the datagram (0 is BATCH_BEGIN) with {@code errno}; ACKs the rest as asked. */
    private static FakeKernel failing(int failing, int errno) {
        AtomicInteger index = new AtomicInteger();
        return new FakeKernel().onRequest((request, reply) -> {
            int i = index.getAndIncrement();
            if (i == failing) {
                reply.error(request, errno);
            } else if (request.hasFlags(Netlink.NLM_F_ACK)) {
                reply.ack(request);
            }
        });
    }

    private static Transaction fiveOperations() {
        return Nftables.transaction().addTable(Family.IP, "t")
                .addChain(Family.IP, "t", "c")
                .addRule(NftRule.in(Family.IP, "t", "c").jump("no-such-chain"))
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(80).accept())
                .deleteChain(Family.IP, "t", "old");
    }

    @Test
    void shouldCountOperationsOneWay() {
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class,
                () -> fiveOperations().apply(NetlinkConnection.over(failing(3, Errno.ENOENT))));
        assertEquals(2, e.failures().get(0).index(), "0-based index into describe()");
        assertTrue(e.getMessage().contains("operation 3 of 5"), e.getMessage());
        assertFalse(e.getMessage().contains("#"), e.getMessage());
        assertFalse(e.getMessage().contains("request"), "one word, one count: " + e.getMessage());
        assertEquals(Errno.ENOENT, e.errno());
    }

    @Test
    void shouldDescribeARuleByItsChainAndExpressions() {
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class,
                () -> fiveOperations().apply(NetlinkConnection.over(failing(3, Errno.ENOENT))));
        assertTrue(e.getMessage().contains("add rule ip t c"), e.getMessage());
        assertTrue(e.getMessage().contains("jump no-such-chain"), e.getMessage());
        assertFalse(e.getMessage().contains("[immediate]"), e.getMessage());
    }

    @Test
    void shouldSayTheRulesetChangedConcurrentlyWhenTheGenerationIsStale() {
        NetlinkBatchException e = assertThrows(NetlinkBatchException.class,
                () -> fiveOperations().expectGeneration(7).apply(NetlinkConnection.over(failing(0, Errno.ERESTART))));
        assertEquals(Errno.ERESTART, e.errno());
        assertTrue(e.getMessage().contains("ruleset changed concurrently"), e.getMessage());
        assertFalse(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void shouldReturnTheEchoedHandlesOverAFakeTransport() {
        FakeKernel kernel = new FakeKernel().onRequest((request, reply) -> {
            if (request.type() == NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_NEWRULE)) {
                reply.message(request.type(), 0, request.sequence(), w -> {
                    w.putU8At(w.reserve(NfGenMsg.NFGENMSG_LENGTH), Family.IP.value());
                    w.putAttrU64Be(NftAttrs.NFTA_RULE_HANDLE, 40 + request.sequence());
                });
            }
            if (request.hasFlags(Netlink.NLM_F_ACK)) {
                reply.ack(request);
            }
        });
        TransactionResult r = fiveOperations().apply(NetlinkConnection.over(kernel));
        assertEquals(2, r.ruleHandles().size());
        assertEquals(1, r.ruleHandles().get(1) - r.ruleHandles().get(0));
        assertEquals(NfGenMsg.NFNL_MSG_BATCH_BEGIN, kernel.requests().get(0).type());
    }
}
