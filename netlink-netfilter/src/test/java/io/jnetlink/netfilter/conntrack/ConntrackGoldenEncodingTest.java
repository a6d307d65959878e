package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.CtStatus;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code conntrack -I} requests encode byte for byte as conntrack 1.4.7 sends them (captured with
 * strace by src/test/resources/conntrack/capture.sh; sequence, port id and padding bytes aside).
 */
class ConntrackGoldenEncodingTest {
    private static ConntrackTuple udp(String src, String dst, int sport, int dport) throws Exception {
        return new ConntrackTuple(17, InetAddress.getByName(src), InetAddress.getByName(dst), sport, dport);
    }

    /** The request as the connection sends it: the flags it adds ({@code NLM_F_REQUEST|NLM_F_ACK}) included. */
    private static String encoded(ConntrackRequest request) {
        MessageWriter w = new MessageWriter(512);
        request.encode(w);
        w.addFlags(0, Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK);
        return ConntrackCaptures.comparable(ConntrackCaptures.written(w));
    }

    private static String captured(String file) {
        return ConntrackCaptures.comparable(ConntrackCaptures.lines(file).get(0));
    }

    @Test
    void shouldEncodeCreateWithMarkAndZoneAsConntrackDoes() throws Exception {
        // conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1001 --dport 53 -t 50 -m 8 -w 3
        assertEquals(captured("create-udp-mark-zone.hex"),
                encoded(Conntrack.create(udp("10.0.0.1", "10.0.0.2", 1001, 53)).timeout(50).mark(8).zone(3)));
    }

    @Test
    void shouldEncodeCreateWithNatAndStatusAsConntrackDoes() throws Exception {
        // conntrack -I -p udp -s 10.0.0.5 -d 10.0.0.6 --sport 1000 --dport 80 -t 100
        //   --src-nat 192.168.1.1 --dst-nat 192.168.1.2 -u ASSURED
        assertEquals(captured("create-udp-nat.hex"),
                encoded(Conntrack.create(udp("10.0.0.5", "10.0.0.6", 1000, 80)).timeout(100)
                        .status(EnumSet.of(CtStatus.ASSURED))
                        .sourceNat(InetAddress.getByName("192.168.1.1"), -1)
                        .destinationNat(InetAddress.getByName("192.168.1.2"), -1)));
    }

    @Test
    void shouldEncodeAnIpv6CreateAsConntrackDoes() throws Exception {
        // conntrack -I -p udp -s 2001:db8::1 -d 2001:db8::2 --sport 1 --dport 2 -t 10
        assertEquals(captured("create-ipv6.hex"),
                encoded(Conntrack.create(udp("2001:db8::1", "2001:db8::2", 1, 2)).timeout(10)));
    }
}
