package io.jnetlink.netfilter;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.netfilter.conntrack.Conntrack;
import io.jnetlink.netfilter.conntrack.ConntrackTuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kernel errors on every nftables operation class — tables, chains, rules, sets, elements, a
 * stale generation — and on conntrack come back as {@link NetlinkException} with the errno, and a
 * failed transaction leaves the ruleset byte-for-byte as it was ({@code nft list ruleset} and
 * {@code nft -j list ruleset} before and after), even when the failing operation sits between
 * good ones.
 */
class FaultIT {
    private NetNamespace ns;

    @BeforeEach
    void setUp() throws Exception {
        ns = NetNamespace.create();
        Nftables.transaction().addTable(Family.IP, "t")
                .addBaseChain(Family.IP, "t", "c", ChainType.FILTER, Hook.INPUT, "filter", null, null)
                .addChain(Family.IP, "t", "side")
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(22).accept())
                .addRule(NftRule.in(Family.IP, "t", "c").jump("side"))
                .addSet(Family.IP, "t", "blocked", SetKeyType.IPV4_ADDR, false, 0)
                .in(ns).apply();
    }

    @AfterEach
    void tearDown() {
        ns.close();
    }

    private String ruleset() throws Exception {
        return NftOracle.run(ns, "nft", "list", "ruleset") + NftOracle.run(ns, "nft", "-j", "list", "ruleset")
                .replaceAll("\"metainfo\": \\{[^}]*\\}", "");
    }

    /** A transaction of good operations around {@code bad}; it must fail with {@code errno} and change nothing. */
    private NetlinkException failsAtomically(int errno, Supplier<Transaction> bad) throws Exception {
        String before = ruleset();
        Transaction tx = bad.get();
        NetlinkException e = assertThrows(NetlinkException.class, () -> tx.in(ns).apply());
        assertEquals(errno, e.errno(), e.getMessage());
        assertTrue(e.isKernelError(), e.getMessage());
        assertEquals(before, ruleset(), "a failed transaction changed the ruleset: " + e.getMessage());
        return e;
    }

    private static Transaction goodPrefix() {
        return Nftables.transaction().addTable(Family.IP, "half")
                .addChain(Family.IP, "half", "made")
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPort(8080).accept());
    }

    @Test
    void everyOperationClassFailsAsAWholeWithTheKernelErrno() throws Exception {
        failsAtomically(Errno.ENOENT, () -> goodPrefix().deleteTable(Family.IP, "missing"));
        failsAtomically(Errno.ENOENT, () -> goodPrefix().addChain(Family.IP, "missing", "x"));
        failsAtomically(Errno.EBUSY, () -> goodPrefix().deleteChain(Family.IP, "t", "side")); // a rule jumps to it
        failsAtomically(Errno.ENOENT, () -> goodPrefix().deleteChain(Family.IP, "t", "missing"));
        failsAtomically(Errno.ENOENT, () -> goodPrefix().addRule(NftRule.in(Family.IP, "t", "c").jump("missing")));
        failsAtomically(Errno.ENOENT, () -> goodPrefix().deleteRule(Family.IP, "t", "c", 999_999));
        failsAtomically(Errno.ENOENT, () -> goodPrefix().replaceRule(NftRule.in(Family.IP, "t", "c").drop(), 999_999));
        failsAtomically(Errno.ENOENT, () -> goodPrefix().deleteSet(Family.IP, "t", "missing"));
        failsAtomically(Errno.ENOENT, () -> goodPrefix()
                .addElements(Family.IP, "t", "missing", SetKeyType.IPV4_ADDR, false, List.of("10.0.0.1")));
        failsAtomically(Errno.ENOENT, () -> goodPrefix()
                .deleteElements(Family.IP, "t", "blocked", SetKeyType.IPV4_ADDR, false, List.of("10.0.0.9")));
        // re-adding a base chain with another hook: the kernel refuses to change a hook
        failsAtomically(Errno.EOPNOTSUPP, () -> goodPrefix().addBaseChain(Family.IP, "t", "c", ChainType.FILTER, Hook.OUTPUT,
                "filter", null, null));
        long generation = Nftables.generation().in(ns).apply();
        failsAtomically(Errno.ERESTART, () -> goodPrefix().expectGeneration(generation + 1000));
        // the failures really were in the middle: the same prefix alone applies
        goodPrefix().in(ns).apply();
        assertTrue(Nftables.show().in(ns).apply().table(Family.IP, "half").isPresent());
    }

    @Test
    void conntrackErrorsCarryTheErrno() throws Exception {
        ConntrackTuple none = new ConntrackTuple(6, InetAddress.getByName("10.99.0.1"), InetAddress.getByName("10.99.0.2"),
                1234, 80);
        NetlinkException e = assertThrows(NetlinkException.class, () -> Conntrack.delete(none).in(ns).apply());
        assertEquals(Errno.ENOENT, e.errno(), e.getMessage());
        assertTrue(e.isKernelError());
        assertTrue(Conntrack.list(ns).isEmpty());
    }
}
