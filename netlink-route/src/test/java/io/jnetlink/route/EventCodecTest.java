package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfLink;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the event codec follows, skips, and counts as the same object and the same state. */
class EventCodecTest {
    private static final int AF_BRIDGE = 7;
    private final EventCodec all = new EventCodec(EnumSet.allOf(RouteEventGroup.class));
    private final MessageWriter w = new MessageWriter();
    private final MessageReader r = new MessageReader();

    private MessageReader link(int type, int family, int index, String name, int mtu) {
        w.reset();
        int m = w.beginMessage(type, 0);
        int h = w.reserve(IfInfoMsg.LENGTH);
        w.putU8At(h + IfInfoMsg.FAMILY_OFFSET, family);
        w.putU32At(h + IfInfoMsg.INDEX_OFFSET, index);
        w.putAttrString(IfLink.IFLA_IFNAME, name);
        w.putAttrU32(IfLink.IFLA_MTU, mtu);
        w.endMessage(m);
        return next();
    }

    private MessageReader neighbor(int family, int state, int flags, String dst) throws Exception {
        w.reset();
        int m = w.beginMessage(Rtnl.RTM_NEWNEIGH, 0);
        int h = w.reserve(NdMsg.LENGTH);
        w.putU8At(h + NdMsg.FAMILY_OFFSET, family);
        w.putU32At(h + NdMsg.IFINDEX_OFFSET, 3);
        w.putU16At(h + NdMsg.STATE_OFFSET, state);
        w.putU8At(h + NdMsg.FLAGS_OFFSET, flags);
        w.putAttrAddress(NdMsg.NDA_DST, InetAddress.getByName(dst));
        w.putAttrBytes(NdMsg.NDA_LLADDR, new byte[]{2, 0, 0, 0, 0, 2});
        w.endMessage(m);
        return next();
    }

    private MessageReader route(int family, int flags, String dst, int len, String gateway, int oif) throws Exception {
        w.reset();
        int m = w.beginMessage(Rtnl.RTM_NEWROUTE, 0);
        int h = w.reserve(RtMsg.LENGTH);
        w.putU8At(h + RtMsg.FAMILY_OFFSET, family);
        w.putU8At(h + RtMsg.DST_LEN_OFFSET, len);
        w.putU8At(h + RtMsg.TABLE_OFFSET, 254);
        w.putU8At(h + RtMsg.TYPE_OFFSET, 1);
        w.putU32At(h + RtMsg.FLAGS_OFFSET, flags);
        w.putAttrU32(RtMsg.RTA_TABLE, 254);
        w.putAttrAddress(RtMsg.RTA_DST, InetAddress.getByName(dst));
        w.putAttrAddress(RtMsg.RTA_GATEWAY, InetAddress.getByName(gateway));
        w.putAttrU32(RtMsg.RTA_OIF, oif);
        w.endMessage(m);
        return next();
    }

    /** The codec's key of a record, as it caches it. */
    private Object key(Object value) {
        return all.key(followed(value));
    }

    /** Whether the codec sees the same state in two records. */
    private boolean sameState(Object known, Object update) {
        return all.sameState(followed(known), followed(update));
    }

    private static RouteFollowed followed(Object value) {
        if (value instanceof Link l) {
            return new RouteFollowed.OfLink(l);
        } else if (value instanceof Address a) {
            return new RouteFollowed.OfAddress(a);
        } else if (value instanceof Route r) {
            return new RouteFollowed.OfRoute(r);
        }
        return new RouteFollowed.OfNeighbor((Neighbor) value);
    }

    private MessageReader next() {
        r.wrap(w.buffer(), 0, w.position());
        assertTrue(r.next());
        return r;
    }

