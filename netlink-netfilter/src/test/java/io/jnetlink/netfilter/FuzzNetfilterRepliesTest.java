package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.Accessors;
import io.jnetlink.core.testing.FakeKernel;
import io.jnetlink.core.testing.FuzzMutator;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.netfilter.conntrack.Conntrack;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Fuzzes the request engine and the query layer above the decoders: {@code Nftables.list()} (with
 * its per-set element dumps), transactions (ACKs, errors and the {@code NLM_F_ECHO} echoes that
 * carry rule handles), the generation request and {@code Conntrack.list()} run over a
 * {@link FakeKernel} that answers each request with the kernel replies captured under
 * src/test/resources/nft/replies, one of them mutated. Whatever comes back must be a value whose
 * every accessor works, or a {@link NetlinkException}/{@link NetlinkDecodeException}: never another
 * exception, a hang or a value that throws later.
 */
class FuzzNetfilterRepliesTest {
    private static final int NFT = NfGenMsg.NFNL_SUBSYS_NFTABLES;
    /**
     * The fake kernel, the engine and the accessor walk (reflection) allocate per run, not per input
     * byte: a flat budget of 32 MiB per run (the 8-byte seed × 4 MiB), where a well-formed listing takes
     * 3 to 10 MiB; a length field that made a decoder allocate by its value would still exceed it.
     */
    private static final int ALLOWANCE = 4 << 20;
    /** The captured reply messages of each NFT_MSG_GET* (and conntrack's GET), by request type. */
    private static final Map<Integer, List<byte[]>> ANSWERS = answers();

    /** One run: {@code query} over a fake kernel that mutates message {@code victim} of its answers with {@code seed}. */
    private static void run(long seed, Function<NetlinkConnection, Object> query) {
        Random random = new Random(seed);
        int victim = random.nextInt(12);
        int[] counter = {0};
        FakeKernel kernel = new FakeKernel().onRequest((request, reply) -> {
            for (byte[] message : ANSWERS.getOrDefault(request.type(), List.of())) {
                byte[] bytes = counter[0]++ == victim ? FuzzMutator.mutate(message, random) : message.clone();
                if (bytes.length >= 16) { // answer this request: its sequence number and port id
                    ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).putInt(8, request.sequence()).putInt(12, 4242);
                }
                reply.raw(bytes).flush();
            }
            if (request.hasFlags(Netlink.NLM_F_DUMP)) {
                reply.done(request);
            } else if (request.hasFlags(Netlink.NLM_F_ACK)) {
                reply.ack(request);
            }
        });
        try (NetlinkConnection c = NetlinkConnection.over(kernel).replyTimeoutMillis(300)) {
            Accessors.touch(query.apply(c));
        } catch (NetlinkException | NetlinkDecodeException expected) {
            // a kernel error, a timeout for a reply the mutation destroyed, or a malformed reply
        }
    }

    private static void check(long seed, Function<NetlinkConnection, Object> query) {
        byte[] input = new byte[Long.BYTES];
        ByteBuffer.wrap(input).putLong(seed);
        FuzzRunner.check(input, ALLOWANCE, b -> run(seed, query));
    }

    @Property(tries = 150)
    void listSurvivesMutatedDumps(@ForAll long seed) {
        check(seed, c -> Nftables.show().apply(c));
    }

    @Property(tries = 150)
    void chainRuleListingSurvivesMutatedDumps(@ForAll long seed) {
        check(seed, c -> Nftables.rules(Family.INET, "filter", "input").apply(c));
    }

    @Property(tries = 150)
    void transactionsSurviveMutatedEchoesAndAcks(@ForAll long seed) {
        check(seed, c -> Nftables.transaction()
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.UDP).destinationPort(9).counter().accept())
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPorts(80, 443).accept())
                .apply(c));
    }

    @Property(tries = 100)
    void generationSurvivesMutatedReplies(@ForAll long seed) {
        check(seed, c -> Nftables.generation().apply(c));
    }

    @Property(tries = 100)
    void conntrackListSurvivesMutatedDumps(@ForAll long seed) {
        check(seed, c -> Conntrack.show().apply(c));
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzNetfilterRepliesTest: " + FuzzRunner.summary());
    }

    private static Map<Integer, List<byte[]>> answers() {
        List<byte[]> ruleset = Captured.replies("list-ruleset.hex");
        List<byte[]> echo = Captured.replies("echo-add-rule.hex");
        Map<Integer, List<byte[]>> out = new HashMap<>();
        int[][] pairs = {{NftAttrs.NFT_MSG_GETTABLE, NftAttrs.NFT_MSG_NEWTABLE}, {NftAttrs.NFT_MSG_GETCHAIN, NftAttrs.NFT_MSG_NEWCHAIN},
            {NftAttrs.NFT_MSG_GETRULE, NftAttrs.NFT_MSG_NEWRULE}, {NftAttrs.NFT_MSG_GETSET, NftAttrs.NFT_MSG_NEWSET},
            {NftAttrs.NFT_MSG_GETSETELEM, NftAttrs.NFT_MSG_NEWSETELEM}, {NftAttrs.NFT_MSG_GETGEN, NftAttrs.NFT_MSG_NEWGEN}};
        for (int[] p : pairs) {
            out.put(NfGenMsg.type(NFT, p[0]), Captured.messagesOfType(ruleset, NfGenMsg.type(NFT, p[1])));
        }
        // a new rule is answered with the kernel's echo of one (the handle it gave it)
        List<byte[]> echoes = new ArrayList<>();
        for (byte[] m : Captured.messagesOfType(echo, NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWRULE))) {
            if ((ByteBuffer.wrap(m).order(ByteOrder.nativeOrder()).getShort(6) & Netlink.NLM_F_MULTI) == 0) {
                echoes.add(m);
            }
        }
        out.put(NfGenMsg.type(NFT, NftAttrs.NFT_MSG_NEWRULE), echoes.isEmpty() ? List.of() : List.of(echoes.get(0)));
        out.put(NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK, 1 /* IPCTNL_MSG_CT_GET */),
                Captured.messagesOfType(Captured.replies("conntrack-list.hex"), NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_CTNETLINK, 0)));
        return out;
    }
}
