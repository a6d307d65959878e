package io.jnetlink.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Namespace names, sysctl keys and error texts: checked without touching the system. */
class NamespaceRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"red", "blue-1", "a", "ns.with.dots", "x_y", "..a", "a.."})
    void shouldAcceptNamespaceNames(String name) {
        NetNamespace.validateName(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../escape", "a/b", "/abs", "a\0b"})
    void shouldRejectNamespaceNamesThatCouldLeaveRunNetns(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetNamespace.create(name));
        assertTrue(e.getMessage().startsWith("namespace name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NetNamespace.open(name));
    }

    @Test
    void shouldRejectOverlongNamespaceNames() {
        NetNamespace.validateName("n".repeat(255));
        assertThrows(IllegalArgumentException.class, () -> NetNamespace.validateName("n".repeat(256)));
        assertThrows(IllegalArgumentException.class, () -> NetNamespace.validateName(null));
    }

    @ParameterizedTest
    @CsvSource({
            "net.ipv4.ip_forward, /proc/sys/net/ipv4/ip_forward",
            "net/ipv4/ip_forward, /proc/sys/net/ipv4/ip_forward",
            "net.ipv6.conf.all.forwarding, /proc/sys/net/ipv6/conf/all/forwarding",
            "net/ipv4/conf/eth0.100/rp_filter, /proc/sys/net/ipv4/conf/eth0.100/rp_filter",
            "net.core.somaxconn, /proc/sys/net/core/somaxconn",
    })
    void shouldMapNetSysctlKeysUnderProcSysNet(String key, String path) {
        assertEquals(Path.of(path), NetNamespace.sysctlPath(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "net", "net.", "kernel.hostname", "../escape", "net/../../kernel/hostname",
            "net/ipv4/../../kernel/hostname", "net..ipv4", "net/./ipv4/ip_forward", "net.ipv4.ip forward",
            "net/ipv4//ip_forward", "/net/ipv4/ip_forward", "net.ipv4.ip_forward\0", "net\\ipv4", "netfilter.x",
            "net/ipv4/ip_forward/"})
    void shouldRejectSysctlKeysThatLeaveNet(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetNamespace.sysctlPath(key));
        assertTrue(e.getMessage().startsWith("sysctl key"), e.getMessage());
    }

    @Test
    void shouldRejectSysctlValuesWithNewlinesOrNulBeforeWriting() {
        NetNamespace host = NetNamespace.current();
        assertThrows(IllegalArgumentException.class, () -> host.sysctl("net.ipv4.ip_forward", "1\n0"));
        assertThrows(IllegalArgumentException.class, () -> host.sysctl("net.ipv4.ip_forward", "1\0"));
        assertThrows(IllegalArgumentException.class, () -> host.sysctl("net.ipv4.ip_forward", null));
        assertThrows(IllegalArgumentException.class, () -> host.sysctl("kernel.hostname", "x"));
    }

    @Test
    void shouldExplainWhyMountingFailedWhenNotPermitted() {
        NetlinkException e = NetNamespace.mountFailure("ip netns add red: mount --make-rshared /run/netns", Errno.EPERM);
        assertEquals(Errno.EPERM, e.errno());
        assertTrue(!e.isKernelError());
        assertTrue(e.getMessage().startsWith("ip netns add red: mount --make-rshared /run/netns (mounting is not permitted:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("unshare -rnm"), e.getMessage());
        assertTrue(e.getMessage().endsWith("EPERM (Operation not permitted)"), e.getMessage());
        NetlinkException other = NetNamespace.mountFailure("ip netns add red: mount", Errno.ENOENT);
        assertEquals("ip netns add red: mount: ENOENT (No such file or directory)", other.getMessage());
    }
}
