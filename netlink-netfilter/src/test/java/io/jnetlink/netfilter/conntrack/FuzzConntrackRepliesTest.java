package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.testing.Accessors;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link ConntrackView} (every accessor, then {@code toConntrackEntry()}) and the per-CPU
 * statistics decoder with mutations of the kernel's replies to {@code conntrack -L} (labels, an ftp
 * master, NAT, IPv6) and {@code conntrack -S} captured by src/test/resources/conntrack/capture.sh,
 * and with random attribute chains behind ctnetlink headers. Only NetlinkDecodeException may come
 * out, and only from {@code wrap}.
 */
class FuzzConntrackRepliesTest {
    private static final List<byte[]> REPLIES = replies();

    static void decode(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        ConntrackView view = new ConntrackView();
        AttributeReader scratch = new AttributeReader();
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            int msg = NfGenMsg.message(m.type());
            try {
                if (msg == CtnlAttrs.IPCTNL_MSG_CT_GET_STATS_CPU) {
                    Accessors.touch(ConntrackCpuStats.decode(m, scratch));
                    continue;
                }
                view.wrap(m);
            } catch (NetlinkDecodeException expected) {
                continue; // the only exception a decoder may raise, and only here
            }
            // after wrap nothing may throw: the scalar getters (called directly: reflection over the
            // view per message would dominate the allocation budget), then the record whole
            long sum = view.family() + view.status() + view.mark() + view.zone() + view.timeoutSeconds() + view.id()
                    + view.tcpState() + (view.hasLabel(3) ? 1 : 0);
            Accessors.touch(view.toConntrackEntry());
            if (sum == Long.MIN_VALUE) {
                throw new AssertionError("unreachable: keeps the getters' results alive");
            }
        }
    }

    @Property
    void conntrackRepliesSurviveMutation(@ForAll("mutated") byte[] input) {
        FuzzRunner.check(input, FuzzConntrackRepliesTest::decode);
    }

    @Property
    void conntrackRepliesSurviveRandomAttributes(@ForAll("framed") byte[] input) {
        FuzzRunner.check(input, FuzzConntrackRepliesTest::decode);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return FuzzInputs.mutationsOf(REPLIES);
    }

    @Provide
    Arbitrary<byte[]> framed() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH,
                NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_NEW),
                NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_GET_STATS_CPU));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzConntrackRepliesTest: " + FuzzRunner.summary());
    }

    private static List<byte[]> replies() {
        List<byte[]> out = new ArrayList<>(ConntrackCaptures.lines("list.hex"));
        out.addAll(ConntrackCaptures.lines("stats-cpu.hex"));
        return out;
    }
}
