package io.jnetlink.route.tc;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static io.jnetlink.route.TcTool.tc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tc monitor} from Java: the existing state is listed, then changes made by tc and by jnetlink arrive typed. */
class TcEventsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private TcTopology t;

    @BeforeEach
    void setUp() {
        t = new TcTopology("tce");
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void shouldListThenFollowQdiscsClassesAndFilters() throws Exception {
        tc(t.a, "qdisc", "add", "dev", "va", "root", "handle", "1:", "htb", "default", "10");
        int va = Links.get("va", t.a).orElseThrow().index();
        try (EventQueue<TcEvent> q = TcEvents.subscribe().dev(va).in(t.a).queue(1000)) {
            QdiscEvent listed = (QdiscEvent) next(q, e -> e instanceof QdiscEvent);
            assertEquals(ChangeType.NEW, listed.type());
            assertEquals("htb", listed.qdisc().kind());
            next(q, e -> e instanceof TcSync s && s.signal() == SyncSignal.LISTED);

            TrafficClasses.add("va").parent("1:").classId("1:10").options(HtbClassOptions.rate("10mbit")).in(t.a).apply();
            TrafficClassEvent added = (TrafficClassEvent) next(q, e -> e instanceof TrafficClassEvent);
            assertEquals(ChangeType.NEW, added.type());
            assertEquals(TcHandle.of(1, 0x10), added.trafficClass().handle());
            assertEquals(1_250_000, ((HtbClassOptions) added.trafficClass().options()).rate());

            tc(t.a, "filter", "add", "dev", "va", "parent", "1:", "protocol", "ip", "prio", "1", "u32", "match", "ip",
                    "dport", "5001", "0xffff", "flowid", "1:10");
            FilterEvent filter = (FilterEvent) next(q, e -> e instanceof FilterEvent f && f.filter().options() instanceof U32Options u
                    && u.classId() == TcHandle.of(1, 0x10));
            assertEquals(ChangeType.NEW, filter.type());

            TrafficClasses.change("va").parent("1:").classId("1:10").options(HtbClassOptions.rate("5mbit")).in(t.a).apply();
            TrafficClassEvent changed = (TrafficClassEvent) next(q, e -> e instanceof TrafficClassEvent);
            assertEquals(ChangeType.CHANGED, changed.type());
            assertEquals(625_000, ((HtbClassOptions) changed.trafficClass().options()).rate());

            Qdiscs.delete("va").root().in(t.a).apply();
            QdiscEvent gone = (QdiscEvent) next(q, e -> e instanceof QdiscEvent d && d.type() == ChangeType.DELETED);
            assertEquals("htb", gone.qdisc().kind());
        }
    }

    @Test
    void shouldRejectASubscriptionWithoutDevice() {
        assertThrows(IllegalArgumentException.class, () -> TcEvents.subscribe().in(t.a).queue(10));
        assertThrows(IllegalArgumentException.class, () -> TcEvents.subscribe().dev(0));
    }

    private static TcEvent next(EventQueue<TcEvent> q, Predicate<TcEvent> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            TcEvent e = q.poll(Duration.ofMillis(200));
            if (e != null) {
                if (wanted.test(e)) {
                    return e;
                }
                seen.append(e).append('\n');
            }
        }
        assertTrue(false, "no such event within " + WAIT + "; saw:\n" + seen);
        return null;
    }
}
