package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.NetlinkDecodeException;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the expectation decoders ({@link ExpectationView}, and {@link ExpectationEventCodec} for
 * {@code EXP_NEW}/{@code EXP_DELETE} notifications) with mutations of the kernel's reply to
 * {@code conntrack -L expect} (capture.sh), also relabelled as a DELETE notification, and with random
 * attribute chains behind ctnetlink-exp headers.
 */
class FuzzExpectationsTest {
    private static final List<byte[]> REPLIES = replies();

    static void decode(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        ExpectationView view = new ExpectationView();
        ExpectationEventCodec codec = new ExpectationEventCodec();
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            try {
                view.wrap(m);
            } catch (NetlinkDecodeException expected) {
                continue;
            }
            long sum = view.family() + view.timeoutSeconds() + view.id() + view.zone() + view.flags();
            Accessors.touch(view.toExpectation());
            if (sum == Long.MIN_VALUE) {
                throw new AssertionError("unreachable: keeps the getters' results alive");
            }
            Accessors.touch(codec.decode(m)); // wrapped once without error: the codec may not throw either
        }
    }

    @Property
    void expectationsSurviveMutation(@ForAll("mutated") byte[] input) {
        FuzzRunner.check(input, FuzzExpectationsTest::decode);
    }

    @Property
    void expectationsSurviveRandomAttributes(@ForAll("framed") byte[] input) {
        FuzzRunner.check(input, FuzzExpectationsTest::decode);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return FuzzInputs.mutationsOf(REPLIES);
    }

    @Provide
    Arbitrary<byte[]> framed() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH,
                NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP, CtnlAttrs.IPCTNL_MSG_EXP_NEW),
                NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP, CtnlAttrs.IPCTNL_MSG_EXP_DELETE));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzExpectationsTest: " + FuzzRunner.summary());
    }

    private static List<byte[]> replies() {
        try {
            List<byte[]> out = new ArrayList<>();
            for (byte[] datagram : ExpectationCodecTest.lines("list-expect.hex")) {
                out.add(datagram);
                byte[] deleted = datagram.clone();
                ByteBuffer.wrap(deleted).order(ByteOrder.nativeOrder()).putShort(4,
                        (short) NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP, CtnlAttrs.IPCTNL_MSG_EXP_DELETE));
                out.add(deleted);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
