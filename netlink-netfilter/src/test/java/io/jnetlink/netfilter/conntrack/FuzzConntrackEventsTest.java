package io.jnetlink.netfilter.conntrack;

import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.Accessors;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.netfilter.Captured;
import io.jnetlink.core.testing.FuzzRunner;
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
 * notifications) with mutations of a captured kernel reply (as NEW and DELETE) and with random
 * attribute chains behind valid ctnetlink headers.
 */
class FuzzConntrackEventsTest {
    private static final List<byte[]> EVENTS = events();

    static void decode(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        ConntrackEventCodec codec = new ConntrackEventCodec(ConntrackFilter.all());
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            try {
                Accessors.touch(codec.decode(m)); // every accessor of the event and its entry
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
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_NEW),
                NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_DELETE));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzConntrackEventsTest: " + FuzzRunner.summary());
    }

    /**
     * The kernel's IPCTNL_MSG_CT_NEW of a TCP flow as {@code conntrack -L} received it (an event has
     * the same layout, ctnetlink_conntrack_event()), and the same entry as a DELETE notification.
     */
    private static List<byte[]> events() {
        int newType = NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_NEW);
        List<byte[]> out = new ArrayList<>();
        for (byte[] entry : Captured.messagesOfType(Captured.replies("conntrack-list.hex"), newType)) {
            out.add(entry);
            byte[] deleted = entry.clone();
            java.nio.ByteBuffer.wrap(deleted).order(java.nio.ByteOrder.nativeOrder())
                    .putShort(4, (short) NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_DELETE));
            out.add(deleted);
        }
        return out;
    }
}
