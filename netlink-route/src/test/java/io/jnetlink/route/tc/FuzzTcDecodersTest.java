package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.route.wire.TcAttrs;
import io.jnetlink.route.wire.TcMsg;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import static io.jnetlink.core.testing.DecodeAttempts.forEachMessage;
import static io.jnetlink.core.testing.DecodeAttempts.wrapped;
import static io.jnetlink.core.testing.DecodeAttempts.attempt;

/**
 * Fuzzes the qdisc, class and filter decoders ({@link QdiscView}, {@link TrafficClassView},
 * {@link FilterView}, their records and the event decoder) with mutations of the captured kernel
 * dumps and of tc's requests (every golden vector: netem, fq_codel, flower, actions…), with random
 * option bytes behind a valid header and every kind the library models, and with random bytes.
 * Every accessor is called; {@link NetlinkDecodeException} is the only exception allowed.
 */
class FuzzTcDecodersTest {
    /** View, record and event decoder each read the message: 3 × 64 bytes of allocation per input byte. */
    private static final int ALLOWANCE = 3 * 64;
    private static final List<String> KINDS = List.of("htb", "pfifo", "bfifo", "prio", "pfifo_fast", "sfq", "fq_codel",
            "tbf", "netem", "ingress", "clsact", "u32", "flower", "matchall", "other");
    private static final List<byte[]> SEEDS = seeds();

    static void decodeAll(ByteBuffer b) {
        forEachMessage(b, m -> {
            QdiscView q = new QdiscView();
            if (wrapped(() -> q.wrap(m))) {
                attempt(q::ifindex, q::handle, q::parent, q::kind, () -> q.kindEquals("htb"), q::bytes, q::packets, q::stats,
                        () -> q.options().toString(), () -> q.toQdisc().toString());
            }
            TrafficClassView c = new TrafficClassView();
            if (wrapped(() -> c.wrap(m))) {
                attempt(c::ifindex, c::handle, c::parent, c::kind, () -> c.kindEquals("htb"), c::bytes, c::packets, c::stats,
                        () -> c.options().toString(), () -> c.toTrafficClass().toString());
            }
            FilterView f = new FilterView();
            if (wrapped(() -> f.wrap(m))) {
                attempt(f::ifindex, f::handle, f::parent, f::priority, f::protocol, f::chain, f::kind,
                        () -> f.kindEquals("u32"), () -> f.options().toString(), () -> f.toFilter().toString());
            }
            attempt(() -> {
                TcEventCodec codec = new TcEventCodec(m.payloadLength() >= TcMsg.LENGTH ? m.payloadU32(TcMsg.IFINDEX_OFFSET) : 0);
                StateUpdate<TcObject> u = codec.decode(m);
                if (u != null) {
                    codec.key(u.value());
                    codec.sameState(u.value(), u.value());
                    TcEventCodec.event(io.jnetlink.core.event.ChangeType.NEW, u.value()).toString();
                }
            });
        });
    }

    @Property(tries = 500)
    void decodersSurviveMutatedDumpsAndRequests(@ForAll("mutated") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzTcDecodersTest::decodeAll);
    }

    @Property(tries = 500)
    void decodersSurviveRandomOptionsOfEveryKind(@ForAll("randomOptions") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzTcDecodersTest::decodeAll);
    }

    @Property(tries = 500)
    void decodersSurviveRandomAttributes(@ForAll("framed") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzTcDecodersTest::decodeAll);
    }

    @Property(tries = 500)
    void decodersSurviveRandomBytes(@ForAll("random") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzTcDecodersTest::decodeAll);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return FuzzInputs.mutationsOf(SEEDS);
    }

    @Provide
    Arbitrary<byte[]> randomOptions() {
        return Combinators.combine(Arbitraries.of(TcMsg.RTM_NEWQDISC, TcMsg.RTM_NEWTCLASS, TcMsg.RTM_NEWTFILTER),
                Arbitraries.of(KINDS), FuzzInputs.randomBytes(300)).as(FuzzTcDecodersTest::withOptions);
    }

    @Provide
    Arbitrary<byte[]> framed() {
        return FuzzInputs.framed(TcMsg.LENGTH, TcMsg.RTM_NEWQDISC, TcMsg.RTM_DELQDISC, TcMsg.RTM_NEWTCLASS,
                TcMsg.RTM_NEWTFILTER, TcMsg.RTM_DELTFILTER);
    }

    @Provide
    Arbitrary<byte[]> random() {
        return Arbitraries.oneOf(FuzzInputs.randomBytes(128), FuzzInputs.randomBytes(1024));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzTcDecodersTest: " + FuzzRunner.summary());
    }

    /** A message with a valid header and kind whose {@code TCA_OPTIONS} holds random bytes (sometimes an attribute chain's worth). */
    private static byte[] withOptions(int type, String kind, byte[] options) {
        MessageWriter w = new MessageWriter(1024);
        int msg = w.beginMessage(type, 0);
        w.reserve(TcMsg.LENGTH);
        w.putAttrString(TcAttrs.TCA_KIND, kind);
        w.putAttrBytes(TcAttrs.TCA_OPTIONS, options);
        w.endMessage(msg);
        byte[] out = new byte[w.position()];
        w.buffer().get(0, out);
        return out;
    }

    private static List<byte[]> seeds() {
        List<byte[]> out = new ArrayList<>();
        for (String dump : List.of("qdisc-show.hex", "qdisc-show-tbf.hex", "class-show.hex", "filter-show.hex")) {
            out.addAll(TcVectors.datagrams(dump));
        }
        for (TcGolden.Case c : TcGolden.cases()) {
            out.addAll(TcVectors.datagrams(c.file()));
        }
        return out;
    }

}
