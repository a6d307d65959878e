package io.jnetlink.netfilter;

import org.junit.jupiter.api.Test;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 (W5): a transaction encodes each operation when it is added; that took a new direct
 * buffer (and its Cleaner) per rule, 1,000 of them for {@code nft -f} of 1,000 rules. Operations
 * are now encoded in one reused scratch writer per thread and kept as heap bytes.
 */
class TransactionBuildBuffersTest {
    private static final int RULES = 500;

    private static long directBuffers() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                return pool.getCount();
            }
        }
        throw new IllegalStateException("no direct buffer pool");
    }

    private static Transaction transaction() {
        Transaction tx = Nftables.transaction()
                .addTable(Family.IP, "nat")
                .addBaseChain(Family.IP, "nat", "postrouting", ChainType.NAT, Hook.POSTROUTING, "100", null, null);
        for (int i = 0; i < RULES; i++) {
            tx.addRule(NftRule.in(Family.IP, "nat", "postrouting").sourceAddress("10.0." + (i / 256) + "." + (i % 256)).masquerade());
        }
        return tx;
    }

    @Test
    void shouldNotAllocateADirectBufferPerOperation() {
        transaction(); // the scratch writer of this thread, once
        long before = directBuffers();
        Transaction tx = transaction();
        long added = directBuffers() - before;
        assertTrue(added <= 1, added + " direct buffers made while adding " + RULES + " rules");
        assertEquals(RULES + 2, tx.describe().size());
    }
}
