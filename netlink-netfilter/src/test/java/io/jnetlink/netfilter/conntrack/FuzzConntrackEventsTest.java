package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.netfilter.NfNetlink;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the conntrack event decoder ({@link ConntrackEventCodec}: IPCTNL_MSG_CT_NEW and _DELETE
 * notifications) with mutations of new/destroy events in the kernel's layout and with random
 * attribute chains behind valid ctnetlink headers.
 */
class FuzzConntrackEventsTest {
    private static final List<byte[]> EVENTS = events();

    static void decode(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        ConntrackEventCodec codec = new ConntrackEventCodec();
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            try {
                Object update = codec.decode(m);
                if (update != null) {
                    update.toString();
                }
            } catch (NetlinkDecodeException expected) {
                // the only exception a decoder may raise
            }
        }
    }

    @Property
    void conntrackEventsSurviveMutation(@ForAll("mutated") byte[] input) {
        FuzzRunner.check(input, FuzzConntrackEventsTest::decode);
    }

    @Property
    void conntrackEventsSurviveRandomAttributes(@ForAll("framed") byte[] input) {
        FuzzRunner.check(input, FuzzConntrackEventsTest::decode);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return FuzzInputs.mutationsOf(EVENTS);
    }

    @Provide
    Arbitrary<byte[]> framed() {
        return FuzzInputs.framed(NfNetlink.NFGENMSG_LENGTH, NfNetlink.type(NfNetlink.NFNL_SUBSYS_CTNETLINK, Ctnl.IPCTNL_MSG_CT_NEW),
                NfNetlink.type(NfNetlink.NFNL_SUBSYS_CTNETLINK, Ctnl.IPCTNL_MSG_CT_DELETE));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzConntrackEventsTest: " + FuzzRunner.summary());
    }

    /** NEW (TCP/IPv4, with status, timeout, protoinfo, counters) and DELETE (UDP/IPv6) notifications. */
    private static List<byte[]> events() {
        try {
            List<byte[]> out = new ArrayList<>();
            out.add(event(Ctnl.IPCTNL_MSG_CT_NEW, 2, new ConntrackTuple(6, InetAddress.getByName("10.0.0.1"),
                    InetAddress.getByName("10.0.0.2"), 40000, 80), true));
            out.add(event(Ctnl.IPCTNL_MSG_CT_DELETE, 10, new ConntrackTuple(17, InetAddress.getByName("fd00::1"),
                    InetAddress.getByName("fd00::2"), 5353, 53), false));
            return out;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] event(int msg, int family, ConntrackTuple orig, boolean tcp) {
        MessageWriter w = new MessageWriter(512);
        int start = NfNetlink.begin(w, NfNetlink.NFNL_SUBSYS_CTNETLINK, msg, 0, family, 0);
        ConntrackCodec.encodeTuple(w, Ctnl.CTA_TUPLE_ORIG, orig);
        ConntrackCodec.encodeTuple(w, Ctnl.CTA_TUPLE_REPLY, new ConntrackTuple(orig.protocol(), orig.destination(),
                orig.source(), orig.destinationPort(), orig.sourcePort()));
        w.putAttrU32Be(Ctnl.CTA_STATUS, 0x18e);
        w.putAttrU32Be(Ctnl.CTA_TIMEOUT, 120);
        if (tcp) {
            int info = w.beginNested(Ctnl.CTA_PROTOINFO);
            int t = w.beginNested(Ctnl.CTA_PROTOINFO_TCP);
            w.putAttrU8(Ctnl.CTA_PROTOINFO_TCP_STATE, 3);
            w.endNested(t);
            w.endNested(info);
        }
        int c = w.beginNested(Ctnl.CTA_COUNTERS_ORIG);
        w.putAttrU64Be(Ctnl.CTA_COUNTERS_PACKETS, 3);
        w.putAttrU64Be(Ctnl.CTA_COUNTERS_BYTES, 180);
        w.endNested(c);
        w.putAttrU32Be(Ctnl.CTA_ID, 77);
        w.endMessage(start);
        byte[] bytes = new byte[w.position()];
        w.buffer().get(0, bytes);
        return bytes;
    }
}
