package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.junit.NetNamespaceExtension;
import io.jnetlink.netfilter.conntrack.Conntrack;
import io.jnetlink.netfilter.conntrack.ConntrackTuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code conntrack -I/-L/-G/-D expect} and {@code -E expect} from Java, checked against the
 * {@code conntrack} tool. The master is a connection with the kernel's ftp helper
 * ({@code nf_conntrack_ftp}, loaded on this machine), made through ctnetlink with {@code CTA_HELP}.
 */
@Timeout(60)
@ExtendWith(NetNamespaceExtension.class)
class ExpectationsIT {
    private NetNamespace ns;
    private ConntrackTuple master;
    private ConntrackTuple expected;
    private ConntrackTuple mask;

    @BeforeEach
    void tuples(NetNamespace fresh) throws Exception {
        // a namespace cannot load kernel modules: the masters need the host's ftp helper
        assumeTrue(Files.isDirectory(Path.of("/sys/module/nf_conntrack_ftp")), "nf_conntrack_ftp is not loaded on the host (a user namespace cannot load it; expectations need its helper)");
        ns = fresh;
        InetAddress client = InetAddress.getByName("10.0.0.1");
        InetAddress server = InetAddress.getByName("10.0.0.2");
        master = new ConntrackTuple(6, client, server, 40000, 21);
        // active FTP: the server connects back to the client's port 2000 from any port
        expected = new ConntrackTuple(6, server, client, 0, 2000);
        InetAddress all = InetAddress.getByName("255.255.255.255");
        mask = new ConntrackTuple(6, all, all, 0, 65535);
    }

    private void createMaster(ConntrackTuple tuple) {
        Conntrack.create(tuple).tcpState("ESTABLISHED").timeout(300).helper("ftp").in(ns).apply();
    }

    private String cli(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "conntrack";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = ns.start(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD));
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "conntrack timed out");
        assertEquals(0, p.exitValue(), "conntrack " + String.join(" ", args));
        return out;
    }

    @Test
    void shouldCreateAnExpectationThatConntrackListsAndReadItBack() throws Exception {
        createMaster(master);
        Expectations.create(master, expected, mask).timeout(100).in(ns).apply();

        List<String> lines = cli("-L", "expect").lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("src=10.0.0.2 dst=10.0.0.1 sport=0 dport=2000"), lines.get(0));
        assertTrue(lines.get(0).contains("mask-src=255.255.255.255 mask-dst=255.255.255.255 sport=0 dport=65535"),
                lines.get(0));
        assertTrue(lines.get(0).contains("master-src=10.0.0.1 master-dst=10.0.0.2 sport=40000 dport=21"), lines.get(0));

        List<Expectation> listed = Expectations.list(ns);
        assertEquals(1, listed.size(), listed.toString());
        Expectation e = listed.get(0);
        assertEquals(master, e.master());
        assertEquals(expected, e.tuple());
        assertEquals(mask, e.mask());
        assertEquals("ftp", e.helper());
        // a kernel helper's expect policy sets the timeout (ftp: 5 * 60 s), not CTA_EXPECT_TIMEOUT
        assertTrue(e.timeoutSeconds() > 0 && e.timeoutSeconds() <= 300, "timeout " + e.timeoutSeconds());
        assertEquals(e, Expectations.get(expected).in(ns).apply().orElseThrow());
    }

    @Test
    void shouldDeleteAnExpectationAndFlushTheRest() throws Exception {
        createMaster(master);
        Expectations.create(master, expected, mask).timeout(100).in(ns).apply();
        // the ftp helper allows one expectation per master (max_expected 1): a second master
        ConntrackTuple secondMaster = new ConntrackTuple(6, master.source(), master.destination(), 40001, 21);
        createMaster(secondMaster);
        ConntrackTuple other = new ConntrackTuple(6, expected.source(), expected.destination(), 0, 2001);
        Expectations.create(secondMaster, other, mask).timeout(100).in(ns).apply();
        assertEquals(2, Expectations.list(ns).size());

        Expectations.delete(expected).in(ns).apply();
        assertTrue(Expectations.get(expected).in(ns).apply().isEmpty());
        assertEquals(List.of(other), Expectations.list(ns).stream().map(Expectation::tuple).toList());
        Expectations.flush().in(ns).apply();
        assertEquals("", cli("-L", "expect").strip());
    }

    @Test
    void shouldDeliverNewAndDestroyOfAnExpectation() throws Exception {
        BlockingQueue<ExpectationEvent> events = new LinkedBlockingQueue<>();
        try (EventSubscription s = ExpectationEvents.subscribe().in(ns).start(events::add)) {
            assertEquals(new ExpectationEventSync(SyncSignal.LISTED), events.poll(30, TimeUnit.SECONDS));
            // the kernel reports a master's expectations only when a listener existed as the master was made
            createMaster(master);
            Expectations.create(master, expected, mask).timeout(100).in(ns).apply();
            ExpectationEvent created = events.poll(30, TimeUnit.SECONDS);
            assertNotNull(created, "no [NEW]");
            assertEquals(ChangeType.NEW, ((ExpectationChangeEvent) created).type());
            assertEquals(expected, ((ExpectationChangeEvent) created).expectation().tuple());
            cli("-F", "expect"); // the conntrack tool destroys it
            ExpectationEvent destroyed = events.poll(30, TimeUnit.SECONDS);
            assertNotNull(destroyed, "no [DESTROY]");
            assertEquals(ChangeType.DELETED, ((ExpectationChangeEvent) destroyed).type());
            assertEquals(expected, ((ExpectationChangeEvent) destroyed).expectation().tuple());
        }
    }
}
