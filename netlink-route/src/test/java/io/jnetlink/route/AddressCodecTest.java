package io.jnetlink.route;

import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.IpAddresses;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.jnetlink.route.RouteTestVectors.assertSameBytes;
import static io.jnetlink.route.RouteTestVectors.masked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Address requests against what {@code ip addr add} sends, and replies the kernel sent to {@code ip addr show}. */
class AddressCodecTest {
    private static final int VETH0 = 3; // ifindex of veth0 in capture.sh

    @Test
    void shouldEncodeAddExactlyLikeIpAddrAdd() {
        // ip addr add 192.168.15.1/24 dev veth0 (captured by capture.sh):
        // nlmsghdr len=40 type=RTM_NEWADDR flags=REQUEST|ACK|EXCL|CREATE
        // ifaddrmsg family=AF_INET prefixlen=24 flags=0 scope=0 index=3
        // IFA_LOCAL len=8 192.168.15.1 ; IFA_ADDRESS len=8 192.168.15.1
        byte[] ip = RouteTestVectors.mask(bytes(RouteTestVectors.datagrams("addr/ip-addr-add.hex").get(0)));
        MessageWriter w = new MessageWriter();
        AddressRequest request = Addresses.add("192.168.15.1/24").dev("veth0");
        request.check();
        request.encode(w, VETH0);
        // the connection adds REQUEST|ACK, as ip's message has them
        w.addFlags(0, io.jnetlink.core.message.Netlink.NLM_F_REQUEST | io.jnetlink.core.message.Netlink.NLM_F_ACK);
        assertSameBytes(ip, masked(w));
    }

    @Test
    void shouldCarryFlagsAboveEightBitsInIfaFlagsAndLifetimesInCacheInfo() throws Exception {
        MessageWriter w = new MessageWriter();
        AddressRequest r = Addresses.replace("fd00::1/64").dev("veth0").noDad().noPrefixRoute()
                .validLifetime(600).preferredLifetime(300);
        r.check();
        r.encode(w, VETH0);
        // decoding our own message back gives what we asked for
        w.buffer().putShort(4, (short) Rtnl.RTM_NEWADDR);
        ByteBuffer copy = RouteTestVectors.direct(bytes(w.buffer(), w.position()));
        Address a = new AddressView().wrap(RouteTestVectors.reader(copy)).toAddress();
        assertEquals(IpAddresses.AF_INET6, a.family());
        assertEquals(InetAddress.getByName("fd00::1"), a.address());
        assertEquals(64, a.prefixLength());
        assertEquals(IfAddrMsg.IFA_F_NODAD | IfAddrMsg.IFA_F_NOPREFIXROUTE, a.flags());
        assertEquals(600, a.validLifetime());
        assertEquals(300, a.preferredLifetime());
        assertEquals(Optional.empty(), a.peer());
        // flags 0x202 do not fit ifa_flags: the header byte stays 0 and IFA_FLAGS carries them
        assertEquals(0, copy.get(16 + IfAddrMsg.FLAGS_OFFSET));
    }

    @Test
    void shouldDecodeEveryAddressIpAddrShowReceived() throws Exception {
        List<Address> all = RouteTestVectors.messages("addr/ip-addr-show.hex", Rtnl.RTM_NEWADDR).stream()
                .map(b -> new AddressView().wrap(RouteTestVectors.reader(b)).toAddress()).collect(Collectors.toList());
        // ip -d addr show printed (route/state.txt): lo 127.0.0.1/8 ::1/128; veth1 fe80::ff:fe00:2/64;
        // veth0 192.168.15.1/24, 10.20.0.1 peer 10.20.0.2/32 label veth0:p, fd00::1/64 nodad, fe80::ff:fe00:1/64
        assertEquals(List.of("127.0.0.1/8", "192.168.15.1/24", "10.20.0.1/32", "::1/128", "fe80::ff:fe00:2/64",
                "fd00::1/64", "fe80::ff:fe00:1/64"),
                all.stream().map(Address::toString).collect(Collectors.toList()));
        Address lo = all.get(0);
        assertEquals(1, lo.index());
        assertEquals(RtMsg.RT_SCOPE_HOST, lo.scope());
        assertEquals(Optional.of("lo"), lo.label());
        assertTrue(lo.isPermanent());
        Address v4 = all.get(1);
        assertEquals(VETH0, v4.index());
        assertEquals(RtMsg.RT_SCOPE_UNIVERSE, v4.scope());
        assertEquals(Optional.of("veth0"), v4.label());
        assertEquals(Optional.empty(), v4.peer());
        Address p2p = all.get(2);
        assertEquals(Optional.of(InetAddress.getByName("10.20.0.2")), p2p.peer());
        assertEquals(Optional.of("veth0:p"), p2p.label());
        assertEquals(3600, p2p.validLifetime());
        assertEquals(1800, p2p.preferredLifetime());
        assertTrue(!p2p.isPermanent());
        Address nodad = all.get(5);
        assertTrue(nodad.hasFlag(IfAddrMsg.IFA_F_NODAD));
        assertTrue(nodad.hasFlag(IfAddrMsg.IFA_F_PERMANENT));
        assertEquals(IpAddresses.AF_INET6, nodad.family());
    }

    @Test
    void shouldReuseOneViewWithoutChangingRecordsTakenEarlier() {
        List<ByteBuffer> msgs = RouteTestVectors.messages("addr/ip-addr-show.hex", Rtnl.RTM_NEWADDR);
        AddressView view = new AddressView();
        Address first = view.wrap(RouteTestVectors.reader(msgs.get(0))).toAddress();
        assertSame(view, view.wrap(RouteTestVectors.reader(msgs.get(1))));
        msgs.get(0).put(16 + 8 + 4, (byte) 99); // scribble over the first message's buffer
        assertEquals("127.0.0.1/8", first.toString());
        byte[] a = new byte[4];
        assertEquals(4, view.copyAddress(a));
        assertEquals("192.168.15.1", RtnlInet.of(a).getHostAddress());
    }

    @Test
    void shouldRaiseOnlyDecodeErrorsOnTruncatedOrMutatedAddresses() {
        for (ByteBuffer m : RouteTestVectors.messages("addr/ip-addr-show.hex", Rtnl.RTM_NEWADDR)) {
            int rejected = RouteTestVectors.assertOnlyDecodeErrors(m, r -> new AddressView().wrap(r).toAddress());
            assertTrue(rejected > 0, "cutting into the ifaddrmsg must be rejected");
        }
    }

    private static byte[] bytes(ByteBuffer b) {
        return bytes(b, b.capacity());
    }

    private static byte[] bytes(ByteBuffer b, int n) {
        byte[] out = new byte[n];
        b.get(0, out);
        return out;
    }
}
