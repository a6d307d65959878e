package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventQueue;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.generic.Cli;
import io.jnetlink.junit.NetnsTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists then follows features and channels; changes made by the ethtool CLI arrive as CHANGED. */
class EthtoolEventsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @NetnsTest
    void shouldListThenFollowFeatureAndChannelChanges(NetNamespace ns) throws Exception {
        EthtoolIT.veth(ns);
        try (EventQueue<EthtoolEvent> q = EthtoolEvents.subscribe().in(ns).queue(4096)) {
            List<EthtoolEvent> listed = until(q, e -> e instanceof EthtoolEventSync s && s.signal() == SyncSignal.LISTED);
            List<String> kinds = listed.stream().filter(e -> e instanceof EthtoolChangeEvent c && c.type() == ChangeType.NEW)
                    .map(e -> ((EthtoolChangeEvent) e).settings())
                    .filter(s -> s.device().equals("veth0"))
                    .map(s -> s.getClass().getSimpleName()).sorted().toList();
            assertEquals(List.of("Channels", "Features"), kinds);

            Cli.run(ns, "ethtool", "-K", "veth0", "tx-tcp-segmentation", "off");
            EthtoolChangeEvent f = (EthtoolChangeEvent) last(until(q, e -> e instanceof EthtoolChangeEvent c
                    && c.settings() instanceof Features x && x.device().equals("veth0") && !x.isActive("tx-tcp-segmentation")));
            assertEquals(ChangeType.CHANGED, f.type());

            Cli.run(ns, "ethtool", "-L", "veth0", "rx", "2");
            EthtoolChangeEvent c = (EthtoolChangeEvent) last(until(q, e -> e instanceof EthtoolChangeEvent x
                    && x.settings() instanceof Channels ch && ch.device().equals("veth0") && ch.rx() == 2));
            assertEquals(ChangeType.CHANGED, c.type());
            assertFalse(q.size() > 100, "no storm of events: " + q.size());
        }
    }

    private static List<EthtoolEvent> until(EventQueue<EthtoolEvent> q, Predicate<EthtoolEvent> done) throws InterruptedException {
        List<EthtoolEvent> seen = new ArrayList<>();
        while (true) {
            EthtoolEvent e = q.poll(WAIT);
            assertNotNull(e, "timed out; seen " + seen);
            seen.add(e);
            if (done.test(e)) {
                return seen;
            }
        }
    }

    private static EthtoolEvent last(List<EthtoolEvent> events) {
        assertTrue(!events.isEmpty());
        return events.get(events.size() - 1);
    }
}
