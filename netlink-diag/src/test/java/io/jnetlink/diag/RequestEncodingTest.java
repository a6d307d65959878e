package io.jnetlink.diag;

import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.diag.wire.SockDiag;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Requests byte for byte against what ss sent (strace of ss 6.1 in a private namespace, x86_64). */
class RequestEncodingTest {
    private static String payload(MessageWriter w) {
        byte[] all = new byte[w.position()];
        w.buffer().get(0, all);
        return HexFormat.of().formatHex(all).substring(32); // after nlmsghdr (seq and pid differ per run)
    }

    /** The SOCK_DESTROY of a loopback TCP socket of {@code family} between the two ports. */
    private static MessageWriter destroyOfLoopback(int family, int localPort, int remotePort, long cookie) throws Exception {
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        InetSocket s = new InetSocket(family, 6, 1, 0, 0, new InetSocketAddress(lo, localPort), new InetSocketAddress(lo, remotePort),
                0, cookie, 0, 0, 0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), -1, List.of());
        MessageWriter w = new MessageWriter(128);
        InetDiagRequests.destroy(w, s);
        return w;
    }

    @Test
    void shouldEncodeSockDestroyLikeSsK() throws Exception {
        assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "golden vectors captured from ss on a little-endian host");
        // ss -K -tan dport = :80 sent: SOCK_DESTROY {AF_INET, IPPROTO_TCP, ext 0, states 0,
        //   sport 50278, dport 80, src 127.0.0.1, dst 127.0.0.1, if 0, cookie [4121, 0]}
        MessageWriter w = destroyOfLoopback(2, 50278, 80, 4121);
        assertEquals(72, w.position());
        assertEquals(SockDiag.SOCK_DESTROY, w.buffer().getShort(4));
        assertEquals("02060000" + "00000000" + "c4660050" + "7f000001" + "0".repeat(24) + "7f000001" + "0".repeat(24)
                + "00000000" + "19100000" + "00000000", payload(w));
    }

    @Test
    void shouldSendTheV4MappedAddressOfAnIpv6SocketBackMapped() throws Exception {
        assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "golden vectors captured from ss on a little-endian host");
        // a dual-stack Java socket: AF_INET6 with ::ffff:127.0.0.1, which Java hands out as an Inet4Address
        MessageWriter w = destroyOfLoopback(10, 40000, 6101, 7);
        String mapped = "00000000000000000000ffff7f000001";
        assertEquals("0a060000" + "00000000" + "9c4017d5" + mapped + mapped + "00000000" + "07000000" + "00000000", payload(w));
    }

    @Test
    void shouldEncodeTheDumpOfSsTanStateListeningSport80() {
        assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "golden vectors captured from ss on a little-endian host");
        // ss -tan state listening sport = :80: {AF_INET, IPPROTO_TCP, ext 0, states 1<<TCP_LISTEN, id 0}
        // then INET_DIAG_REQ_BYTECODE (len 20, type 1) holding the S_COND program
        MessageWriter w = new MessageWriter(128);
        InetDiagRequests.dump(w, 2, 6, 0, 1 << 10, SocketFilter.sport(80).bytecode());
        assertEquals(92, w.position());
        assertEquals("02060000" + "00040000" + "0".repeat(96) + "14000100" + "07101400000000005000000000000000", payload(w));
    }

    @Test
    void shouldNameItsMessagesForTheTracer() {
        Sockets.tcp(); // loading the facade registers the family
        assertEquals("SOCK_DIAG_BY_FAMILY", MessageFamilies.typeName(Netlink.NETLINK_SOCK_DIAG, SockDiag.SOCK_DIAG_BY_FAMILY));
        assertEquals("SOCK_DESTROY", MessageFamilies.typeName(Netlink.NETLINK_SOCK_DIAG, SockDiag.SOCK_DESTROY));
    }
}
