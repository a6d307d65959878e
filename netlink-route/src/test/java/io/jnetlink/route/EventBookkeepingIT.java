package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.message.RawAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static io.jnetlink.route.RouteIpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records keep every attribute they do not model, the kernel's bookkeeping among them ({@code RTA_CACHEINFO} and
 * {@code RTA_EXPIRES} of an expiring IPv6 route, {@code NDA_CACHEINFO} of a neighbour, {@code IFA_CACHEINFO} of an
 * address with finite lifetimes): those change with time alone, so a dump taken later differs from the
 * notification. The event codec must still see the same object in the same state (else every resync would report a
 * change of each such object).
 */
@Timeout(60)
class EventBookkeepingIT {
    private static final Set<RouteEventGroup> GROUPS =
            EnumSet.of(RouteEventGroup.IPV6_ROUTE, RouteEventGroup.IPV6_ADDRESS, RouteEventGroup.NEIGHBOR);
    private static final String PREFIX = "2001:db8:1::";
    private NetNamespace ns;

    @BeforeEach
    void setUp() {
        ns = NetNamespace.create();
        ip(ns, "link", "add", "bk0", "type", "veth", "peer", "name", "bk1");
        ip(ns, "link", "set", "bk0", "up");
        ip(ns, "link", "set", "bk1", "up");
    }

    @AfterEach
    void tearDown() {
        ns.close();
    }

    @Test
    void shouldSeeTheSameStateInANotificationAndALaterDumpThoughTheBookkeepingDiffers() throws Exception {
        EventRecorder rec = new EventRecorder(GROUPS);
        EventCodec codec = new EventCodec(GROUPS);
        try (EventSubscription sub = RouteEvents.subscribe().in(ns).groups(GROUPS.toArray(RouteEventGroup[]::new))
                .onError(rec::fail).start(rec)) {
            rec.awaitSync(io.jnetlink.core.event.SyncSignal.LISTED);
            ip(ns, "-6", "addr", "add", "2001:db8::1/64", "dev", "bk0", "valid_lft", "300", "preferred_lft", "200", "nodad");
            ip(ns, "-6", "route", "add", PREFIX + "/64", "dev", "bk0", "expires", "300");
            ip(ns, "neigh", "add", "10.9.9.9", "lladdr", "02:00:00:00:00:09", "dev", "bk0", "nud", "permanent");
            Route notified = ((RouteEvent) awaited(rec, e -> e instanceof RouteEvent r
                    && r.route().destination().equals(address(PREFIX)), "route event")).route();
            Neighbor neighbor = ((NeighborEvent) awaited(rec, e -> e instanceof NeighborEvent n
                    && n.neighbor().address().equals(address("10.9.9.9")), "neighbour event")).neighbor();
            Address addressed = ((AddressEvent) awaited(rec, e -> e instanceof AddressEvent a
                    && a.address().address().equals(address("2001:db8::1")), "address event")).address();

            Route dumped = differing(notified, () -> Routes.list(ns).stream()
                    .filter(r -> r.destination().equals(notified.destination())).findFirst().orElseThrow());
            Neighbor listed = differing(neighbor, () -> Neighbors.list(ns).stream()
                    .filter(n -> n.address().equals(neighbor.address())).findFirst().orElseThrow());
            Address later = differing(addressed, () -> Addresses.list(ns).stream()
                    .filter(a -> a.address().equals(addressed.address())).findFirst().orElseThrow());

            System.out.println("route notified " + types(notified.otherAttributes()) + " " + notified.otherAttributes()
                    + "\nroute dumped   " + dumped.otherAttributes()
                    + "\nneigh notified " + neighbor.otherAttributes() + "\nneigh listed   " + listed.otherAttributes()
                    + "\naddr notified  " + addressed.otherAttributes() + " " + addressed.validLifetime()
                    + "\naddr listed    " + later.otherAttributes() + " " + later.validLifetime());
            assertTrue(types(notified.otherAttributes()).contains(RtMsg.RTA_CACHEINFO), "RTA_CACHEINFO kept raw");
            assertTrue(codec.sameState(new RouteFollowed.OfRoute(notified), new RouteFollowed.OfRoute(dumped)), "the same route, bookkeeping aside");
            assertTrue(codec.sameState(new RouteFollowed.OfNeighbor(neighbor), new RouteFollowed.OfNeighbor(listed)), "the same neighbour, bookkeeping aside");
            assertTrue(codec.sameState(new RouteFollowed.OfAddress(addressed), new RouteFollowed.OfAddress(later)), "the same address, countdown aside");
            assertEquals(codec.key(new RouteFollowed.OfRoute(notified)), codec.key(new RouteFollowed.OfRoute(dumped)));

            ip(ns, "-6", "route", "change", PREFIX + "/64", "dev", "bk0", "expires", "300", "pref", "high");
            Route changed = differing(dumped, () -> Routes.list(ns).stream()
                    .filter(r -> r.destination().equals(notified.destination())).findFirst().orElseThrow());
            assertTrue(!codec.sameState(new RouteFollowed.OfRoute(dumped), new RouteFollowed.OfRoute(changed)), "RTA_PREF, kept raw, is state: " + changed.otherAttributes());
            assertTrue(sub.isOpen());
        }
    }

    /** The first event matching {@code p}, waited for (the list is copied only after the wait: it grows meanwhile). */
    private static RtnetlinkEvent awaited(EventRecorder rec, java.util.function.Predicate<RtnetlinkEvent> p, String what)
            throws InterruptedException {
        int index = rec.await(p, what);
        return rec.events().get(index);
    }

    /** Reads {@code fresh} until it differs from {@code first} (the kernel's clocks move on), at most 10 s. */
    private static <T> T differing(T first, Supplier<T> fresh) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        T now = fresh.get();
        while (now.equals(first)) {
            assertTrue(System.nanoTime() < deadline, "still equal after 10 s: " + now);
            Thread.sleep(20); // polling the kernel's clock, not waiting for an event
            now = fresh.get();
        }
        assertNotEquals(first, now);
        return now;
    }

    private static List<Integer> types(List<RawAttribute> attributes) {
        return attributes.stream().map(RawAttribute::type).toList();
    }

    private static InetAddress address(String literal) {
        return io.jnetlink.core.net.IpAddresses.parse(literal, "address");
    }
}
