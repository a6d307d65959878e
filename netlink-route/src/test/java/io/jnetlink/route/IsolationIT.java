package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work aimed at one namespace never touches another: the host (this JVM's namespace) and blue are
 * set up with the same link names and addresses red will use, then thousands of mixed operations
 * run {@code .in(red)}; the host's and blue's {@code ip -d link/addr/route/neigh/rule},
 * {@code nft list ruleset} and net sysctls are byte-for-byte what they were, and the calling thread
 * never left its namespace.
 */
class IsolationIT {
    static final int ROUNDS = Integer.getInteger("jnetlink.isolation.rounds", 300);

    static String run(NetNamespace ns, String... command) {
        try {
            Process p = ns.start(new ProcessBuilder(command));
            byte[] out;
            byte[] err;
            try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
                out = o.readAllBytes();
                err = e.readAllBytes();
            }
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + new String(err, StandardCharsets.UTF_8));
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** {@link #snapshot} once it reads the same twice 100 ms apart (carrier and DAD settle on their own). */
    static String settled(NetNamespace ns) throws InterruptedException {
        String last = snapshot(ns);
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            String now = snapshot(ns);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("never settled: " + last);
    }

    /** Everything red's work could disturb, as text. */
    static String snapshot(NetNamespace ns) {
        StringBuilder s = new StringBuilder();
        for (String[] c : List.of(new String[]{"ip", "-d", "link", "show"}, new String[]{"ip", "-d", "addr", "show"},
                new String[]{"ip", "-d", "route", "show", "table", "all"},
                new String[]{"ip", "-d", "-6", "route", "show", "table", "all"}, new String[]{"ip", "-d", "neigh", "show"},
                new String[]{"ip", "-d", "rule", "show"}, new String[]{"ip", "-d", "-6", "rule", "show"},
                new String[]{"nft", "list", "ruleset"})) {
            s.append("$ ").append(String.join(" ", c)).append('\n').append(run(ns, c));
        }
        for (String key : List.of("net.ipv4.ip_forward", "net.ipv4.conf.all.forwarding", "net.ipv6.conf.all.forwarding")) {
            s.append(key).append('=').append(ns.sysctl(key)).append('\n');
        }
        return s.toString();
    }

    /** The same names and addresses red will use, so that any leak collides or shows. */
    static void lookAlike(NetNamespace ns) {
        run(ns, "ip", "link", "set", "lo", "up");
        run(ns, "ip", "link", "add", "v1", "type", "veth", "peer", "name", "p1");
        run(ns, "ip", "link", "set", "v1", "up");
        run(ns, "ip", "addr", "add", "10.1.0.9/24", "dev", "v1");
        run(ns, "ip", "route", "add", "10.2.0.0/24", "via", "10.1.0.7");
        run(ns, "ip", "neigh", "add", "10.1.0.7", "lladdr", "02:00:00:00:00:07", "dev", "v1");
        run(ns, "ip", "rule", "add", "from", "10.4.0.0/16", "table", "200", "priority", "2000");
        run(ns, "nft", "add", "table", "ip", "keep");
    }

    static String threadNamespace() throws IOException {
        return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
    }

    @Test
    void thousandsOfOperationsInRedLeaveHostAndBlueUnchanged() throws Exception {
        NetNamespace host = NetNamespace.current();
        String myNamespace = threadNamespace();
        try (NetNamespace blue = NetNamespace.create(); NetNamespace red = NetNamespace.create()) {
            lookAlike(host);
            lookAlike(blue);
            run(red, "ip", "link", "set", "lo", "up");
            String hostBefore = settled(host);
            String blueBefore = settled(blue);
            int operations = 0;
            for (int i = 0; i < ROUNDS; i++) {
                Links.create().veth("v1").peer("p1").in(red).apply();
                Links.set("v1").up().in(red).apply();
                Links.set("p1").up().mtu(1400 + i % 100).in(red).apply();
                Addresses.add("10.1.0.1/24").dev("v1").in(red).apply();
                Routes.add("10.2.0.0/24").via("10.1.0.2").in(red).apply();
                Neighbors.add("10.1.0.2").lladdr("02:00:00:00:00:02").dev("v1").in(red).apply();
                Rules.add().from("10.3.0.0/16").table(100).priority(1000).in(red).apply();
                assertTrue(Links.list(red).stream().anyMatch(l -> l.name().equals("v1")));
                assertEquals(1, Addresses.list(red).stream().filter(a -> a.toString().equals("10.1.0.1/24")).count());
                assertTrue(Routes.list(red).stream().anyMatch(r -> r.prefix().toString().equals("10.2.0.0/24")));
                red.sysctl("net.ipv4.ip_forward", i % 2 == 0 ? "1" : "0");
                Rules.delete().from("10.3.0.0/16").table(100).priority(1000).in(red).apply();
                Links.delete("v1").in(red).apply();
                operations += 13;
                assertEquals(myNamespace, threadNamespace(), "the calling thread changed namespace");
            }
            assertEquals(hostBefore, snapshot(host), "the host namespace changed");
            assertEquals(blueBefore, snapshot(blue), "blue changed");
            System.out.printf("IsolationIT: %d operations in red; host and blue snapshots (%d and %d bytes) unchanged%n",
                    operations, hostBefore.length(), blueBefore.length());
        } finally {
            run(host, "ip", "link", "del", "v1");
            run(host, "ip", "rule", "del", "from", "10.4.0.0/16", "table", "200", "priority", "2000");
            run(host, "nft", "delete", "table", "ip", "keep");
        }
    }
}
