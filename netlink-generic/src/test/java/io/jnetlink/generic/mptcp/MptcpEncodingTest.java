package io.jnetlink.generic.mptcp;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHeader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericRequest;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The requests are byte-identical to iproute2's: the payloads (after {@code nlmsghdr}) below were
 * captured with {@code strace -e trace=sendmsg -s 4096 -xx ip mptcp ...} (iproute2 6.1, kernel 6.18).
 */
class MptcpEncodingTest {
    private static final GenericFamily MPTCP_PM = new GenericFamily("mptcp_pm", 0x1c, 1, 0, 0, List.of(), List.of(), List.of());

    private static String payload(GenericRequest<?, ?> request) {
        MessageWriter w = new MessageWriter(256);
        request.encode(w, MPTCP_PM);
        assertEquals(0x1c, w.buffer().getShort(NlMsgHeader.TYPE_OFFSET));
        byte[] b = new byte[w.position() - NlMsgHeader.LENGTH];
        w.buffer().get(NlMsgHeader.LENGTH, b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void shouldEncodeEndpointAddLikeIp() {
        // ip mptcp endpoint add 10.0.0.1 dev veth0 signal id 5   (veth0 had ifindex 3)
        // genlmsghdr cmd=1 ver=1 | ADDR|NESTED len=44 { ID=5, FLAGS=1, IF_IDX=3, FAMILY=2, ADDR4=10.0.0.1 }
        assertEquals("010100002c0001800500020005000000080006000100000008000700030000000600010002000000080003000a000001",
                payload(MptcpEndpoints.add("10.0.0.1").dev(3).signal().id(5)));
        // ip mptcp endpoint add 10.0.0.2 port 1000 signal backup: { FLAGS=5, PORT=1000, FAMILY=2, ADDR4 }
        assertEquals("0101000024000180080006000500000006000500e80300000600010002000000080003000a000002",
                payload(MptcpEndpoints.add("10.0.0.2").port(1000).signal().backup()));
        // ip mptcp endpoint add fd00::1 subflow fullmesh: { FLAGS=10, FAMILY=10, ADDR6 }
        assertEquals("0101000028000180080006000a000000060001000a00000014000400fd000000000000000000000000000001",
                payload(MptcpEndpoints.add("fd00::1").subflow().fullmesh()));
    }

    @Test
    void shouldEncodeDeleteFlushAndLimitsLikeIp() {
        // ip mptcp endpoint delete id 5
        assertEquals("020100000c0001800500020005000000", payload(MptcpEndpoints.delete(5)));
        // ip mptcp endpoint flush
        assertEquals("04010000", payload(MptcpEndpoints.flush()));
        // ip mptcp limits set subflow 3 add_addr_accepted 4: RCV_ADD_ADDRS=4, SUBFLOWS=3
        assertEquals("0501000008000200040000000800030003000000", payload(MptcpEndpoints.setLimits().subflows(3).addAddrAccepted(4)));
        // ip mptcp limits show
        assertEquals("06010000", payload(MptcpEndpoints.showLimits()));
        // the escape hatch: a raw attribute goes after the request's own, as given
        assertEquals("04010000" + "0800030003000000",
                payload(MptcpEndpoints.flush().attribute(new RawAttribute(3, new byte[] {3, 0, 0, 0}))));
        // ip mptcp endpoint show (a dump)
        assertEquals("03010000", payload(MptcpEndpoints.list()));
    }
}
