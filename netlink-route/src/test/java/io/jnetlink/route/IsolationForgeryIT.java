package io.jnetlink.route;

import io.jnetlink.core.testing.IsolationForger;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static io.jnetlink.route.RouteIpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second netlink socket in the same namespace, connected to the jnetlink socket's port id,
 * queues forged replies for the sequence numbers it is about to use before every round, and a
 * thread keeps spraying them for the ones in use —
 * multipart RTM_NEWLINK/RTM_NEWADDR named "forged", NLMSG_DONE, NLMSG_ERROR -EPERM and bare ACKs
 * — while the connection runs real link and address dumps, gets, adds and deletes. None of it may
 * be taken for the kernel's answer: no request fails, no dump ends early or holds "forged", and
 * the kernel state is what the real requests made.
 */
class IsolationForgeryIT {
    @Test
    void forgedAcksErrorsAndDumpRepliesAreIgnoredDuringRealRequests() throws Exception {
        try (NetNamespace ns = NetNamespace.create()) {
            ip(ns, "link", "set", "lo", "up");
            RouteIpTool.veth(ns, "v0", "p0");
            NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE, ns);
            int victim = c.socket().portId();
            IsolationForger forger = ns.call(() -> new IsolationForger(Netlink.NETLINK_ROUTE, victim));
            assertFalse(forger.portId() == 0);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> forgerFailure = new AtomicReference<>();
            Thread spray = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        int next = c.nextSequence(); // peek (and skip) the sequence the victim uses next
                        for (int s = next - 2; s <= next + 6; s++) {
                            forger.forge(s, victim);
                        }
                        Thread.sleep(0, 200_000);
                    }
                } catch (Throwable e) {
                    forgerFailure.set(e);
                }
            });
            spray.start();
            int rounds = 1000;
            int operations = 0;
            Set<String> expectedLinks = Set.of("lo", "v0", "p0");
            try {
                for (int i = 0; i < rounds; i++) {
                    // forged answers for the next requests are queued before those requests are even sent
                    int next = c.nextSequence();
                    for (int s = next + 1; s <= next + 6; s++) {
                        forger.forge(s, victim);
                    }
                    String address = "10.7." + (i >> 8) + "." + (i & 255) + "/32";
                    Addresses.add(address).dev("v0").apply(c);
                    Set<String> links = Links.list(c).stream().map(Link::name).collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(expectedLinks, links, "round " + i);
                    assertEquals("lo", Links.get("lo", c).orElseThrow().name());
                    List<Address> addresses = Addresses.show().apply(c);
                    assertTrue(addresses.stream().anyMatch(a -> a.toString().equals(address)), "round " + i);
                    assertTrue(addresses.stream().noneMatch(a -> a.label().filter("forged"::equals).isPresent()));
                    Addresses.delete(address).dev("v0").apply(c);
                    operations += 5;
                }
            } finally {
                stop.set(true);
                spray.join(5_000);
                forger.close();
                c.close();
            }
            assertNull(forgerFailure.get());
            assertTrue(forger.sent() >= 6L * rounds, "forged datagrams delivered: " + forger.sent());
            assertEquals("", ip(ns, "-4", "-o", "addr", "show", "dev", "v0"), "every real add was matched by its delete");
            System.out.printf("IsolationForgeryIT: %d real operations, %d forged datagrams delivered (%d refused), none accepted%n",
                    operations, forger.sent(), forger.refused());
        }
    }
}
