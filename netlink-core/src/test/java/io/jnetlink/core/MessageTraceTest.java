package io.jnetlink.core;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.Nla;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trace text for known datagrams; tracing itself is off in this JVM. */
class MessageTraceTest {
    private static final int RTM_NEWLINK = TraceTestFamily.RTM_NEWLINK;
    private static final int RTM_GETLINK = TraceTestFamily.RTM_GETLINK;
    private static final int RTM_NEWROUTE = 24;        // RTM_NEWROUTE: no family here names it
    private static final int IFLA_IFNAME = 3;          // IFLA_IFNAME
    private static final int IFLA_LINKINFO = 18;       // IFLA_LINKINFO
    private static final int IFLA_INFO_KIND = 1;       // IFLA_INFO_KIND

    @BeforeAll
    static void registerTheLinkMessages() {
        TraceTestFamily.register(); // as netlink-route registers rtnetlink's
    }

    @Test
    void shouldNameNoRtnetlinkTypeNoFamilyRegistered() {
        MessageWriter w = new MessageWriter(64);
        int m = w.beginMessage(RTM_NEWROUTE, Netlink.NLM_F_REQUEST, 1, 0);
        w.reserve(12); // struct rtmsg: core does not know its length, so shows the payload undecoded
        w.endMessage(m);
        assertEquals("NETLINK_ROUTE send 28 bytes\n  type=0x18 len=28 flags=0x1<REQUEST> seq=1 pid=0 payload=12",
                MessageTrace.describe("send", Netlink.NETLINK_ROUTE, w.buffer(), 0, 28));
    }

