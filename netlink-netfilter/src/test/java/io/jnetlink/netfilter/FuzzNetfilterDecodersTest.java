package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.Accessors;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.netfilter.conntrack.ConntrackView;
import io.jnetlink.netfilter.expr.ExpressionCodec;
import net.jqwik.api.Arbitraries;
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
 * Fuzzes every nfnetlink decoder — nftables tables, chains, rules (with every expression through
 * {@link ExpressionCodec}), sets, set elements, generations (the records' decode methods), nftables events
 * ({@code NftEventCodec}) and conntrack entries ({@link ConntrackView}) — with random payloads
 * behind a valid header of each type, random attribute chains, and mutations of kernel replies
 * captured under src/test/resources/nft/replies ({@code nft list ruleset}, echoes, errors,
 * {@code nft monitor} events, {@code conntrack -L}). Every decoded value has every accessor called
 * ({@link Accessors}), not only {@code toString()}.
 */
class FuzzNetfilterDecodersTest {
    private static final int NFT = NfGenMsg.NFNL_SUBSYS_NFTABLES;
    private static final int CT = NfGenMsg.NFNL_SUBSYS_CTNETLINK;
    /** Ten decoders read every message, each allowed 64 bytes of allocation per input byte: 10 × 64. */
    private static final int ALLOWANCE = 10 * 64;
    /** Whole datagrams the kernel sent: dumps, echoes, errors and events. */
    private static final List<byte[]> REPLIES = join(join(Captured.replies("list-ruleset.hex"),
            Captured.replies("echo-add-rule.hex")), join(Captured.replies("error-enoent.hex"), Captured.replies("monitor.hex")));
    private static final List<byte[]> TABLES = messages(NftAttrs.NFT_MSG_NEWTABLE);
    private static final List<byte[]> CHAINS = messages(NftAttrs.NFT_MSG_NEWCHAIN);
    private static final List<byte[]> RULES = join(messages(NftAttrs.NFT_MSG_NEWRULE), messages(NftAttrs.NFT_MSG_DELRULE));
    private static final List<byte[]> SETS = join(messages(NftAttrs.NFT_MSG_NEWSET), messages(NftAttrs.NFT_MSG_NEWSETELEM));
    private static final List<byte[]> CONNTRACK = Captured.replies("conntrack-list.hex");

    /** Every message of the input through the decoder its type names, and through every other one too. */
    static void decodeAll(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            attempt(() -> Accessors.touch(NftTable.decode(m)), () -> Accessors.touch(NftChain.decode(m)),
                    () -> Accessors.touch(NftRule.decode(m)), () -> Accessors.touch(NftSet.decode(m)),
                    () -> Accessors.touch(SetElement.decodeAll(m)), () -> Nftables.decodeGeneration(m),
                    () -> Accessors.touch(new ConntrackView().wrap(m).toConntrackEntry()), () -> expressions(m),
                    () -> Accessors.touch(new NftEventCodec().decode(m)));
        }
    }

    /** Every attribute of the message read as an expression list (the codec must cope with any bytes). */
    private static void expressions(MessageReader m) {
        AttributeReader a = m.attributes(new AttributeReader(), NfGenMsg.NFGENMSG_LENGTH);
        while (a.next()) {
            attempt(() -> Accessors.touch(ExpressionCodec.decodeList(a)));
        }
    }

    @Property
    void tablesSurviveMutation(@ForAll("mutatedTables") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void chainsSurviveMutation(@ForAll("mutatedChains") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void rulesAndExpressionsSurviveMutation(@ForAll("mutatedRules") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void setsAndElementsSurviveMutation(@ForAll("mutatedSets") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void wholeReplyDatagramsSurviveMutation(@ForAll("mutatedBatches") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void conntrackSurvivesMutation(@ForAll("mutatedConntrack") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void tablesAndChainsSurviveRandomAttributes(@ForAll("framedTablesChains") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void rulesSurviveRandomAttributes(@ForAll("framedRules") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void setsSurviveRandomAttributes(@ForAll("framedSets") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void conntrackSurvivesRandomAttributes(@ForAll("framedConntrack") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void everyDecoderSurvivesRandomBytes(@ForAll("random") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void generationSurvivesRandomAttributes(@ForAll("framedGenerations") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Property
    void expressionsSurviveDeepRandomNesting(@ForAll("framedExpressions") byte[] input) {
        FuzzRunner.check(input, ALLOWANCE, FuzzNetfilterDecodersTest::decodeAll);
    }

    @Provide
    Arbitrary<byte[]> mutatedTables() {
        return FuzzInputs.mutationsOf(TABLES);
    }

    @Provide
    Arbitrary<byte[]> mutatedChains() {
        return FuzzInputs.mutationsOf(CHAINS);
    }

    @Provide
    Arbitrary<byte[]> mutatedRules() {
        return FuzzInputs.mutationsOf(RULES);
    }

    @Provide
    Arbitrary<byte[]> mutatedSets() {
        return FuzzInputs.mutationsOf(SETS);
    }

    @Provide
    Arbitrary<byte[]> mutatedBatches() {
        return FuzzInputs.mutationsOf(REPLIES);
    }

    @Provide
    Arbitrary<byte[]> mutatedConntrack() {
        return FuzzInputs.mutationsOf(CONNTRACK);
    }

    @Provide
    Arbitrary<byte[]> framedTablesChains() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWTABLE),
                NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWCHAIN));
    }

    @Provide
    Arbitrary<byte[]> framedRules() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWRULE));
    }

    @Provide
    Arbitrary<byte[]> framedSets() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWSET),
                NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWSETELEM));
    }

    @Provide
    Arbitrary<byte[]> framedConntrack() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, NfGenMsg.type(CT, 0 /* IPCTNL_MSG_CT_NEW */));
    }

    @Provide
    Arbitrary<byte[]> framedGenerations() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWGEN));
    }

    @Provide
    Arbitrary<byte[]> framedExpressions() {
        // random chains with the nfgenmsg skipped as if it were attributes: decoders see odd alignments
        return FuzzInputs.framed(0, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWRULE), NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWSETELEM));
    }

    @Provide
    Arbitrary<byte[]> random() {
        // random payloads behind a valid header of each type (plain random bytes die at the header check)
        return FuzzInputs.randomMessages(1024, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWTABLE), NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWCHAIN),
                NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWRULE), NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWSET),
                NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWSETELEM), NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWGEN), NfGenMsg.type(CT, 0));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzNetfilterDecodersTest: " + FuzzRunner.summary());
    }

    // ---- seeds

    private static List<byte[]> messages(int nftMessage) {
        return Captured.messagesOfType(REPLIES, NfGenMsg.type(NFT, nftMessage));
    }

    private static List<byte[]> join(List<byte[]> a, List<byte[]> b) {
        List<byte[]> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Self-check of the seeds: each captured conntrack entry decodes cleanly before it is mutated. */
    static {
        for (byte[] entry : Captured.messagesOfType(CONNTRACK, NfGenMsg.type(CT, 0))) {
            ByteBuffer b = ByteBuffer.allocateDirect(entry.length).order(java.nio.ByteOrder.nativeOrder()).put(0, entry);
            MessageReader m = new MessageReader().wrap(b, 0, entry.length);
            m.next();
            Accessors.touch(new ConntrackView().wrap(m).toConntrackEntry());
        }
    }
}
