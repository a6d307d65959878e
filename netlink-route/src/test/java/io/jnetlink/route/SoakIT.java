package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.SyncSignal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.jnetlink.route.RouteIpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soak (not in the default build: failsafe excludes it unless {@code -Psoak}; minutes from {@code -Djnetlink.soak.minutes=N}, default
 * 5): in a loop, create a named namespace and a veth pair, move one end into it, address both ends,
 * list links there, delete the veth and the namespace, while an event subscription counts every
 * s0 made and deleted against the cycles (no overrun allowed, nothing lost). Every minute fds, threads and retained
 * heap are sampled; the last sample must not exceed the first (after warm-up) beyond the slack of
 * {@link LeakOperationsIT}, and no link or namespace may be left behind.
 */
class SoakIT {
    @Test
    void createAndDeleteVethsAndNamespacesForMinutes() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("jnetlink.soak.minutes", "5"));
        long end = System.nanoTime() + (long) (minutes * 60e9);
        try (NetNamespace home = NetNamespace.create()) {
            ip(home, "link", "set", "lo", "up");
            // a subscription listens all along: every s0 made and deleted must arrive as an event
            AtomicLong made = new AtomicLong();
            AtomicLong deleted = new AtomicLong();
            AtomicLong overruns = new AtomicLong();
            EventSubscription events = RouteEvents.subscribe().in(home).groups(RouteEventGroup.LINK)
                    .receiveBufferSize(8 << 20).start(e -> {
                        if (e instanceof LinkEvent l && l.link().name().equals("s0")) {
                            (l.type() == ChangeType.NEW ? made : l.type() == ChangeType.DELETED ? deleted : new AtomicLong())
                                    .incrementAndGet();
                        } else if (e instanceof EventSync sync && sync.signal() == SyncSignal.OVERRUN) {
                            overruns.incrementAndGet();
                        }
                    });
            List<LeakOperationsIT.Usage> samples = new ArrayList<>();
            long nextSample = System.nanoTime() + 10_000_000_000L; // first sample after 10 s of warm-up
            long cycles = 0;
            while (System.nanoTime() < end) {
                String name = "soak-" + ProcessHandle.current().pid() + "-" + cycles;
                NetNamespace ns = NetNamespace.create(name);
                Links.create().veth("s0").peer("s1").in(home).apply();
                Links.set("s1").netns(ns).in(home).apply();
                Links.set("s0").up().in(home).apply();
                Links.set("s1").up().in(ns).apply();
                Addresses.add("10.30.0.1/30").dev("s0").in(home).apply();
                Addresses.add("10.30.0.2/30").dev("s1").in(ns).apply();
                assertEquals(2, Links.list(ns).size()); // lo and s1
                Links.delete("s0").in(home).apply();
                ns.delete();
                cycles++;
                if (System.nanoTime() >= nextSample) {
                    samples.add(LeakOperationsIT.measure());
                    System.out.printf("SoakIT: %d cycles, %s%n", cycles, samples.get(samples.size() - 1));
                    nextSample = System.nanoTime() + 60_000_000_000L;
                }
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while ((made.get() < cycles || deleted.get() < cycles) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            events.close();
            System.out.printf("SoakIT: events: %d s0 made, %d deleted, %d overruns, for %d cycles%n", made.get(),
                    deleted.get(), overruns.get(), cycles);
            assertEquals(0, overruns.get(), "the subscription overran");
            assertEquals(cycles, made.get(), "an s0 creation was not notified");
            assertEquals(cycles, deleted.get(), "an s0 deletion was not notified");
            samples.add(LeakOperationsIT.measure());
            LeakOperationsIT.Usage first = samples.get(0);
            LeakOperationsIT.Usage last = samples.get(samples.size() - 1);
            System.out.printf("SoakIT: %.1f minutes, %d cycles (%d veth pairs and namespaces); first %s; last %s%n", minutes,
                    cycles, cycles, first, last);
            assertEquals(List.of("lo"), Links.list(home).stream().map(Link::name).toList(), "links left behind");
            assertTrue(NetNamespace.list().stream().noneMatch(n -> n.startsWith("soak-")), "namespaces left behind");
            assertTrue(last.fds() <= first.fds() + LeakOperationsIT.SLACK, first + " -> " + last);
            assertTrue(last.threads() <= first.threads() + LeakOperationsIT.SLACK, first + " -> " + last);
            // a cycle is about eight operations (namespace, veth, move, two addresses, list, two deletes)
            long allowed = LeakOperationsIT.HEAP_BASE_SLACK + 8 * LeakOperationsIT.HEAP_PER_OPERATION * cycles;
            assertTrue(last.heap() <= first.heap() + allowed, first + " -> " + last + " over " + cycles + " cycles");
        }
    }
}
