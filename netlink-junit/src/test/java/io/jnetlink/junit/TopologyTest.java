package io.jnetlink.junit;

import io.jnetlink.core.net.IpPrefix;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topology arithmetic and validation, which run before any namespace is made (no privileges needed). */
class TopologyTest {

    @Test
    void shouldNumberHostsFromOneInTheSubnet() throws Exception {
        List<InetAddress> hosts = Topology.hostAddresses(IpPrefix.parse("10.9.0.0/24", "subnet"), 3);
        assertEquals(List.of(InetAddress.getByName("10.9.0.1"), InetAddress.getByName("10.9.0.2"),
                InetAddress.getByName("10.9.0.3")), hosts);
    }

    @Test
    void shouldStartFromTheNetworkWhenTheSubnetHasHostBits() throws Exception {
        assertEquals(InetAddress.getByName("10.9.0.1"), Topology.hostAddresses(IpPrefix.parse("10.9.0.77/24", "subnet"), 1).get(0));
    }

    @Test
    void shouldCarryAcrossOctets() throws Exception {
        List<InetAddress> hosts = Topology.hostAddresses(IpPrefix.parse("10.9.0.0/16", "subnet"), 64);
        assertEquals(InetAddress.getByName("10.9.0.64"), hosts.get(63));
        List<InetAddress> v6 = Topology.hostAddresses(IpPrefix.parse("fd00:9::/64", "subnet"), 2);
        assertEquals(InetAddress.getByName("fd00:9::2"), v6.get(1));
    }

    @Test
    void shouldKeepIpv4NetworkAndBroadcastFree() {
        assertEquals(2, Topology.hostAddresses(IpPrefix.parse("10.9.0.0/30", "subnet"), 2).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Topology.hostAddresses(IpPrefix.parse("10.9.0.0/30", "subnet"), 3));
        assertTrue(e.getMessage().contains("room for 2 host addresses"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Topology.hostAddresses(IpPrefix.parse("10.9.0.0/31", "subnet"), 1));
        assertThrows(IllegalArgumentException.class, () -> Topology.hostAddresses(IpPrefix.parse("10.9.0.1/32", "subnet"), 1));
        assertEquals(3, Topology.hostAddresses(IpPrefix.parse("fd00::/126", "subnet"), 3).size());
    }

    @Test
    void shouldRejectBadArgumentsBeforeMakingAnything() {
        assertMessage("namespaces must be 1..64: 0", () -> Topology.create(0, "br0", "10.9.0.0/24"));
        assertMessage("namespaces must be 1..64: 65", () -> Topology.create(65, "br0", "10.9.0.0/24"));
        assertMessage("bridge", () -> Topology.create(2, "a-name-far-too-long", "10.9.0.0/24"));
        assertMessage("bridge", () -> Topology.create(2, "", "10.9.0.0/24"));
        assertMessage("subnet", () -> Topology.create(2, "br0", "10.9.0.0"));
        assertMessage("subnet", () -> Topology.create(2, "br0", "example.org/24"));
        assertMessage("interfaceName", () -> Topology.create(2, "br0", "10.9.0.0/24", "bad/name", "test"));
        assertMessage("fewer than the 3 namespaces", () -> Topology.create(3, "br0", "10.9.0.0/30"));
    }

    @Test
    void shouldTakeDefaultsWhenNoAnnotationIsPresent() {
        assertEquals(new TopologySpec(2, "br0", "10.9.0.0/24", "eth0"), TopologySpec.of(null));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
