package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.wire.IpsetAttrs;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kernel's {@code ipset list} reply for kube-proxy's types and port forms (list-kube.hex, made by
 * capture.sh) decodes into typed members that render as {@code ipset save} prints them.
 */
class IpSetKubeReplyTest {
    /** Every add line of list-kube.hex, keyed by what capture.sh added (and ipset save prints for it). */
    @Test
    void kubeTypesAndPortFormsDecodeAndRenderAsIpsetSave() throws Exception {
        List<String> lines = new ArrayList<>();
        List<IpSetEntry> entries = new ArrayList<>();
        for (byte[] reply : IpsetCaptures.lines("list-kube.hex")) {
            ByteBuffer b = ByteBuffer.allocateDirect(reply.length).order(ByteOrder.nativeOrder());
            b.put(reply).clear();
            MessageReader m = new MessageReader().wrap(b, 0, reply.length);
            IpSetView view = new IpSetView();
            while (m.next()) {
                if (m.type() == (IpsetAttrs.NFNL_SUBSYS_IPSET << 8 | IpsetAttrs.IPSET_CMD_LIST)) {
                    view.wrap(m);
                    while (view.nextEntry()) {
                        IpSetEntry e = view.toEntry();
                        if (!view.name().equals("s2")) { // s2 holds a nomatch member: its flag stays raw by design
                            entries.add(e);
                        }
                        lines.add(IpSetSave.addLine(view.name(), e));
                    }
                }
            }
        }
        assertTrue(lines.containsAll(List.of(
                "add s3 10.0.0.1,icmp:echo-request",
                "add s3 10.0.0.1,icmp:fragmentation-needed",
                "add s3 10.0.0.1,udplite:9",
                "add s8 10.244.1.5,tcp:53,10.244.1.5 comment \"Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose\"",
                "add s9 fd00::10,udp:53,fd00:1::1",
                "add s10 fd00::1,ipv6-icmp:address-unreachable")), String.join("\n", lines));
        assertTrue(entries.stream().allMatch(e -> e.unknown().isEmpty()), "no unmodelled member attribute");
        IpSetEntry loopBack = entries.stream().filter(e -> e.address2() != null && e.address2() instanceof java.net.Inet4Address)
                .findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("10.244.1.5"), loopBack.address2());
        assertEquals(6, loopBack.protocol());
        assertEquals(53, loopBack.port());
        IpSetEntry sourceCidr = entries.stream().filter(e -> e.address2() instanceof java.net.Inet6Address).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("fd00:1::1"), sourceCidr.address2());
        assertEquals(128, sourceCidr.prefix2(), "the kernel lists a host as /128");
    }

    /** ipset's own forms go in and come out alike: names by type/code, unnamed type/code as numbers. */
    @Test
    void portFormsRoundTripThroughSaveSyntax() {
        assertEquals("10.0.0.1,icmp:echo-request", IpSetSave.element(IpSetEntry.ipPort("10.0.0.1", "icmp:ping")));
        assertEquals("10.0.0.1,icmp:echo-reply", IpSetSave.element(IpSetEntry.ipPort("10.0.0.1", "icmp:0/0")));
        assertEquals("10.0.0.1,icmp:255/255", IpSetSave.element(IpSetEntry.ipPort("10.0.0.1", "icmp:255/255")));
        assertEquals("fd00::1,ipv6-icmp:echo-request", IpSetSave.element(IpSetEntry.ipPort("fd00::1", "icmpv6:echo-request")));
        assertEquals("fd00::1,ipv6-icmp:port-unreachable", IpSetSave.element(IpSetEntry.ipPort("fd00::1", "ipv6-icmp:1/4")));
        assertEquals("10.0.0.1,tcp:80", IpSetSave.element(IpSetEntry.ipPort("10.0.0.1", "80")));
        assertEquals("10.0.0.1,sctp:9", IpSetSave.element(IpSetEntry.ipPort("10.0.0.1", "sctp:9")));
        assertEquals("10.0.0.10,tcp:80,192.168.0.0/16", IpSetSave.element(IpSetEntry.ipPortNet("10.0.0.10", "tcp:80", "192.168.0.0/16")));
        assertEquals("10.0.0.10,tcp:80,192.168.1.1", IpSetSave.element(IpSetEntry.ipPortNet("10.0.0.10", "tcp:80", "192.168.1.1")));
        assertEquals(0x0304, IpSetEntry.ipPort("10.0.0.1", "icmp:3/4").port());
    }
}
