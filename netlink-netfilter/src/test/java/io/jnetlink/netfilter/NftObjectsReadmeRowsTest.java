package io.jnetlink.netfilter;

import io.jnetlink.netfilter.expr.Counter;
import io.jnetlink.netfilter.expr.Dynset;
import io.jnetlink.netfilter.expr.Limit;
import io.jnetlink.netfilter.expr.Objref;
import io.jnetlink.netfilter.expr.Payload;
import io.jnetlink.netfilter.expr.Quota;
import io.jnetlink.netfilter.object.CtExpectationObject;
import io.jnetlink.netfilter.object.CtHelperObject;
import io.jnetlink.netfilter.object.CtTimeoutObject;
import io.jnetlink.netfilter.object.SynproxyObject;
import io.jnetlink.netfilter.render.NftRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The README's rows for stateful objects, meters, rendering and element events build as written (nothing is sent). */
class NftObjectsReadmeRowsTest {
    @Test
    void everyObjectRowBuilds() {
        Transaction tx = Nftables.transaction()
                .addObject(Family.INET, "t", "c1", new Counter())
                .addObject(Family.INET, "t", "q1", new Quota(100L << 20, 0, Quota.F_INV))
                .addObject(Family.INET, "t", "l1", new Limit(10, 1, 5, Limit.PACKETS, 0))
                .addObject(Family.INET, "t", "h1", new CtHelperObject("ftp", 2, 6))
                .addObject(Family.INET, "t", "to1", new CtTimeoutObject(2, 6, List.of(120L, 60L)))
                .addObject(Family.INET, "t", "e1", new CtExpectationObject(2, 6, 21, 5000, 12))
                .addObject(Family.INET, "t", "s1", new SynproxyObject(1460, 7, SynproxyObject.OPT_MSS))
                .deleteObject(Family.INET, "t", "q1", NftObject.QUOTA)
                .addFlowtable(Family.INET, "t", "f1", 0, List.of("eth0"))
                .addRule(NftRule.in(Family.INET, "t", "c").expression(Objref.named(NftObject.COUNTER, "c1")))
                .addRule(NftRule.in(Family.IP, "t", "c").expression(new Payload(1, Payload.NETWORK_HEADER, 12, 4))
                        .expression(new Dynset(Dynset.ADD, 1, -1, 0, "m", -1, List.of(new Limit(10, 1, 5, Limit.PACKETS, 0)), -1)));
        assertEquals(11, tx.describe().size());
        assertEquals("add counter inet t c1", tx.describe().get(0));
        assertNotNull(Nftables.resetObject(Family.INET, "t", "c1", NftObject.COUNTER));
        assertNotNull(NftRenderer.ruleset(new Ruleset(List.of(), List.of(), List.of(), List.of())));
    }

    @Test
    void badObjectArgumentsAreRefusedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CtHelperObject("x", 70000, 6));
        assertEquals("l3proto must be 0..65535: 70000", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nftables.transaction().addObject(Family.INET, "", "c", new Counter()));
        assertThrows(IllegalArgumentException.class, () -> Nftables.resetObject(Family.INET, "t", "c", 0));
        assertThrows(IllegalArgumentException.class, () -> Nftables.transaction().addFlowtable(Family.INET, "t", "f", 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Quota(-1, 0, 0));
    }
}
