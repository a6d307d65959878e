package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static io.jnetlink.route.LinkIpTool.ip;
import static io.jnetlink.route.LinkIpTool.num;
import static io.jnetlink.route.LinkIpTool.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every link operation against the real kernel, each in namespaces of its own. */
class LinkLifecycleIT {
    private NetNamespace ns;
    private NetNamespace other;

    @BeforeEach
    void namespaces() {
        ns = NetNamespace.create();
        other = NetNamespace.create();
    }

    @AfterEach
    void close() {
        ns.close();
        other.close();
    }

    @Test
    void shouldCreateVethPairAndFailWithEexistOnDuplicate() {
        Links.create().veth("veth-red").peer("veth-blue").in(ns).apply();
        Link red = Links.get("veth-red", ns).orElseThrow();
        Link blue = Links.get("veth-blue", ns).orElseThrow();
        assertEquals(Optional.of("veth"), red.kind());
        assertEquals(blue.index(), red.linkIndex());
        assertEquals(red.index(), blue.linkIndex());
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> Links.create().veth("veth-red").peer("veth-other").in(ns).apply());
        assertEquals(Errno.EEXIST, e.errno());
        assertTrue(e.getMessage().startsWith("RTM_NEWLINK veth-red: EEXIST"), e.getMessage());
        assertTrue(Links.get("veth-other", ns).isEmpty(), "the failed request made nothing");
        assertThrows(IllegalArgumentException.class,
                () -> Links.create().veth("a-name-longer-than-15").peer("x").in(ns).apply());
    }

    @Test
    void shouldCreateWithCommonOptionsAndPeerOptions() {
        Links.create().bridge("br0").in(ns).apply();
        Links.create().veth("v0").peer("v0p").mtu(1400).address("02:00:00:00:01:01").txQueueLength(321)
                .group(5).master("br0").up().peerMtu(1300).peerAddress("02:00:00:00:01:02").in(ns).apply();
        Link v0 = Links.get("v0", ns).orElseThrow();
        Link br = Links.get("br0", ns).orElseThrow();
        assertEquals(1400, v0.mtu());
        assertEquals("02:00:00:00:01:01", v0.macAddress());
        assertEquals(321, v0.txQueueLength());
        assertEquals(5, v0.group());
        assertEquals(br.index(), v0.masterIndex());
        assertTrue(v0.isUp());
        Link peer = Links.get("v0p", ns).orElseThrow();
        assertEquals(1300, peer.mtu());
        assertEquals("02:00:00:00:01:02", peer.macAddress());
        assertFalse(peer.isUp());
    }

    @Test
    void shouldCreatePeerDirectlyInAnotherNamespace() {
        Links.create().veth("near").peer("far").peerNetns(other).in(ns).apply();
        assertTrue(Links.get("far", ns).isEmpty());
        Link far = Links.get("far", other).orElseThrow();
        Link near = Links.get("near", ns).orElseThrow();
        assertEquals(near.index(), far.linkIndex());
        assertTrue(far.linkNetnsId().isPresent(), "the peer's IFLA_LINK points into another namespace: " + far);
        assertTrue(ip(other, "-o", "link", "show", "far").contains("far@"));
    }

    @Test
    void shouldCreateLinkDirectlyInAnotherNamespace() {
        Links.create().bridge("brx").netns(other).in(ns).apply();
        assertTrue(Links.get("brx", ns).isEmpty());
        assertEquals(Optional.of("bridge"), Links.get("brx", other).orElseThrow().kind());
    }

    @Test
    void shouldChangeUpDownMtuMacAliasTxqlenPromiscGroup() {
        Links.create().veth("c0").peer("c1").in(ns).apply();
        Links.set("c0").up().mtu(9000).address("02:00:00:00:02:01").alias("my cable").txQueueLength(77)
                .promisc(true).group(12).in(ns).apply();
        Link c0 = Links.get("c0", ns).orElseThrow();
        assertTrue(c0.isUp());
        assertEquals(9000, c0.mtu());
        assertEquals("02:00:00:00:02:01", c0.macAddress());
        assertEquals(Optional.of("my cable"), c0.alias());
        assertEquals(77, c0.txQueueLength());
        assertTrue(c0.flags().isPromiscuous());
        assertEquals(12, c0.group());
        Map<String, Object> j = LinkIpTool.link(ns, "c0").orElseThrow();
        assertEquals("my cable", j.get("ifalias"));
        assertTrue(((List<?>) j.get("flags")).contains("PROMISC"));
        Links.set("c0").down().promisc(false).in(ns).apply();
        c0 = Links.get("c0", ns).orElseThrow();
        assertFalse(c0.isUp());
        assertFalse(c0.flags().isPromiscuous());
    }

    @Test
    void shouldRenameByIndexAndSetByIndex() {
        Links.create().veth("old0").peer("old1").in(ns).apply();
        int index = Links.get("old0", ns).orElseThrow().index();
        Links.set("old0").name("new0").in(ns).apply();
        assertTrue(Links.get("old0", ns).isEmpty());
        assertEquals(index, Links.get("new0", ns).orElseThrow().index());
        Links.set(index).mtu(1280).in(ns).apply();
        assertEquals(1280, Links.get(index, ns).orElseThrow().mtu());
        assertEquals("new0", Links.get(index, ns).orElseThrow().name());
    }

    @Test
    void shouldSetAnMtuTheDeviceAcceptsBeyondEthernetLimits() {
        Links.set("lo").mtu(100_000).in(ns).apply(); // lo's max_mtu is INT_MAX; ip link set lo mtu 100000
        assertEquals(100_000, Links.get("lo", ns).orElseThrow().mtu());
    }

    @Test
    void shouldEnslaveAndRelease() {
        Links.create().bridge("v-net-0").in(ns).apply();
        Links.create().veth("p0").peer("p0-br").in(ns).apply();
        Links.set("p0-br").master("v-net-0").up().in(ns).apply();
        int bridge = Links.get("v-net-0", ns).orElseThrow().index();
        assertEquals(bridge, Links.get("p0-br", ns).orElseThrow().masterIndex());
        assertEquals("v-net-0", LinkIpTool.link(ns, "p0-br").orElseThrow().get("master"));
        Links.set("p0-br").noMaster().in(ns).apply();
        assertEquals(0, Links.get("p0-br", ns).orElseThrow().masterIndex());
    }

    @Test
    void shouldMoveToNamespaceByHandleAndByPid() throws Exception {
        Links.create().veth("m0").peer("m1").in(ns).apply();
        Links.set("m0").netns(other).in(ns).apply();
        assertTrue(Links.get("m0", ns).isEmpty());
        assertTrue(Links.get("m0", other).isPresent());

        Process sleeper = other.start(new ProcessBuilder("sleep", "30"));
        try {
            Links.set("m1").netnsPid((int) sleeper.pid()).in(ns).apply();
        } finally {
            sleeper.destroy();
            sleeper.waitFor(5, TimeUnit.SECONDS);
        }
        assertTrue(Links.get("m1", ns).isEmpty());
        assertTrue(Links.get("m1", other).isPresent(), "moved into the namespace of the pid");
    }

    @Test
    void shouldMoveIntoANamedNamespaceThatIproute2Sees() {
        String name = "lnk-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100000;
        NetNamespace named = NetNamespace.create(name);
        try {
            Links.create().veth("n0").peer("n1").in(ns).apply();
            Links.set("n0").netns(named).in(ns).apply();
            Links.set("n0").up().in(named).apply();
            assertTrue(Links.get("n0", ns).isEmpty());
            String shown = ip(ns, "-n", name, "-o", "link", "show", "n0");
            assertTrue(shown.contains("n0@") && shown.contains(",UP"), shown);
            Links.delete("n0").in(named).apply();
            assertTrue(Links.get("n1", ns).isEmpty(), "deleting n0 in the named namespace removed its peer");
        } finally {
            named.delete();
        }
    }

    @Test
    void shouldDeleteOneLinkAndItsPeer() {
        Links.create().veth("d0").peer("d1").in(ns).apply();
        Links.delete("d0").in(ns).apply();
        assertTrue(Links.get("d0", ns).isEmpty());
        assertTrue(Links.get("d1", ns).isEmpty(), "deleting one end deletes the pair");
        NetlinkException e = assertThrows(NetlinkException.class, () -> Links.delete("d0").in(ns).apply());
        assertEquals(Errno.ENODEV, e.errno());
        NetlinkException set = assertThrows(NetlinkException.class, () -> Links.set("d0").up().in(ns).apply());
        assertEquals(Errno.ENODEV, set.errno());
    }

    @Test
    void shouldDeleteEveryLinkOfAGroupAtOnce() {
        for (int i = 0; i < 50; i++) {
            Links.create().veth("g" + i).peer("g" + i + "p").group(9).in(ns).apply();
        }
        Links.create().veth("keep0").peer("keep1").group(8).in(ns).apply();
        assertEquals(50, Links.list(ns).stream().filter(l -> l.group() == 9).count());
        assertEquals(103, Links.list(ns).size(), "50 pairs, one more pair, and lo");
        Links.deleteGroup(9).in(ns).apply();
        List<String> left = Links.list(ns).stream().map(Link::name).sorted().toList();
        assertEquals(List.of("keep0", "keep1", "lo"), left);
    }

    @Test
    void shouldCreateMacvlanAndVxlan() {
        Links.create().veth("u0").peer("u1").in(ns).apply();
        Links.create().macvlan("mv0").parent("u0").mode(MacvlanMode.PRIVATE).in(ns).apply();
        Links.create().vxlan("vx0").id(4242).remote("10.9.8.7").port(4789).dev("u1").learning(false).ttl(9).in(ns).apply();
        Link mv = Links.get("mv0", ns).orElseThrow();
        assertEquals(Links.get("u0", ns).orElseThrow().index(), mv.linkIndex());
        assertEquals(Optional.of(MacvlanMode.PRIVATE), mv.macvlan().orElseThrow().mode());
        VxlanInfo vx = Links.get("vx0", ns).orElseThrow().vxlan().orElseThrow();
        assertEquals(4242, vx.id());
        assertEquals("10.9.8.7", vx.group().orElseThrow().getHostAddress());
        assertEquals(4789, vx.port());
        assertEquals(Links.get("u1", ns).orElseThrow().index(), vx.linkIndex());
        assertFalse(vx.learning());
        assertEquals(9, vx.ttl());
    }

    @Test
    void shouldReportUnknownDeviceTypeThroughTheRawEscapeHatch() {
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> Links.create().kind("x0", "nosuchkind").data(new byte[] {8, 0, 1, 0, 1, 0, 0, 0}).in(ns).apply());
        assertEquals(Errno.EOPNOTSUPP, e.errno());
        assertEquals("Unknown device type", e.kernelMessage().orElse(""));
    }

    @Test
    void shouldCreateAKnownKindThroughTheRawEscapeHatch() {
        // IFLA_BR_STP_STATE (5) = 1 and IFLA_BR_PRIORITY (6) = 0x1000, encoded by hand
        byte[] data = {8, 0, 5, 0, 1, 0, 0, 0, 6, 0, 6, 0, 0, 0x10, 0, 0};
        Links.create().kind("rawbr", "bridge").data(data).in(ns).apply();
        BridgeInfo b = Links.get("rawbr", ns).orElseThrow().bridge().orElseThrow();
        assertEquals(1, b.stpState());
        assertEquals(0x1000, b.priority());
    }

    @Test
    void shouldStreamLinksThroughOneReusedView() {
        Links.create().veth("s0").peer("s1").mtu(1450).in(ns).apply();
        List<LinkView> seen = new ArrayList<>();
        int[] mtu = {0};
        Links.forEach(ns, v -> {
            seen.add(v);
            if (v.nameEquals("s0")) {
                mtu[0] = v.mtu();
                assertTrue(v.kindEquals("veth"));
            }
        });
        assertEquals(3, seen.size());
        assertSame(seen.get(0), seen.get(2), "one view for every message");
        assertEquals(1450, mtu[0]);
    }

    @Test
    void shouldListOnlyLoopbackInAFreshNamespace() {
        List<Link> links = Links.list(other);
        assertEquals(1, links.size());
        assertEquals("lo", links.get(0).name());
        assertTrue(links.get(0).flags().isLoopback());
        Links.set("lo").up().in(other).apply();
        assertTrue(Links.get("lo", other).orElseThrow().isUp());
        assertNotEquals(OperState.DOWN, Links.get("lo", other).orElseThrow().operState());
    }

    @Test
    void shouldRunInTheCallersNamespaceWithoutIn() throws Exception {
        other.call(() -> {
            Links.create().bridge("here0").apply();
            return null;
        });
        assertTrue(Links.get("here0", other).isPresent());
        assertTrue(other.call(() -> Links.get("here0")).isPresent());
        assertEquals(2, other.call(Links::list).size());
    }
}
