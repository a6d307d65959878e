package io.jnetlink.examples;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.route.RouteEventGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Monitor example follows a named namespace and prints lines like ip monitor. */
@Timeout(60)
class MonitorIT {
    @Test
    void shouldPrintLinkAndAddressEventsOfANamedNamespace() throws Exception {
        String name = "mon-" + ProcessHandle.current().pid();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (NetNamespace ns = NetNamespace.create(name)) {
            try {
                Thread monitor = new Thread(() -> {
                    try {
                        Monitor.run(new String[]{"-n", name, "-l", "link", "address"}, out);
                    } catch (Throwable t) {
                        failed.set(t);
                    }
                });
                monitor.start();
                waitFor(bytes, "[LINK] 1: lo");
                ip("-n", name, "link", "add", "mon0", "type", "bridge");
                ip("-n", name, "addr", "add", "10.7.0.1/24", "dev", "mon0");
                ip("-n", name, "link", "del", "mon0");
                waitFor(bytes, "[LINK] Deleted");
                monitor.interrupt();
                monitor.join(5000);
                assertFalse(monitor.isAlive(), "Monitor stops when interrupted");
                String text = bytes.toString(StandardCharsets.UTF_8);
                assertTrue(text.contains("[SYNC] LISTED"), text);
                int made = text.indexOf(": mon0 ");
                int addr = text.indexOf("[ADDR] 10.7.0.1/24 dev ");
                int gone = text.indexOf("[LINK] Deleted ");
                assertTrue(made > 0 && addr > made && gone > addr, text);
                assertEquals(null, failed.get());
            } finally {
                ns.delete();
            }
        }
    }

    @Test
    void shouldMapIpMonitorObjectNamesToGroups() {
        assertEquals(EnumSet.of(RouteEventGroup.IPV4_ROUTE), Monitor.groups(List.of("route"), true, false));
        assertEquals(EnumSet.of(RouteEventGroup.LINK, RouteEventGroup.IPV6_ADDRESS),
                Monitor.groups(List.of("link", "addr"), false, true));
        assertEquals(EnumSet.allOf(RouteEventGroup.class), Monitor.groups(List.of(), true, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Monitor.groups(List.of("maddr"), true, true));
        assertTrue(e.getMessage().contains("maddr"), e.getMessage());
    }

    private static void ip(String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "ip";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ": " + out);
    }

    private static void waitFor(ByteArrayOutputStream bytes, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!bytes.toString(StandardCharsets.UTF_8).contains(text)) {
            assertTrue(System.currentTimeMillis() < deadline, "no \"" + text + "\" in: " + bytes.toString(StandardCharsets.UTF_8));
            Thread.sleep(20);
        }
    }
}