    /** ip link add veth0 type veth, then ip link show (dump): two messages in one datagram. */
    private static MessageWriter vethThenDump() {
        MessageWriter w = new MessageWriter(256);
        int m = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK | Netlink.NLM_F_EXCL | Netlink.NLM_F_CREATE, 3, 0);
        w.reserve(16);                                  // struct ifinfomsg
        w.putAttrString(IFLA_IFNAME, "veth0");          // nla_len 4 + 6 = 10
        int info = w.beginNested(IFLA_LINKINFO);        // nla_len 4 + 12 = 16, NLA_F_NESTED
        w.putAttrString(IFLA_INFO_KIND, "veth");        // nla_len 4 + 5 = 9
        w.endNested(info);
        w.endMessage(m);                                // 16 + 16 + 12 + 16 = 60
        int d = w.beginMessage(RTM_GETLINK, Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP, 4, 0);
        w.reserve(16);
        w.endMessage(d);                                // 32
        return w;
    }

    @Test
    void shouldDescribeEachMessageOfADatagramWithFlagsAndAttributes() {
        MessageWriter w = vethThenDump();
        assertEquals("NETLINK_ROUTE send 92 bytes\n"
                        + "  RTM_NEWLINK len=60 flags=0x605<REQUEST,ACK,EXCL,CREATE> seq=3 pid=0 header=16 attrs=[3=10, 18N=16]\n"
                        + "  RTM_GETLINK len=32 flags=0x301<REQUEST,DUMP> seq=4 pid=0 header=16 attrs=[]",
                MessageTrace.describe("send", Netlink.NETLINK_ROUTE, w.buffer(), 0, w.position()));
    }

    @Test
    void shouldDescribeAnErrorWithTheRequestItAnswersAndTheKernelsText() {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.nativeOrder());
        b.putInt(0, 56).putShort(4, (short) Netlink.NLMSG_ERROR)
                .putShort(6, (short) (Netlink.NLM_F_CAPPED | Netlink.NLM_F_ACK_TLVS)).putInt(8, 3).putInt(12, 77);
        b.putInt(16, -Errno.EEXIST);                                                     // nlmsgerr.error
        b.putInt(20, 60).putShort(24, (short) RTM_NEWLINK).putShort(26, (short) 0x605).putInt(28, 3).putInt(32, 0); // msg
        b.putShort(36, (short) 11).putShort(38, (short) 1).put(40, "exists".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.put(46, (byte) 0);                                                             // NLMSGERR_ATTR_MSG "exists\0"
        b.putShort(48, (short) 8).putShort(50, (short) 2).putInt(52, 32);                // NLMSGERR_ATTR_OFFS 32
        assertEquals("NETLINK_ROUTE recv 56 bytes\n"
                        + "  NLMSG_ERROR len=56 flags=0x300<CAPPED,ACK_TLVS> seq=3 pid=77 error=-17 EEXIST for RTM_NEWLINK seq=3"
                        + " attrs=[1=11 \"exists\", 2=8]",
                MessageTrace.describe("recv", Netlink.NETLINK_ROUTE, b, 0, 56));
    }

    @Test
    void shouldCallAZeroErrorAnAckAndShowDoneStatus() {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.nativeOrder());
        b.putInt(0, 36).putShort(4, (short) Netlink.NLMSG_ERROR).putShort(6, (short) Netlink.NLM_F_CAPPED).putInt(8, 9).putInt(12, 5);
        b.putInt(16, 0).putInt(20, 32).putShort(24, (short) RTM_GETLINK).putInt(28, 9);
        b.putInt(36, 20).putShort(40, (short) Netlink.NLMSG_DONE).putShort(42, (short) Netlink.NLM_F_MULTI).putInt(44, 9).putInt(48, 5);
        b.putInt(52, -Errno.EINTR);
        assertEquals("NETLINK_ROUTE recv 56 bytes\n"
                        + "  NLMSG_ERROR len=36 flags=0x100<CAPPED> seq=9 pid=5 error=0 (ACK) for RTM_GETLINK seq=9\n"
                        + "  NLMSG_DONE len=20 flags=0x2<MULTI> seq=9 pid=5 error=-4 EINTR",
                MessageTrace.describe("recv", Netlink.NETLINK_ROUTE, b, 0, 56));
    }

    @Test
    void shouldSayWhatIsMalformedInsteadOfThrowing() {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.nativeOrder());
        assertEquals("NETLINK_ROUTE recv 10 bytes\n  truncated header: 10 bytes at +0",
                MessageTrace.describe("recv", Netlink.NETLINK_ROUTE, b, 0, 10));
        b.putInt(0, 100);
        assertEquals("NETLINK_ROUTE recv 20 bytes\n  bad nlmsg_len=100 at +0 (20 bytes left)",
                MessageTrace.describe("recv", Netlink.NETLINK_ROUTE, b, 0, 20));
        b.putInt(0, 36).putShort(4, (short) RTM_NEWLINK).putShort(32, (short) 200).putShort(34, (short) IFLA_IFNAME);
        assertEquals("NETLINK_ROUTE recv 36 bytes\n"
                        + "  RTM_NEWLINK len=36 flags=0x0 seq=0 pid=0 header=16 attrs=[bad nla_len=200 type=3]",
                MessageTrace.describe("recv", Netlink.NETLINK_ROUTE, b, 0, 36));
        assertEquals("NETLINK_ROUTE recv 99 bytes (outside a buffer of 64)",
                MessageTrace.describe("recv", Netlink.NETLINK_ROUTE, b, 0, 99));
    }

    @Test
    void shouldDecodeHeadersOnlyForProtocolsItDoesNotKnow() {
        MessageWriter w = vethThenDump();
        String text = MessageTrace.describe("send", Netlink.NETLINK_GENERIC, w.buffer(), 0, 60);
        assertEquals("NETLINK_GENERIC send 60 bytes\n  type=0x10 len=60 flags=0x605<REQUEST,ACK,0x600> seq=3 pid=0 payload=44", text);
    }

    @Test
    void shouldDumpHexLikeHexdumpC() {
        MessageWriter w = vethThenDump();
        String hex = MessageTrace.hexDump(w.buffer(), 0, 20);
        // netlink headers are host order; the expected bytes are those of a little-endian host (x86, arm64)
        assertEquals(ByteOrder.LITTLE_ENDIAN, ByteOrder.nativeOrder());
        assertEquals("00000000  3c 00 00 00 10 00 05 06  03 00 00 00 00 00 00 00  |<...............|\n"
                + "00000010  00 00 00 00                                       |....|", hex);
        assertThrows(IllegalArgumentException.class, () -> MessageTrace.hexDump(w.buffer(), 0, w.buffer().capacity() + 1));
    }

    @Test
    void shouldBeOffUnlessThePropertyIsSetAndFoldableWhenOff() throws Exception {
        assertFalse(MessageTrace.ENABLED, "surefire does not set " + MessageTrace.PROPERTY);
        int modifiers = MessageTrace.class.getField("ENABLED").getModifiers();
        assertTrue(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers), "a static final flag the JIT can fold");
    }
}
