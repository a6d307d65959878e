package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.SubscriptionHandler;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.junit.NetNamespaceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code conntrack -E --zone 5 --mark 1/1} from Java: a watcher of one zone and mark is told only
 * about its entries: the listing and the notifications are narrowed by the kernel (dump filter, BPF
 * socket filter), and an entry whose mark leaves the filter is reported destroyed.
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

    @Test
    void shouldKeepOtherZonesNotificationsInTheKernel(NetNamespace ns) throws Exception {
        ConntrackFilter zone7 = ConntrackFilter.all().zone(7);
        ZoneCounter filtered = new ZoneCounter();
        ZoneCounter unfiltered = new ZoneCounter();
        ZoneCounter byTuple = new ZoneCounter(); // the nested lookups (SKF_AD_NLATTR_NEST) in the kernel
        ConntrackTuple last = udp(3000);
        ConntrackFilter tuple = ConntrackFilter.all().protocol(17).sourcePort(3000).destinationPort(53)
                .source(last.source()).destination(last.destination());
        BlockingQueue<ConntrackEvent> queue = new LinkedBlockingQueue<>();
        List<String> seen = new ArrayList<>();
        try (NetlinkSubscription kernelFiltered = raw(ns).filter(ConntrackEventProgram.of(zone7)).start(filtered);
             NetlinkSubscription all = raw(ns).start(unfiltered);
             NetlinkSubscription tupleFiltered = raw(ns).filter(ConntrackEventProgram.of(tuple)).start(byTuple);
             EventSubscription s = ConntrackEvents.subscribe().where(zone7).in(ns).start(queue::add)) {
            assertEquals(new ConntrackEventSync(SyncSignal.LISTED), queue.poll(30, TimeUnit.SECONDS));
            for (int sport = 2000; sport < 2030; sport++) { // churn in zone 0
                Conntrack.create(udp(sport)).timeout(300).in(ns).apply();
                Conntrack.update(udp(sport)).mark(9).in(ns).apply();
                Conntrack.delete(udp(sport)).in(ns).apply();
            }
            create(ns, 3000, 7, 0); // notifications of one socket arrive in order: this one comes last
            expect(queue, seen, ChangeType.NEW, 3000);
            assertTrue(filtered.zone7.await(30, TimeUnit.SECONDS), "zone 7 not seen by the filtered socket");
            assertTrue(unfiltered.zone7.await(30, TimeUnit.SECONDS), "zone 7 not seen by the plain socket");
            assertEquals(90, unfiltered.otherZones.get(), "the churn's notifications on a socket without program");
            assertEquals(0, filtered.otherZones.get(), "zone-0 notifications that reached user space");
            assertEquals(1, filtered.messages.get(), "messages received by the filtered socket");
            assertTrue(byTuple.zone7.await(30, TimeUnit.SECONDS), "zone 7 not seen by the tuple-filtered socket");
            assertEquals(1, byTuple.messages.get(), "messages received by the tuple-filtered socket");
            assertNull(queue.poll(), "nothing but zone 7 delivered: " + seen);
        }
    }

    private static NetlinkSubscription.Builder raw(NetNamespace ns) {
        return NetlinkSubscription.builder(Netlink.NETLINK_NETFILTER).in(ns).groups(NfGenMsg.NFNLGRP_CONNTRACK_NEW,
                NfGenMsg.NFNLGRP_CONNTRACK_UPDATE, NfGenMsg.NFNLGRP_CONNTRACK_DESTROY);
    }

    /** Counts the conntrack notifications a socket receives, by zone. */
    private static final class ZoneCounter implements SubscriptionHandler {
        final AtomicInteger messages = new AtomicInteger();
        final AtomicInteger otherZones = new AtomicInteger();
        final CountDownLatch zone7 = new CountDownLatch(1);
        private final ConntrackView view = new ConntrackView();

        @Override
        public void onMessage(MessageReader message) {
            messages.incrementAndGet();
            if (view.wrap(message).zone() == 7) {
                zone7.countDown();
            } else {
                otherZones.incrementAndGet();
            }
        }

        @Override
        public void onOverrun() {
            throw new AssertionError("overrun: the test's counts would be incomplete");
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
