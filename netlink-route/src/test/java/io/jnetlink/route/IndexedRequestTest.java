package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkBatch;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.IfLink;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests given device indexes ({@code dev(int)}) encode themselves publicly, need no look-up
 * round trip, and write the same bytes as the by-name path once the name is resolved.
 */
class IndexedRequestTest {
    private static final int BR0 = 7;

    /** A fake kernel that answers RTM_GETLINK of "br0" with index 7 and ACKs everything else. */
    private static FakeKernel kernel() {
        return new FakeKernel().onRequest((request, reply) -> {
            if (request.type() == Rtnl.RTM_GETLINK) {
                reply.part(request, Rtnl.RTM_NEWLINK, 0, w -> {
                    int h = w.reserve(IfInfoMsg.LENGTH);
                    w.putU32At(h + IfInfoMsg.INDEX_OFFSET, BR0);
                    w.putAttrString(IfLink.IFLA_IFNAME, "br0");
                });
            }
            if (request.hasFlags(Netlink.NLM_F_ACK)) {
                reply.ack(request);
            }
        });
    }

    private static String hex(RequestEncoder e) {
        MessageWriter w = new MessageWriter(512);
        e.encode(w);
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return HexFormat.of().formatHex(b);
    }

    private static int u32Attribute(FakeKernel.Request request, int headerLength, int type) {
        MessageReader m = request.reader();
        AttributeReader a = m.attributes(new AttributeReader(), headerLength);
        assertTrue(a.find(type), "attribute " + type + " present");
        return a.u32();
    }

    @Test
    void shouldApplyAnAddressByIndexWithoutALookUpAndLikeTheResolvedName() {
        FakeKernel kernel = kernel();
        NetlinkConnection c = NetlinkConnection.over(kernel);
        Addresses.add("10.0.0.5/32").dev(BR0).apply(c);
        assertEquals(1, kernel.requests().size(), "no RTM_GETLINK for an index");
        FakeKernel.Request sent = kernel.requests().get(0);
        assertEquals(Rtnl.RTM_NEWADDR, sent.type());
        assertEquals(BR0, sent.reader().payloadU32(IfAddrMsg.INDEX_OFFSET));

        AddressRequest byName = Addresses.add("10.0.0.5/32").dev("br0");
        assertEquals(hex(Addresses.add("10.0.0.5/32").dev(BR0)), hex(byName.resolve(c)));
        assertEquals(2, kernel.requests().size(), "resolve looked br0 up once");
        assertEquals(Rtnl.RTM_GETLINK, kernel.requests().get(1).type());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> byName.encode(new MessageWriter()));
        assertTrue(e.getMessage().contains("br0"), e.getMessage());
        assertTrue(Addresses.add("10.0.0.5/32").dev(BR0).describe().contains("ifindex 7"));
    }

    @Test
    void shouldEncodeRoutesAndNextHopsByIndexAndRefuseUnresolvedNames() {
        FakeKernel kernel = kernel();
        NetlinkConnection c = NetlinkConnection.over(kernel);
        Routes.add("172.16.0.0/16").via("10.0.0.2").dev(BR0).apply(c);
        assertEquals(1, kernel.requests().size());
        assertEquals(BR0, u32Attribute(kernel.requests().get(0), RtMsg.LENGTH, RtMsg.RTA_OIF));
        assertEquals(hex(Routes.add("172.16.0.0/16").nextHop("10.0.0.2", BR0, 2).nextHop("10.0.0.3", BR0, 1)),
                hex(Routes.add("172.16.0.0/16").nextHop("10.0.0.2", "br0", 2).nextHop("10.0.0.3", "br0", 1).resolve(c)));
        assertThrows(IllegalStateException.class, () -> Routes.add("172.16.0.0/16").nextHop("10.0.0.2", "br0", 1)
                .encode(new MessageWriter()));
        assertThrows(IllegalArgumentException.class, () -> Routes.add("172.16.0.0/16").dev(0));
        assertThrows(IllegalArgumentException.class, () -> Routes.add("172.16.0.0/16").nextHop("10.0.0.2", -1, 1));
        // a route naming no device is its own encoder
        RouteRequest plain = Routes.add("172.16.0.0/16").via("10.0.0.2");
        assertEquals(plain, plain.resolve(c));
    }

    @Test
    void shouldEncodeNeighboursAndLinksPubliclyAndPipelineThemInOneBatch() {
        FakeKernel kernel = kernel();
        NetlinkConnection c = NetlinkConnection.over(kernel);
        NetlinkBatch.on(c)
                .add(Neighbors.add("10.0.0.2").lladdr("02:00:00:00:00:02").dev(BR0))
                .add(Links.create().veth("va").peer("vb"))
                .add(Links.delete("va"))
                .add(Addresses.add("10.0.0.9/24").dev(BR0).validLifetime(100))
                .apply();
        List<FakeKernel.Request> sent = kernel.requests();
        assertEquals(List.of(Rtnl.RTM_NEWNEIGH, Rtnl.RTM_NEWLINK, Rtnl.RTM_DELLINK, Rtnl.RTM_NEWADDR),
                sent.stream().map(FakeKernel.Request::type).toList());
        assertEquals(BR0, sent.get(0).reader().payloadU32(NdMsg.IFINDEX_OFFSET));
        // IFA_CACHEINFO written in place: preferred = valid = 100
        MessageReader addr = sent.get(3).reader();
        AttributeReader a = addr.attributes(new AttributeReader(), IfAddrMsg.LENGTH);
        assertTrue(a.find(IfAddrMsg.IFA_CACHEINFO));
        assertEquals(IfAddrMsg.CACHEINFO_LENGTH, a.valueLength());
        assertEquals(100, a.buffer().getInt(a.valueOffset() + IfAddrMsg.CACHEINFO_PREFERRED_OFFSET));
        assertEquals(100, a.buffer().getInt(a.valueOffset() + IfAddrMsg.CACHEINFO_VALID_OFFSET));
        // a macvlan names its parent: only resolve() can encode it
        assertThrows(IllegalStateException.class, () -> Links.create().macvlan("mv0").parent("br0").encode(new MessageWriter()));
        assertTrue(Links.delete("va").describe().contains("RTM_DELLINK va"));
    }

    @Test
    void shouldNameTheRequestWhenTheKernelRefusesIt() {
        FakeKernel kernel = new FakeKernel().onRequest((request, reply) -> reply.error(request, Errno.EEXIST));
        NetlinkConnection c = NetlinkConnection.over(kernel);
        NetlinkException e = assertThrows(NetlinkException.class, () -> Addresses.add("10.0.0.5/32").dev(BR0).apply(c));
        assertEquals(Errno.EEXIST, e.errno());
        assertTrue(e.getMessage().contains("RTM_NEWADDR 10.0.0.5/32 dev ifindex 7"), e.getMessage());
    }
}
