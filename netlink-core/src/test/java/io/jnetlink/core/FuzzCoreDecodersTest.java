package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the core decoders — message framing ({@link MessageReader}), attributes
 * ({@link AttributeReader}, every typed getter, nesting) and error/extended ACK replies
 * ({@link ErrorReplies#decode}) — with random bytes, random attribute chains behind a valid header
 * and mutations of kernel-shaped replies. See {@link FuzzRunner} for what fails a case.
 */
class FuzzCoreDecodersTest {
    private static final List<byte[]> ERROR_SEEDS = errorSeeds();
    /** The walker calls 14 getters per attribute and most throw: its exceptions, not the readers, allocate. */
    private static final int WALKER_ALLOWANCE = 4096;

    /** Walks every message and, from several fixed-header sizes, every attribute with every getter. */
    static void walkFraming(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        AttributeReader a = new AttributeReader();
        while (m.next()) {
            int sum = m.type() + m.flags() + m.sequence() + m.portId() + m.length() + m.payloadLength();
            for (int off = 0; off < 8; off++) {
                try {
                    sum += m.payloadU8(off) + m.payloadU16(off) + m.payloadU32(off) + m.payloadU16Be(off);
                } catch (NetlinkDecodeException tooShort) {
                    sum--;
                }
            }
            for (int fixed : new int[]{0, 4, 8, 12, 16, 20}) {
                try {
                    walkAttributes(m.attributes(a, fixed), 0);
                } catch (NetlinkDecodeException bad) {
                    sum++;
                }
            }
            assertTrue(sum != Integer.MIN_VALUE + 7); // keeps the reads alive
        }
    }

    /** Every getter of every attribute; nested values are walked to depth 32 (deeper ones by find). */
    static void walkAttributes(AttributeReader a, int depth) {
        AttributeReader inner = new AttributeReader();
        byte[] scratch = new byte[64];
        while (a.next()) {
            a.type();
            a.isNested();
            a.isNetByteOrder();
            for (Runnable getter : new Runnable[]{a::u8, a::u16, a::u32, a::u32AsLong, a::u64, a::u16Be, a::u32Be,
                    a::u64Be, a::string, () -> a.stringEquals("eth0"), () -> a.copyString(scratch), a::bytes,
                    () -> a.copyBytes(scratch), a::inetAddress}) {
                try {
                    getter.run();
                } catch (NetlinkDecodeException wrongSize) {
                    // expected for most types at most sizes
                }
            }
            try {
                a.nested(inner);
                if (depth < 32) {
                    walkAttributes(inner, depth + 1);
                } else {
                    inner.find(1);
                }
            } catch (NetlinkDecodeException notNested) {
                // a leaf value that is not an attribute chain
            }
        }
        a.rewind();
        a.find(3);
    }

    /** Decodes every message as an error reply, the way the request engine does for ERROR and DONE. */
    static void decodeErrors(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        while (m.next()) {
            NetlinkException e = ErrorReplies.decode(m, "fuzz");
            assertEquals("fuzz", e.operation());
            e.getMessage();
        }
    }

    @Property
    void framingSurvivesRandomBytes(@ForAll("random") byte[] input) {
        FuzzRunner.check(input, WALKER_ALLOWANCE, FuzzCoreDecodersTest::walkFraming);
    }

    @Property
    void framingSurvivesRandomAttributeChains(@ForAll("framed") byte[] input) {
        FuzzRunner.check(input, WALKER_ALLOWANCE, FuzzCoreDecodersTest::walkFraming);
    }

    @Property
    void framingSurvivesMutatedReplies(@ForAll("mutatedErrors") byte[] input) {
        FuzzRunner.check(input, WALKER_ALLOWANCE, FuzzCoreDecodersTest::walkFraming);
    }

    @Property
    void errorRepliesSurviveMutation(@ForAll("mutatedErrors") byte[] input) {
        FuzzRunner.check(input, FuzzCoreDecodersTest::decodeErrors);
    }

    @Property
    void errorRepliesSurviveRandomPayloads(@ForAll("framedErrors") byte[] input) {
        FuzzRunner.check(input, FuzzCoreDecodersTest::decodeErrors);
    }

    /**
     * The tracer ({@code -Djnetlink.trace=true}) describes every datagram it sees, of any protocol,
     * however malformed: it must never throw, not even a decode exception (it would fail the request).
     */
    static void trace(ByteBuffer b) {
        for (int protocol : new int[]{Netlink.NETLINK_ROUTE, Netlink.NETLINK_NETFILTER, 16 /* NETLINK_GENERIC */}) {
            for (String direction : new String[]{"send", "recv"}) {
                try {
                    MessageTrace.describe(direction, protocol, b, 0, b.capacity()).length();
                } catch (NetlinkDecodeException e) {
                    throw new AssertionError("the tracer threw " + e, e);
                }
            }
        }
    }

    @Property
    void traceSurvivesMutatedReplies(@ForAll("mutatedErrors") byte[] input) {
        FuzzRunner.check(input, WALKER_ALLOWANCE, FuzzCoreDecodersTest::trace);
    }

    @Property
    void traceSurvivesRandomMessages(@ForAll("randomMessages") byte[] input) {
        FuzzRunner.check(input, WALKER_ALLOWANCE, FuzzCoreDecodersTest::trace);
    }

    @Property
    void errorRepliesSurviveRandomMessages(@ForAll("randomMessages") byte[] input) {
        FuzzRunner.check(input, FuzzCoreDecodersTest::decodeErrors);
    }

    @Provide
    Arbitrary<byte[]> randomMessages() {
        // random payloads behind a valid header (plain random bytes die at the header check)
        return FuzzInputs.randomMessages(512, Netlink.NLMSG_ERROR, Netlink.NLMSG_DONE, 16, 20, 24, 0xa00, 0x100);
    }

    @Provide
    Arbitrary<byte[]> random() {
        return FuzzInputs.randomBytes(256);
    }

    @Provide
    Arbitrary<byte[]> framed() {
        return FuzzInputs.framed(16, 16, 20, 24, 100);
    }

    @Provide
    Arbitrary<byte[]> framedErrors() {
        return FuzzInputs.framed(20, Netlink.NLMSG_ERROR, Netlink.NLMSG_DONE);
    }

    @Provide
    Arbitrary<byte[]> mutatedErrors() {
        return FuzzInputs.mutationsOf(ERROR_SEEDS);
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzCoreDecodersTest: " + FuzzRunner.summary());
    }

    /**
     * Error replies in the kernel's layout (netlink_ack() in net/netlink/af_netlink.c), produced by
     * FakeKernel: capped and uncapped NLMSG_ERROR with NLMSGERR_ATTR_MSG and _OFFS, a plain ACK, and a
     * failed dump's NLMSG_DONE with text — each answering a 40-byte request with attributes.
     */
    private static List<byte[]> errorSeeds() {
        List<FakeKernel.Responder> answers = List.of(
                (rq, r) -> r.error(rq, Errno.EEXIST, "File exists: veth-red", 20, true),
                (rq, r) -> r.error(rq, Errno.EINVAL, "Attribute failed policy validation", 24, false),
                (rq, r) -> r.error(rq, Errno.ENODEV),
                (rq, r) -> r.ack(rq),
                (rq, r) -> r.done(rq, Errno.EINTR, "Dump was interrupted", Netlink.NLM_F_DUMP_INTR));
        List<byte[]> out = new ArrayList<>();
        for (FakeKernel.Responder answer : answers) {
            FakeKernel kernel = new FakeKernel().onRequest(answer);
            MessageWriter w = new MessageWriter(256);
            int start = w.beginMessage(16, Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK, 7, 0);
            w.reserve(16);
            w.putAttrString(3, "veth-red");
            w.putAttrU32(4, 1500);
            w.endMessage(start);
            kernel.send(w.buffer(), 0, w.position());
            int n = kernel.receive(0);
            byte[] bytes = new byte[n];
            kernel.receiveBuffer().get(0, bytes);
            out.add(bytes);
        }
        return out;
    }
}
