package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static io.jnetlink.route.RouteIpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dump whose consumer throws part-way leaves the namespace's shared connection usable: the rest
 * of the multipart reply is drained (else the kernel answers the next dump with {@code EBUSY}),
 * and the caller gets its own exception.
 */
class AbandonedDumpIT {
    private static final int ROUTES = 3000;
    private NetNamespace ns;

    @BeforeEach
    void setUp() throws Exception {
        ns = NetNamespace.create();
        RouteIpTool.veth(ns, "d0", "d1");
        Path batch = Files.createTempFile("routes", ".batch");
        try {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < ROUTES; i++) {
                s.append("route add 10.").append(i / 256).append('.').append(i % 256).append(".0/24 dev d0\n");
            }
            Files.writeString(batch, s);
            ip(ns, "-batch", batch.toString());
        } finally {
            Files.delete(batch);
        }
    }

    @AfterEach
    void tearDown() {
        ns.close();
    }

    @Test
    void shouldDrainDumpWhoseConsumerThrowsSoTheConnectionStaysUsable() {
        IllegalStateException mine = new IllegalStateException("stop at route 10");
        AtomicInteger seen = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Routes.show().ipv4().in(ns).forEach(v -> {
            if (seen.incrementAndGet() == 10) {
                throw mine;
            }
        }));
        assertSame(mine, thrown);
        assertEquals(10, seen.get(), "no message after the consumer threw");
        // the same (cached) connection, a dump of another kind and one of the same kind
        assertTrue(Links.list(ns).stream().anyMatch(l -> l.name().equals("d0")));
        assertTrue(Routes.show().ipv4().in(ns).apply().size() >= ROUTES);
    }
}