    @Test
    void shouldFollowOrdinaryLinksAndSkipBridgePortMessagesOfTheSameGroup() {
        StateUpdate<RouteFollowed> u = all.decode(link(Rtnl.RTM_NEWLINK, 0, 5, "eth5", 1500));
        assertEquals("eth5", ((RouteFollowed.OfLink) u.value()).link().name());
        assertFalse(u.deleted());
        assertTrue(all.decode(link(Rtnl.RTM_DELLINK, 0, 5, "eth5", 1500)).deleted());
        assertNull(all.decode(link(Rtnl.RTM_NEWLINK, AF_BRIDGE, 5, "eth5", 1500)), "AF_BRIDGE port info is no link");
        assertNull(all.decode(link(Rtnl.RTM_DELLINK, AF_BRIDGE, 5, "eth5", 1500)), "leaving a bridge is no deletion");
        assertNull(new EventCodec(EnumSet.of(RouteEventGroup.NSID)).decode(link(Rtnl.RTM_NEWLINK, 0, 5, "eth5", 1500)),
                "links are not followed unless asked for");
    }

    @Test
    void shouldIdentifyLinksByIndexAndIgnoreCountersButNotMtu() {
        Link a = ((RouteFollowed.OfLink) all.decode(link(Rtnl.RTM_NEWLINK, 0, 5, "eth5", 1500)).value()).link();
        Link renamed = ((RouteFollowed.OfLink) all.decode(link(Rtnl.RTM_NEWLINK, 0, 5, "wan0", 1500)).value()).link();
        Link other = ((RouteFollowed.OfLink) all.decode(link(Rtnl.RTM_NEWLINK, 0, 6, "eth5", 1500)).value()).link();
        Link mtu = ((RouteFollowed.OfLink) all.decode(link(Rtnl.RTM_NEWLINK, 0, 5, "eth5", 9000)).value()).link();
        assertEquals(key(a), key(renamed));
        assertNotEquals(key(a), key(other));
        assertFalse(sameState(a, mtu));
        assertFalse(sameState(a, renamed));
        Link counted = a.toBuilder().stats(Optional.of(LinkStats.read(java.nio.ByteBuffer.allocate(200), 0, 200))).build();
        assertTrue(sameState(a, counted), "traffic counters are not a change");
    }

    @Test
    void shouldTreatNoarpNeighborsAsGoneAndSkipProxyAndBridgeEntries() throws Exception {
        StateUpdate<RouteFollowed> reachable = all.decode(neighbor(IpAddresses.AF_INET, NdMsg.NUD_REACHABLE, 0, "10.0.0.2"));
        assertFalse(reachable.deleted());
        StateUpdate<RouteFollowed> noarp = all.decode(neighbor(IpAddresses.AF_INET6, NdMsg.NUD_NOARP, 0, "ff02::16"));
        assertTrue(noarp.deleted(), "NOARP entries are not followed, as ip neigh hides them");
        assertNull(all.decode(neighbor(IpAddresses.AF_INET, NdMsg.NUD_REACHABLE, NdMsg.NTF_PROXY, "10.0.0.3")));
        assertNull(all.decode(neighbor(AF_BRIDGE, NdMsg.NUD_REACHABLE, 0, "10.0.0.4")));
        Neighbor n = ((RouteFollowed.OfNeighbor) reachable.value()).neighbor();
        assertEquals(key(n), key(new Neighbor(n.family(), n.index(), n.address(), "", 4, 0, 1)),
                "a neighbour is its interface and address, whatever its state");
    }

    @Test
    void shouldKeyIpv4RoutesWithoutTheirNextHopButIpv6RoutesWithIt() throws Exception {
        Route v4a = ((RouteFollowed.OfRoute) all.decode(route(IpAddresses.AF_INET, 0, "10.2.0.0", 24, "10.1.0.2", 3)).value()).route();
        Route v4b = ((RouteFollowed.OfRoute) all.decode(route(IpAddresses.AF_INET, 0, "10.2.0.0", 24, "10.1.0.3", 4)).value()).route();
        assertEquals(key(v4a), key(v4b), "ip route replace changes the gateway of the same IPv4 route");
        Route v6a = ((RouteFollowed.OfRoute) all.decode(route(IpAddresses.AF_INET6, 0, "fe80::", 64, "fe80::1", 3)).value()).route();
        Route v6b = ((RouteFollowed.OfRoute) all.decode(route(IpAddresses.AF_INET6, 0, "fe80::", 64, "fe80::1", 4)).value()).route();
        assertNotEquals(key(v6a), key(v6b), "IPv6 keeps fe80::/64 once per device");
        assertNull(all.decode(route(IpAddresses.AF_INET6, RtMsg.RTM_F_CLONED, "2001:db8::5", 128, "fe80::1", 3)),
                "cached clones are not routes");
        assertNull(new EventCodec(EnumSet.of(RouteEventGroup.IPV6_ROUTE))
                .decode(route(IpAddresses.AF_INET, 0, "10.2.0.0", 24, "10.1.0.2", 3)), "IPv4 routes not followed");
    }

