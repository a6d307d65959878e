package io.jnetlink.route;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad arguments are refused while the request is built: nothing reaches a socket (none is opened here). */
class LinkValidationTest {

    private static void rejects(String mention, Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(mention), "message names '" + mention + "': " + x.getMessage());
    }

    @Test
    void shouldRejectBadInterfaceNames() {
        rejects("link name", () -> Links.create().veth("a-name-longer-than-15"));
        rejects("link name", () -> Links.create().bridge(""));
        rejects("link name", () -> Links.create().bridge("a/b"));
        rejects("link name", () -> Links.create().bridge("a:b"));
        rejects("link name", () -> Links.create().bridge("a b"));
        rejects("link name", () -> Links.create().bridge("."));
        rejects("link name", () -> Links.create().bridge(".."));
        rejects("link name", () -> Links.create().bridge(null));
        rejects("peer name", () -> Links.create().veth("ok").peer("éééééééé"));
        rejects("device name", () -> Links.set("a\tb"));
        rejects("device name", () -> Links.delete("0123456789abcdef"));
        rejects("new name", () -> Links.set("x").name("bad/name"));
        rejects("master", () -> Links.set("x").master(""));
        rejects("parent", () -> Links.create().macvlan("m").parent("x y"));
        assertDoesNotThrow(() -> Links.create().veth("0123456789abcde"));
    }

    @Test
    void shouldRejectBadMacAddresses() {
        rejects("address", () -> Links.create().bridge("b").address("02:00:00:00:00"));
        rejects("address", () -> Links.create().bridge("b").address("02:00:00:00:00:zz"));
        rejects("address", () -> Links.set("b").address("01:00:5e:00:00:01"));
        rejects("address", () -> Links.set("b").address("00:00:00:00:00:00"));
        rejects("peer address", () -> Links.create().veth("a").peerAddress("ff:ff:ff:ff:ff:ff"));
    }

    @Test
    void shouldRejectOutOfRangeNumbers() {
        rejects("mtu", () -> Links.set("x").mtu(0));
        rejects("mtu", () -> Links.set("x").mtu(-1));
        // device-specific limits are the kernel's to tell (lo takes 100000; a device may take < 68)
        assertDoesNotThrow(() -> Links.set("lo").mtu(100_000));
        assertDoesNotThrow(() -> Links.create().veth("a").mtu(67));
        rejects("link name", () -> Links.create().bridge("x%d")); // the kernel would name it x0
        rejects("link name", () -> Links.create().bridge("a\u00a0b")); // byte 0xa0: a space to the kernel
        rejects("peer mtu", () -> Links.create().veth("a").peerMtu(0));
        rejects("group", () -> Links.set("x").group(-1));
        rejects("group", () -> Links.set("x").group(1L << 32));
        rejects("group", () -> Links.deleteGroup(-5));
        rejects("txqueuelen", () -> Links.set("x").txQueueLength(-1));
        rejects("vxlan id", () -> Links.create().vxlan("v").id(1 << 24));
        rejects("dstport", () -> Links.create().vxlan("v").port(0));
        rejects("vxlan ttl", () -> Links.create().vxlan("v").ttl(256));
        rejects("priority", () -> Links.create().bridge("b").priority(70000));
        rejects("device index", () -> Links.set(0));
        rejects("netns pid", () -> Links.set("x").netnsPid(0));
    }

    @Test
    void shouldRejectIncompleteOrInconsistentKinds() {
        rejects("vxlan id must be set", () -> Links.create().vxlan("v").apply(null));
        rejects("parent must be set", () -> Links.create().macvlan("m").apply(null));
        rejects("vxlan remote must be unicast", () -> Links.create().vxlan("v").remote("239.1.1.1"));
        rejects("vxlan group must be a multicast", () -> Links.create().vxlan("v").group("10.0.0.1"));
        rejects("needs dev", () -> Links.create().vxlan("v").id(1).group("239.1.1.1").apply(null));
        rejects("vxlan remote", () -> Links.create().vxlan("v").remote("10.0.0.300"));
        rejects("peer name must differ", () -> Links.create().veth("a").peer("a").apply(null));
        rejects("link kind", () -> Links.create().kind("k", "two words"));
        rejects("alias", () -> Links.set("x").alias("a".repeat(256)));
        rejects("attribute type", () -> Links.set("x").attribute(0, new byte[0]));
    }
}
