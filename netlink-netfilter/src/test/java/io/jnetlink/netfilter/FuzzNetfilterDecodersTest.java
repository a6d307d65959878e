package io.jnetlink.netfilter;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.netfilter.conntrack.ConntrackCodec;
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

/**
 * Fuzzes every nfnetlink decoder — nftables tables, chains, rules (with every expression through
 * {@link ExpressionCodec}), sets, set elements, generations ({@link NftDecoder}), nftables events
 * ({@code NftEventCodec}) and conntrack entries ({@link ConntrackCodec}) — with random bytes, random attribute chains behind a valid
 * header of each message type, and mutations of the batches nft sent to the kernel (captured
 * under src/test/resources/nft: the NEW* messages have the layout of the kernel's dump replies)
 * and of conntrack entries built here in the kernel's layout.
 */
class FuzzNetfilterDecodersTest {
    private static final int NFT = NfNetlink.NFNL_SUBSYS_NFTABLES;
    private static final int CT = NfNetlink.NFNL_SUBSYS_CTNETLINK;
    /** Ten decoders read every message, each allowed 64 bytes of allocation per input byte: 10 × 64. */
    private static final int ALLOWANCE = 10 * 64;
    private static final List<byte[]> BATCHES = batches();
    private static final List<byte[]> TABLES = messages(Nft.NFT_MSG_NEWTABLE);
    private static final List<byte[]> CHAINS = messages(Nft.NFT_MSG_NEWCHAIN);
    private static final List<byte[]> RULES = messages(Nft.NFT_MSG_NEWRULE);
    private static final List<byte[]> SETS = join(messages(Nft.NFT_MSG_NEWSET), messages(Nft.NFT_MSG_NEWSETELEM));
    private static final List<byte[]> CONNTRACK = conntrackEntries();

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
            attempt(() -> NftDecoder.table(m).toString(), () -> NftDecoder.chain(m).toString(),
                    () -> NftDecoder.rule(m).toString(), () -> NftDecoder.set(m).toString(),
                    () -> NftDecoder.elements(m).toString(), () -> NftDecoder.generation(m),
                    () -> ConntrackCodec.decode(m).toString(), () -> expressions(m),
                    () -> String.valueOf(new NftEventCodec().decode(m)));
        }
    }

    /** Every attribute of the message read as an expression list (the codec must cope with any bytes). */
    private static void expressions(MessageReader m) {
        AttributeReader a = m.attributes(new AttributeReader(), NfNetlink.NFGENMSG_LENGTH);
        while (a.next()) {
            attempt(() -> ExpressionCodec.decodeList(a).toString());
        }
    }

    private static void attempt(Runnable... decoders) {
        for (Runnable decoder : decoders) {
            try {
                decoder.run();
            } catch (NetlinkDecodeException expected) {
                // the only exception a decoder may raise
            }
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
    void wholeBatchesSurviveMutation(@ForAll("mutatedBatches") byte[] input) {
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
        return FuzzInputs.mutationsOf(BATCHES);
    }

    @Provide
    Arbitrary<byte[]> mutatedConntrack() {
        return FuzzInputs.mutationsOf(CONNTRACK);
    }

    @Provide
    Arbitrary<byte[]> framedTablesChains() {
        return FuzzInputs.framed(NfNetlink.NFGENMSG_LENGTH, NfNetlink.type(NFT, Nft.NFT_MSG_NEWTABLE),
                NfNetlink.type(NFT, Nft.NFT_MSG_NEWCHAIN));
    }

    @Provide
    Arbitrary<byte[]> framedRules() {
        return FuzzInputs.framed(NfNetlink.NFGENMSG_LENGTH, NfNetlink.type(NFT, Nft.NFT_MSG_NEWRULE));
    }

    @Provide
    Arbitrary<byte[]> framedSets() {
        return FuzzInputs.framed(NfNetlink.NFGENMSG_LENGTH, NfNetlink.type(NFT, Nft.NFT_MSG_NEWSET),
                NfNetlink.type(NFT, Nft.NFT_MSG_NEWSETELEM));
    }

    @Provide
    Arbitrary<byte[]> framedConntrack() {
        return FuzzInputs.framed(NfNetlink.NFGENMSG_LENGTH, NfNetlink.type(CT, 0 /* IPCTNL_MSG_CT_NEW */));
    }

    @Provide
    Arbitrary<byte[]> framedGenerations() {
        return FuzzInputs.framed(NfNetlink.NFGENMSG_LENGTH, NfNetlink.type(NFT, Nft.NFT_MSG_NEWGEN));
    }

    @Provide
    Arbitrary<byte[]> framedExpressions() {
        // random chains with the nfgenmsg skipped as if it were attributes: decoders see odd alignments
        return FuzzInputs.framed(0, NfNetlink.type(NFT, Nft.NFT_MSG_NEWRULE), NfNetlink.type(NFT, Nft.NFT_MSG_NEWSETELEM));
    }

    @Provide
    Arbitrary<byte[]> random() {
        return Arbitraries.oneOf(FuzzInputs.randomBytes(128), FuzzInputs.randomBytes(1024));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzNetfilterDecodersTest: " + FuzzRunner.summary());
    }

    // ---- seeds

    private static List<byte[]> batches() {
        List<byte[]> out = new ArrayList<>();
        for (String name : List.of("full.hex", "masq.hex", "dnat.hex")) {
            try {
                ByteBuffer b = Captured.load(name);
                byte[] bytes = new byte[b.capacity()];
                b.get(0, bytes);
                out.add(bytes);
            } catch (Exception e) {
                throw new IllegalStateException("test resource nft/" + name, e);
            }
        }
        return out;
    }

    private static List<byte[]> messages(int nftMessage) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] batch : BATCHES) {
            ByteBuffer b = ByteBuffer.allocateDirect(batch.length).order(java.nio.ByteOrder.nativeOrder()).put(0, batch);
            for (int[] msg : Captured.messages(b)) {
                MessageReader m = Captured.at(b, msg);
                if (m.type() == NfNetlink.type(NFT, nftMessage)) {
                    byte[] one = new byte[msg[1]];
                    b.get(msg[0], one);
                    out.add(one);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no captured message of type " + nftMessage);
        }
        return out;
    }

    /**
     * IPCTNL_MSG_CT_NEW entries the way ctnetlink_fill_info() writes them (linux/netfilter/
     * nfnetlink_conntrack.h): TCP over IPv4 with protoinfo and counters, ICMPv6, UDP with a zone.
     */
    private static List<byte[]> conntrackEntries() {
        List<byte[]> out = new ArrayList<>();
        out.add(conntrack(2, 6, new byte[]{10, 0, 0, 1}, new byte[]{10, 0, 0, 2}, 40000, 80, true, 0));
        byte[] a6 = new byte[16];
        byte[] b6 = new byte[16];
        a6[0] = (byte) 0xfd;
        b6[0] = (byte) 0xfd;
        a6[15] = 1;
        b6[15] = 2;
        out.add(conntrack(10, 58, a6, b6, 77, -1, false, 0));
        out.add(conntrack(2, 17, new byte[]{192 - 256, 168 - 256, 15, 2}, new byte[]{8, 8, 8, 8}, 5353, 53, false, 7));
        return out;
    }

    private static byte[] conntrack(int family, int proto, byte[] src, byte[] dst, int sport, int dport, boolean tcp,
                                    int zone) {
        MessageWriter w = new MessageWriter(512);
        int msg = NfNetlink.begin(w, CT, 0 /* IPCTNL_MSG_CT_NEW */, 0x2 /* NLM_F_MULTI */, family, 0);
        tuple(w, 1 /* CTA_TUPLE_ORIG */, proto, src, dst, sport, dport);
        tuple(w, 2 /* CTA_TUPLE_REPLY */, proto, dst, src, dport, sport);
        w.putAttrU32Be(3 /* CTA_STATUS */, 0x18e);
        w.putAttrU32Be(7 /* CTA_TIMEOUT */, 431999);
        w.putAttrU32Be(8 /* CTA_MARK */, 0);
        if (tcp) {
            int info = w.beginNested(4 /* CTA_PROTOINFO */);
            int t = w.beginNested(1 /* CTA_PROTOINFO_TCP */);
            w.putAttrU8(1 /* CTA_PROTOINFO_TCP_STATE */, 3);
            w.putAttrU8(2 /* CTA_PROTOINFO_TCP_WSCALE_ORIGINAL */, 7);
            w.endNested(t);
            w.endNested(info);
        }
        for (int type : new int[]{9 /* CTA_COUNTERS_ORIG */, 10 /* CTA_COUNTERS_REPLY */}) {
            int c = w.beginNested(type);
            w.putAttrU64Be(1 /* CTA_COUNTERS_PACKETS */, 12);
            w.putAttrU64Be(2 /* CTA_COUNTERS_BYTES */, 1024);
            w.endNested(c);
        }
        w.putAttrU32Be(11 /* CTA_USE */, 1);
        w.putAttrU32Be(12 /* CTA_ID */, 0x1234abcd);
        if (zone != 0) {
            w.putAttrU16Be(18 /* CTA_ZONE */, zone);
        }
        w.endMessage(msg);
        byte[] bytes = new byte[w.position()];
        w.buffer().get(0, bytes);
        return bytes;
    }

    private static void tuple(MessageWriter w, int type, int proto, byte[] src, byte[] dst, int sport, int dport) {
        int t = w.beginNested(type);
        int ip = w.beginNested(1 /* CTA_TUPLE_IP */);
        boolean v6 = src.length == 16;
        w.putAttrBytes(v6 ? 3 /* CTA_IP_V6_SRC */ : 1 /* CTA_IP_V4_SRC */, src);
        w.putAttrBytes(v6 ? 4 /* CTA_IP_V6_DST */ : 2 /* CTA_IP_V4_DST */, dst);
        w.endNested(ip);
        int p = w.beginNested(2 /* CTA_TUPLE_PROTO */);
        w.putAttrU8(1 /* CTA_PROTO_NUM */, proto);
        if (proto == 58) {
            w.putAttrU16Be(7 /* CTA_PROTO_ICMPV6_ID */, sport);
            w.putAttrU8(8 /* CTA_PROTO_ICMPV6_TYPE */, 128);
            w.putAttrU8(9 /* CTA_PROTO_ICMPV6_CODE */, 0);
        } else {
            w.putAttrU16Be(2 /* CTA_PROTO_SRC_PORT */, sport);
            w.putAttrU16Be(3 /* CTA_PROTO_DST_PORT */, dport);
        }
        w.endNested(p);
        w.endNested(t);
    }

    private static List<byte[]> join(List<byte[]> a, List<byte[]> b) {
        List<byte[]> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Self-check of the seeds: each decodes cleanly before it is mutated. */
    static {
        for (byte[] entry : CONNTRACK) {
            ByteBuffer b = ByteBuffer.allocateDirect(entry.length).order(java.nio.ByteOrder.nativeOrder()).put(0, entry);
            MessageReader m = new MessageReader().wrap(b, 0, entry.length);
            m.next();
            if (ConntrackCodec.decode(m) == null) {
                throw new IllegalStateException("seed does not decode");
            }
        }
    }

}
