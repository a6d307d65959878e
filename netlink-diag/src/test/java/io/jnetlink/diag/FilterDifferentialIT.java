package io.jnetlink.diag;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static io.jnetlink.diag.SocketFilter.Comparison.GE;
import static io.jnetlink.diag.SocketFilter.Comparison.GT;
import static io.jnetlink.diag.SocketFilter.Comparison.LE;
import static io.jnetlink.diag.SocketFilter.Comparison.LT;
import static io.jnetlink.diag.SocketFilter.Comparison.NE;
import static io.jnetlink.diag.SocketFilter.dport;
import static io.jnetlink.diag.SocketFilter.dst;
import static io.jnetlink.diag.SocketFilter.sport;
import static io.jnetlink.diag.SocketFilter.src;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Kernel-side filters: for each expression, {@code ss -H -tan EXPR} (ss parses the filter's own
 * {@code toString()}) and the library's dump with the compiled bytecode select the same sockets
 * of {@link InetFixture}'s namespaces.
 */
class FilterDifferentialIT {
    private static InetFixture fx;

    @BeforeAll
    static void setUp() throws Exception {
        fx = new InetFixture("filt");
    }

    @AfterAll
    static void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void shouldSelectWhatSsSelectsForEveryKindOfExpression() {
        List<SocketFilter> filters = List.of(
                sport(8080), dport(8080), sport(GE, 8443), dport(LE, 8080), sport(GT, 8080), sport(LT, 8443),
                sport(NE, 8080), src("10.7.0.2"), dst("10.7.0.0/24"), dst("fd07::1"), src("fd07::/64", 8443),
                src("10.7.0.2", 8080), sport(8080).or(dport(8443)).and(dst("10.7.0.1").not()),
                sport(8080).or(sport(8443)).or(sport(9000)), sport(9000).not().and(dport(0).not()),
                SocketFilter.parse("( sport = :8080 or sport = :8443 ) and dst 10.7.0.0/24"),
                SocketFilter.parse("dport >= :1024 and not src [fd07::2]"));
        List<String> checked = new ArrayList<>();
        for (var ns : List.of(fx.a, fx.b)) {
            for (SocketFilter f : filters) {
                List<String> args = new ArrayList<>(List.of("-H", "-tan"));
                args.addAll(List.of(f.toString().split(" ")));
                TreeSet<String> theirs = SsLines.columns(Tools.ss(ns, args.toArray(String[]::new)));
                TreeSet<String> mine = SsLines.sorted(Sockets.tcp().filter(f).in(ns).apply(), SsLines::inet);
                // queues of established sockets are quiet here (the 100 unread bytes arrived before setUp ended)
                assertEquals(theirs, mine, "ss -tan " + f);
                if (!mine.isEmpty()) {
                    checked.add(f.toString());
                }
            }
        }
        assertFalse(checked.isEmpty());
        assertEquals(1, Sockets.tcp().states(TcpState.LISTEN).filter(sport(8080)).in(fx.b).apply().size(),
                "ss -tan state listening sport = :8080");
    }

    @Test
    void shouldSelectByMarkAndDevice() {
        // nothing here is marked or bound to a device: the kernel accepts both programs and matches nothing
        assertEquals(0, Sockets.tcp().filter(SocketFilter.mark(1, 0xFFFFFFFFL)).in(fx.b).apply().size());
        assertEquals(Sockets.tcp(fx.b).size(), Sockets.tcp().filter(SocketFilter.mark(0, 0xFFFFFFFFL)).in(fx.b).apply().size());
        assertEquals(0, Sockets.tcp().filter(SocketFilter.dev(1)).in(fx.b).apply().size());
    }
}
