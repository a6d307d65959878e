package io.jnetlink.netfilter;

import io.jnetlink.core.testing.Accessors;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.core.testing.DecodeAttempts;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static io.jnetlink.core.testing.DecodeAttempts.attempt;

/**
 * The decoders of stateful objects, flowtables and the expressions added for them (dynset, fib,
 * socket, numgen, hash, range, exthdr, dup, fwd, tproxy, queue, rt, compat match/target…), fed the
 * kernel's captured listings (nft/objects, nft/exprs, nft/docker) mutated, and random attributes:
 * a value whose every accessor works, or a {@code NetlinkDecodeException}, nothing else.
 */
class FuzzNftBreadthTest {
    private static final int NFT = NfGenMsg.NFNL_SUBSYS_NFTABLES;
    /**
     * The budget FuzzNetfilterDecodersTest gives the same decoders, 10 × 64 bytes per input byte: five
     * decoders read every message, the rule and event decoders read a load/statement pair twice (meta,
     * ct, payload), and touching every accessor formats raw expressions as hex.
     */
    private static final int ALLOWANCE = 10 * 64;

    private static List<byte[]> seeds(int message) {
        List<byte[]> out = new ArrayList<>();
        for (String f : List.of("/nft/objects/list-ruleset.hex", "/nft/exprs/list-ruleset.hex", "/nft/docker/list-ruleset.hex")) {
            List<byte[]> datagrams = Captured.datagrams(f);
            try {
                out.addAll(Captured.messagesOfType(datagrams, NfGenMsg.type(NFT, message)));
            } catch (IllegalStateException none) {
                // this listing has none of them
            }
        }
        return out;
    }

    private static void decodeAll(ByteBuffer b) {
        DecodeAttempts.forEachMessage(b, m -> attempt(() -> Accessors.touch(NftRule.decode(m)),
                () -> Accessors.touch(NftObject.decode(m)), () -> Accessors.touch(NftFlowtable.decode(m)),
                () -> Accessors.touch(new NftEventCodec().decode(m)), () -> Accessors.touch(NftElementEvents.decode(m))));
    }

    private static void check(byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNftBreadthTest::decodeAll);
    }

    @Property
    void rulesWithTheNewExpressionsSurviveMutation(@ForAll("mutatedRules") byte[] input) {
        check(input);
    }

    @Property
    void objectsSurviveMutation(@ForAll("mutatedObjects") byte[] input) {
        check(input);
    }

    @Property
    void objectsAndFlowtablesSurviveRandomAttributes(@ForAll("framedObjects") byte[] input) {
        check(input);
    }

    @Provide
    Arbitrary<byte[]> mutatedRules() {
        return FuzzInputs.mutationsOf(seeds(NftAttrs.NFT_MSG_NEWRULE));
    }

    @Provide
    Arbitrary<byte[]> mutatedObjects() {
        return FuzzInputs.mutationsOf(seeds(NftAttrs.NFT_MSG_NEWOBJ));
    }

    @Property
    void elementNotificationsSurviveRandomAttributes(@ForAll("framedElements") byte[] input) {
        check(input);
    }

    @Provide
    Arbitrary<byte[]> framedElements() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWSETELEM),
                NfGenMsg.type(NFT, NftAttrs.NFT_MSG_DELSETELEM));
    }

    @Provide
    Arbitrary<byte[]> framedObjects() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWOBJ),
                NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWFLOWTABLE), NfGenMsg.type(NFT, NftAttrs.NFT_MSG_DELOBJ));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzNftBreadthTest: " + FuzzRunner.summary());
    }
}
