package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.junit.NetNamespaceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * {@code conntrack -E --zone 5 --mark 1/1} from Java: a watcher of one zone and mark is told only
 * about its entries: the listing is narrowed by the kernel, notifications by the library, and an
 * entry whose mark leaves the filter is reported destroyed.
 */
@Timeout(60)
@ExtendWith(NetNamespaceExtension.class)
class ConntrackFilteredEventsIT {
    private static ConntrackTuple udp(int sport) throws Exception {
        return new ConntrackTuple(17, InetAddress.getByName("10.0.0.1"), InetAddress.getByName("10.0.0.2"), sport, 53);
    }

    private static void create(NetNamespace ns, int sport, int zone, long mark) throws Exception {
        Conntrack.create(udp(sport)).timeout(300).zone(zone).mark(mark).in(ns).apply();
    }

    @Test
    void shouldDeliverOnlyTheEntriesOfTheWatchedZoneAndMark(NetNamespace ns) throws Exception {
        create(ns, 1000, 5, 1); // listed
        create(ns, 1001, 6, 1); // other zone
        create(ns, 1002, 5, 2); // other mark
        BlockingQueue<ConntrackEvent> queue = new LinkedBlockingQueue<>();
        List<String> seen = new ArrayList<>();
        try (EventSubscription s = ConntrackEvents.subscribe().where(ConntrackFilter.all().zone(5).mark(1, 1)).in(ns)
                .start(queue::add)) {
            expect(queue, seen, ChangeType.NEW, 1000);
            assertEquals(new ConntrackEventSync(SyncSignal.LISTED), queue.poll(30, TimeUnit.SECONDS), seen.toString());
            create(ns, 1003, 6, 1); // not ours: nothing may come before the next NEW
            create(ns, 1004, 5, 3);
            expect(queue, seen, ChangeType.NEW, 1004);
            Conntrack.update(udp(1004)).zone(5).mark(2).in(ns).apply(); // leaves the filter
            expect(queue, seen, ChangeType.DELETED, 1004);
            create(ns, 1005, 5, 1);
            expect(queue, seen, ChangeType.NEW, 1005);
            Conntrack.delete(udp(1005)).zone(5).in(ns).apply();
            expect(queue, seen, ChangeType.DELETED, 1005);
        }
    }

    private static void expect(BlockingQueue<ConntrackEvent> queue, List<String> seen, ChangeType type, int sport)
            throws InterruptedException {
        ConntrackEvent e = queue.poll(30, TimeUnit.SECONDS);
        assertNotNull(e, "no event; before: " + seen);
        seen.add(e.toString());
        ConntrackChangeEvent change = (ConntrackChangeEvent) e;
        assertEquals(type + " " + sport, change.type() + " " + change.entry().original().sourcePort(), seen.toString());
    }
}
