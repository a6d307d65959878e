package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.junit.NetNamespaceExtension;
import io.jnetlink.netfilter.CtStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.jnetlink.netfilter.conntrack.ConntrackOracle.conntrack;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kernel-side filters: dumps and deletes narrowed by mark/mask, zone, status and original tuple
 * ({@code conntrack -L/-D --mark --zone --status -p --dport}) return and remove exactly what the
 * {@code conntrack} tool selects; {@code conntrack -S} per CPU.
 */
@Timeout(60)
@ExtendWith(NetNamespaceExtension.class)
class ConntrackFilterIT {
    private NetNamespace ns;

    /** Eight UDP entries: source port 2000+i, mark i (0..7), zone i % 2, ASSURED on even i. */
    @BeforeEach
    void entries(NetNamespace fresh) throws Exception {
        ns = fresh;
        for (int i = 0; i < 8; i++) {
            ConntrackRequest r = Conntrack.create(udp(2000 + i, 53 + i % 2)).timeout(300).mark(i).zone(i % 2);
            if (i % 2 == 0) {
                r.status(EnumSet.of(CtStatus.ASSURED, CtStatus.SEEN_REPLY));
            }
            r.in(ns).apply();
        }
    }

    private static ConntrackTuple udp(int sport, int dport) throws Exception {
        return new ConntrackTuple(17, InetAddress.getByName("10.0.0.1"), InetAddress.getByName("10.0.0.2"), sport, dport);
    }

    private Set<Integer> listed(ConntrackFilter filter) {
        return Conntrack.show().family(2).where(filter).in(ns).apply().stream().map(e -> e.original().sourcePort())
                .collect(Collectors.toSet());
    }

    private Set<Integer> cli(String... args) throws Exception {
        return ConntrackOracle.list(ns, args).stream().map(l -> l.original().sourcePort()).collect(Collectors.toSet());
    }

    @Test
    void shouldDumpWhatConntrackSelectsByMarkZoneStatusAndTuple() throws Exception {
        assertEquals(Set.of(2004, 2005, 2006, 2007), listed(ConntrackFilter.all().mark(4, 4)));
        assertEquals(cli("--mark", "4/4"), listed(ConntrackFilter.all().mark(4, 4)));
        assertEquals(Set.of(2001, 2003, 2005, 2007), listed(ConntrackFilter.all().zone(1)));
        assertEquals(cli("-w", "1"), listed(ConntrackFilter.all().zone(1)));
        assertEquals(Set.of(2000, 2002, 2004, 2006), listed(ConntrackFilter.all().status(EnumSet.of(CtStatus.ASSURED))));
        assertEquals(cli("-u", "ASSURED"), listed(ConntrackFilter.all().status(EnumSet.of(CtStatus.ASSURED))));
        ConntrackFilter port = ConntrackFilter.all().protocol(17).destinationPort(54);
        assertEquals(Set.of(2001, 2003, 2005, 2007), listed(port));
        assertEquals(cli("-p", "udp", "--dport", "54"), listed(port));
        assertEquals(Set.of(2005), listed(port.zone(1).mark(5, 0xff)));
        assertEquals(Set.of(2003), listed(ConntrackFilter.all().source(InetAddress.getByName("10.0.0.1")).protocol(17)
                .sourcePort(2003)));
    }

    @Test
    void shouldStreamAFilteredDumpThroughOneView() {
        List<Integer> marks = new ArrayList<>();
        Set<ConntrackView> views = new HashSet<>();
        Conntrack.show().where(ConntrackFilter.all().zone(0)).in(ns).forEach(v -> {
            marks.add((int) v.mark());
            views.add(v);
        });
        assertEquals(Set.of(0, 2, 4, 6), new HashSet<>(marks));
        assertEquals(1, views.size(), "one reused view");
    }

    @Test
    void shouldDeleteByMarkInOnePassLeavingTheRest() throws Exception {
        Conntrack.delete(ConntrackFilter.all().mark(1, 1)).in(ns).apply();
        assertEquals(Set.of(2000, 2002, 2004, 2006), cli());
    }

    @Test
    void shouldDeleteByZoneAndStatus() throws Exception {
        Conntrack.delete(ConntrackFilter.all().zone(0).status(EnumSet.of(CtStatus.ASSURED)).mark(2, 2)).in(ns).apply();
        assertEquals(Set.of(2000, 2001, 2003, 2004, 2005, 2007), cli());
        Conntrack.delete(ConntrackFilter.all().zone(1)).in(ns).apply();
        assertEquals(Set.of(2000, 2004), cli());
    }

    @Test
    void shouldReadPerCpuStatisticsAsConntrackPrintsThem() throws Exception {
        List<ConntrackCpuStats> stats = Conntrack.stats().in(ns).apply();
        List<String> lines = conntrack(ns, "-S").lines().filter(l -> l.startsWith("cpu=")).toList();
        assertEquals(lines.size(), stats.size(), lines.toString());
        // nothing else inserts in this namespace: the eight creations are all the inserts there are
        assertEquals(8, stats.stream().mapToLong(ConntrackCpuStats::insert).sum());
        long cliInserts = lines.stream().mapToLong(l -> Long.parseLong(l.replaceAll(".* insert=(\\d+) .*", "$1"))).sum();
        assertEquals(8, cliInserts);
        for (int i = 0; i < stats.size(); i++) {
            assertEquals(Integer.parseInt(lines.get(i).replaceAll("^cpu=(\\d+).*", "$1").trim()), stats.get(i).cpu());
        }
    }
}
