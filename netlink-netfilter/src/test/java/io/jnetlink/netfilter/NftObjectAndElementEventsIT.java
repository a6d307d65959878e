package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.netfilter.expr.Counter;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.junit.NetnsTest;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Object changes arrive as {@link NftObjectEvent}s, element changes as {@link NftElementEvent}s, whoever made them. */
@Timeout(60)
class NftObjectAndElementEventsIT {
    private static <T> T next(BlockingQueue<T> q) throws InterruptedException {
        T t = q.poll(20, TimeUnit.SECONDS);
        assertNotNull(t, "no event within 20 s");
        return t;
    }

    @NetnsTest
    void objectsAddedByTheLibraryAndDeletedByNftAreEvents(NetNamespace ns) throws Exception {
        EventLog<NftEvent> log = new EventLog<>();
        try (EventSubscription sub = NftEvents.subscribe().in(ns).onError(log::fail).start(log)) {
            log.await(0, e -> e instanceof NftEventSync s && s.signal() == SyncSignal.LISTED, "LISTED");
            Nftables.transaction().addTable(Family.INET, "t").addObject(Family.INET, "t", "c1", new Counter()).in(ns).apply();
            NftOracle.run(ns, "nft", "delete", "counter", "inet", "t", "c1");
            int deleted = log.await(0, e -> e instanceof NftObjectEvent o && o.type() == ChangeType.DELETED, "object DELETED");
            List<NftObjectEvent> objects = log.events().subList(0, deleted + 1).stream()
                    .filter(e -> e instanceof NftObjectEvent).map(e -> (NftObjectEvent) e).toList();
            assertEquals(List.of("add counter inet t c1", "delete counter inet t c1"), objects.stream().map(Object::toString).toList());
            assertEquals(new Counter(0, 0), objects.get(0).object().data());
        }
    }

    @NetnsTest
    void elementsAddedByNftAndDeletedByTheLibraryAreEvents(NetNamespace ns) throws Exception {
        NftOracle.nftFile(ns, "table ip t {\n set s { type inet_service; }\n}\n");
        BlockingQueue<NftElementEvent> q = new LinkedBlockingQueue<>();
        try (NetlinkSubscription sub = NftElementEvents.start(ns, q::add)) {
            // the subscription is bound before start returns: nothing sent from here on is missed
            NftOracle.run(ns, "nft", "add", "element", "ip", "t", "s", "{ 22, 80 }");
            Nftables.transaction().deleteElements(Family.IP, "t", "s", SetKeyType.INET_SERVICE, false, List.of("80")).in(ns).apply();
            NftElementEvent a = next(q), b = next(q), c = next(q);
            assertEquals(ChangeType.NEW, a.type());
            assertEquals(ChangeType.NEW, b.type());
            assertEquals(List.of(NftData.u16Be(22), NftData.u16Be(80)),
                    List.of(a.element().key(), b.element().key()).stream().sorted(java.util.Comparator.comparing(NftData::bigEndian)).toList());
            assertEquals("delete element ip t s " + NftData.u16Be(80), c.toString());
            assertTrue(a.table().equals("t") && a.set().equals("s") && a.family() == Family.IP, a.toString());
        }
    }
}
