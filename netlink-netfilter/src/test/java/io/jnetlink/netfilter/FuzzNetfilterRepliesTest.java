package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.core.testing.ReplyFuzz;
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
import java.util.function.Function;

/**
 * Fuzzes the request engine and the query layer above the decoders: {@code Nftables.list()} (with
 * its per-set element dumps), transactions (ACKs, errors and the {@code NLM_F_ECHO} echoes that
 * carry rule handles), the generation request and {@code Conntrack.list()} run over a
 * {@link io.jnetlink.core.testing.FakeKernel} ({@link ReplyFuzz}) that answers each request with the kernel replies captured under
 * src/test/resources/nft/replies, one of them mutated. Whatever comes back must be a value whose
 * every accessor works, or a {@link NetlinkException}/{@link NetlinkDecodeException}: never another
 * exception, a hang or a value that throws later.
 */
class FuzzNetfilterRepliesTest {
    private static final int NFT = NfGenMsg.NFNL_SUBSYS_NFTABLES;
    /** The captured reply messages of each NFT_MSG_GET* (and conntrack's GET), by request type. */
    private static final ReplyFuzz FUZZ = new ReplyFuzz(answers());

    private static void check(long seed, Function<NetlinkConnection, Object> query) {
        FUZZ.check(seed, query);
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
