package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.jnetlink.core.ItSupport.interfaceNames;
import static io.jnetlink.core.ItSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves the integration tests run in a throwaway sandbox (tools/netns-jdk/bin/java), never on
 * the machine's own network: a user namespace, a network namespace with nothing but lo, and a
 * private tmpfs on /run/netns.
 */
class SandboxIT {
    @Test
    void shouldRunInAUserNamespaceMappedToOneId() throws Exception {
        String uidMap = Files.readString(Path.of("/proc/self/uid_map")).trim();
        assertNotEquals("0 0 4294967295", uidMap.replaceAll("\\s+", " "), "the JVM runs in the initial user namespace");
        assertTrue(uidMap.startsWith("0 "), "root inside the sandbox: " + uidMap);
    }

    @Test
    void shouldHaveOnlyLoopbackInTheProcessNamespace() throws Exception {
        assertEquals(List.of("lo"), interfaceNames(run("ip", "-j", "link", "show")));
        try (NetlinkConnection c = NetlinkConnection.open(Netlink.NETLINK_ROUTE)) {
            AttributeReader attrs = new AttributeReader();
            List<String> names = new ArrayList<>();
            c.dump("RTM_GETLINK", w -> {
                int m = w.beginMessage(18, 0);
                w.reserve(16);
                w.endMessage(m);
            }, m -> {
                if (m.attributes(attrs, 16).find(3)) {
                    names.add(attrs.string());
                }
                return true;
            });
            assertEquals(List.of("lo"), names);
        }
    }

    @Test
    void shouldHaveAPrivateTmpfsOnRunNetns() throws Exception {
        List<String> mounts = Files.readAllLines(Path.of("/proc/self/mountinfo"));
        // mountinfo: id parent major:minor root mountpoint options [optional fields] - fstype source super-options
        boolean tmpfsOnRunNetns = mounts.stream().anyMatch(l -> {
            String[] f = l.split(" ");
            int dash = java.util.Arrays.asList(f).indexOf("-");
            return (f[4].equals("/run/netns") || f[4].equals("/run")) && dash > 0 && f[dash + 1].equals("tmpfs")
                    && !l.substring(0, l.indexOf(" - ")).contains("master:");
        });
        assertTrue(tmpfsOnRunNetns, "no private tmpfs on /run/netns:\n" + String.join("\n", mounts));
        assertTrue(Files.isDirectory(NetNamespace.NETNS_RUN_DIR));
    }
}
