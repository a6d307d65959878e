package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.junit.NetNamespaceExtension;
import io.jnetlink.netfilter.CtStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static io.jnetlink.netfilter.conntrack.ConntrackOracle.conntrack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code conntrack -I}/{@code -U} from Java, checked both ways against the {@code conntrack} tool:
 * entries the library creates or updates are what {@code conntrack -L} prints, and entries the tool
 * creates are what the library reads.
 */
@Timeout(60)
@ExtendWith(NetNamespaceExtension.class)
class ConntrackWriteIT {
    private NetNamespace ns;

    @BeforeEach
    void namespace(NetNamespace fresh) {
        ns = fresh;
    }

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    private static ConntrackTuple tcp(String src, String dst, int sport, int dport) throws Exception {
        return new ConntrackTuple(6, ip(src), ip(dst), sport, dport);
    }

    @Test
    void shouldCreateAnEntryThatConntrackListsWithEveryField() throws Exception {
        ConntrackTuple original = tcp("10.0.0.1", "10.0.0.2", 1000, 80);
        Conntrack.create(original).tcpState("ESTABLISHED").status(EnumSet.of(CtStatus.ASSURED, CtStatus.SEEN_REPLY))
                .timeout(300).mark(7).zone(3).in(ns).apply();

        List<ConntrackOracle.Line> lines = ConntrackOracle.list(ns, "-w", "3");
        assertEquals(1, lines.size(), lines.toString());
        ConntrackOracle.Line line = lines.get(0);
        assertEquals(original, line.original());
        assertEquals(original.inverse(), line.reply());
        assertEquals("ESTABLISHED", line.state());
        assertEquals(7, line.mark());
        assertEquals(3, line.zone());
        assertEquals(Set.of("ASSURED"), line.flags());
    }

    @Test
    void shouldReadAnEntryConntrackCreatedWithNatMarkAndZone() throws Exception {
        conntrack(ns, "-I", "-p", "tcp", "-s", "10.0.0.5", "-d", "10.0.0.6", "--sport", "1000", "--dport", "80",
                "--state", "SYN_SENT", "-t", "100", "--src-nat", "192.168.1.1", "--dst-nat", "192.168.1.2", "-m", "5",
                "-w", "4");

        List<ConntrackEntry> entries = Conntrack.list(ns);
        assertEquals(1, entries.size(), entries.toString());
        ConntrackEntry e = entries.get(0);
        ConntrackOracle.Line line = ConntrackOracle.list(ns, "-w", "4").get(0);
        assertEquals(line.original(), e.original());
        assertEquals(line.reply(), e.reply());
        assertEquals(tcp("192.168.1.2", "192.168.1.1", 80, 1000), e.reply());
        assertEquals("SYN_SENT", e.tcpStateName());
        assertEquals(5, e.mark());
        assertEquals(4, e.zone());
        assertTrue(e.timeoutSeconds() > 0 && e.timeoutSeconds() <= 100, "timeout " + e.timeoutSeconds());
    }

    @Test
    void shouldCreateANatEntryThatConntrackListsWithItsReplyTuple() throws Exception {
        ConntrackTuple original = tcp("10.0.0.5", "10.0.0.6", 1000, 80);
        ConntrackTuple reply = tcp("192.168.1.2", "192.168.1.1", 80, 1000);
        Conntrack.create(original).reply(reply).sourceNat(ip("192.168.1.1"), -1).destinationNat(ip("192.168.1.2"), -1)
                .timeout(100).in(ns).apply();

        ConntrackOracle.Line line = ConntrackOracle.list(ns).get(0);
        assertEquals(original, line.original());
        assertEquals(reply, line.reply());
        ConntrackEntry e = Conntrack.get(original).in(ns).apply().orElseThrow();
        // the reply tuple already carries the translation: the kernel marks NAT as done (IPS_*_NAT_DONE)
        assertTrue(e.statuses().containsAll(EnumSet.of(CtStatus.SNAT_DONE, CtStatus.DNAT_DONE)), e.statuses().toString());
    }

    @Test
    void shouldUpdateWhatConntrackCreatedAndConntrackSeesIt() throws Exception {
        conntrack(ns, "-I", "-p", "udp", "-s", "10.0.0.1", "-d", "10.0.0.2", "--sport", "1001", "--dport", "53",
                "-t", "50", "-m", "8");
        ConntrackTuple original = new ConntrackTuple(17, ip("10.0.0.1"), ip("10.0.0.2"), 1001, 53);

        Conntrack.update(original).mark(9).timeout(500).in(ns).apply();

        ConntrackOracle.Line line = ConntrackOracle.list(ns).get(0);
        assertEquals(9, line.mark());
        ConntrackEntry e = Conntrack.get(original).in(ns).apply().orElseThrow();
        assertTrue(e.timeoutSeconds() > 50, "timeout after update: " + e.timeoutSeconds());
    }

    @Test
    void shouldReportEnoentWhenUpdatingAMissingEntryAndEexistWhenCreatingTwice() throws Exception {
        ConntrackTuple original = tcp("10.0.0.1", "10.0.0.2", 1000, 80);
        NetlinkException missing = assertThrows(NetlinkException.class,
                () -> Conntrack.update(original).mark(1).in(ns).apply());
        assertEquals(Errno.ENOENT, missing.errno());
        Conntrack.create(original).timeout(60).in(ns).apply();
        NetlinkException twice = assertThrows(NetlinkException.class,
                () -> Conntrack.create(original).timeout(60).in(ns).apply());
        assertEquals(Errno.EEXIST, twice.errno());
    }

    @Test
    void shouldKeepLabelsWhereARuleUsesThem() throws Exception {
        // the kernel stores labels only in a namespace where a rule uses them (nf_connlabels_get)
        NftScript.apply(ns, """
                table inet l {
                    chain c {
                        type filter hook output priority 0;
                        ct label 127 counter
                    }
                }
                """);
        ConntrackTuple original = tcp("10.0.0.1", "10.0.0.2", 1000, 80);
        Conntrack.create(original).timeout(60).label(3).label(64).in(ns).apply();

        SortedSet<Integer> labels = Conntrack.get(original).in(ns).apply().orElseThrow().labels();
        assertEquals(new TreeSet<>(List.of(3, 64)), labels);
        Conntrack.update(original).label(100).in(ns).apply();
        assertTrue(Conntrack.get(original).in(ns).apply().orElseThrow().labels().contains(100));
    }

    @Test
    void shouldGetAndDeleteInAZoneOnly() throws Exception {
        ConntrackTuple original = tcp("10.0.0.1", "10.0.0.2", 1000, 80);
        Conntrack.create(original).timeout(60).zone(7).mark(1).in(ns).apply();
        Conntrack.create(original).timeout(60).mark(2).in(ns).apply();

        assertEquals(1, Conntrack.get(original).zone(7).in(ns).apply().orElseThrow().mark());
        assertEquals(2, Conntrack.get(original).in(ns).apply().orElseThrow().mark());
        Conntrack.delete(original).zone(7).in(ns).apply();
        List<ConntrackOracle.Line> left = ConntrackOracle.list(ns);
        assertEquals(1, left.size(), left.toString());
        assertEquals(0, left.get(0).zone());
    }
}