    @Test
    void shouldIgnoreCountingDownLifetimesOfAddresses() throws Exception {
        InetAddress a = InetAddress.getByName("2001:db8::1");
        Address at100 = new Address(10, 3, a, 64, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, 100, 50);
        Address at90 = new Address(10, 3, a, 64, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, 90, 40);
        Address forever = new Address(10, 3, a, 64, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0,
                IfAddrMsg.INFINITY_LIFE_TIME, IfAddrMsg.INFINITY_LIFE_TIME);
        assertTrue(sameState(at100, at90));
        assertFalse(sameState(at100, forever), "becoming permanent is a change");
        assertEquals(key(at100), key(forever));
    }

    @Test
    void shouldCompareRoutesAndNeighboursWithoutTheKernelsBookkeepingButWithOtherKeptAttributes() throws Exception {
        Route r = ((RouteFollowed.OfRoute) all.decode(route(IpAddresses.AF_INET6, 0, "2001:db8:1::", 64, "fe80::1", 3))
                .value()).route();
        io.jnetlink.core.message.RawAttribute cacheInfo = new io.jnetlink.core.message.RawAttribute(RtMsg.RTA_CACHEINFO, new byte[32]);
        io.jnetlink.core.message.RawAttribute laterCacheInfo = new io.jnetlink.core.message.RawAttribute(RtMsg.RTA_CACHEINFO,
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0x2d, 0x75, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        io.jnetlink.core.message.RawAttribute pref = new io.jnetlink.core.message.RawAttribute(RtMsg.RTA_PREF, new byte[] {1});
        assertTrue(sameState(r.withOtherAttributes(List.of(cacheInfo)), r.withOtherAttributes(List.of(laterCacheInfo))),
                "RTA_CACHEINFO (use counts, time left) is bookkeeping");
        assertFalse(sameState(r.withOtherAttributes(List.of(cacheInfo)), r.withOtherAttributes(List.of(cacheInfo, pref))),
                "RTA_PREF is state");
        Neighbor n = ((RouteFollowed.OfNeighbor) all.decode(neighbor(IpAddresses.AF_INET, NdMsg.NUD_REACHABLE, 0, "10.0.0.2"))
                .value()).neighbor();
        io.jnetlink.core.message.RawAttribute ages = new io.jnetlink.core.message.RawAttribute(NdMsg.NDA_CACHEINFO, new byte[16]);
        io.jnetlink.core.message.RawAttribute older = new io.jnetlink.core.message.RawAttribute(NdMsg.NDA_CACHEINFO,
                new byte[] {13, 0, 0, 0, 13, 0, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0});
        assertTrue(sameState(n.withOtherAttributes(List.of(ages)), n.withOtherAttributes(List.of(older))));
        assertTrue(EventCodec.event(io.jnetlink.core.event.ChangeType.NEW, new RouteFollowed.OfRoute(r)) instanceof RouteEvent);
    }

    @Test
    void shouldPrintEventsLikeIpMonitor() {
        Link l = ((RouteFollowed.OfLink) all.decode(link(Rtnl.RTM_NEWLINK, 0, 5, "eth5", 1500)).value()).link();
        assertTrue(new LinkEvent(io.jnetlink.core.event.ChangeType.DELETED, l).toString().startsWith("[LINK] Deleted 5: eth5"));
        assertEquals("[NSID] nsid 3", new NsIdEvent(io.jnetlink.core.event.ChangeType.NEW, 3).toString());
        assertEquals("[SYNC] OVERRUN", new EventSync(io.jnetlink.core.event.SyncSignal.OVERRUN).toString());
    }
}
