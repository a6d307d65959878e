package io.jnetlink.netfilter;

import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.render.NftRenderer;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kernel's captured listings (nft/exprs: every modelled expression; nft/objects: stateful objects;
 * nft/docker: an iptables-nft Docker ruleset) decode and render to exactly what nft printed for the
 * same state ({@code state.txt} beside each, nft's iptables-nft warnings left out).
 */
class RenderCapturedTest {
    private static <T> List<T> decoded(List<byte[]> datagrams, int msg, Function<MessageReader, T> decoder,
                                       Function<T, Object> identity) {
        Map<Object, T> out = new LinkedHashMap<>(); // nft dumped some objects more than once while capturing
        List<byte[]> messages;
        try {
            messages = Captured.messagesOfType(datagrams, NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_NFTABLES, msg));
        } catch (IllegalStateException none) {
            return List.of();
        }
        for (byte[] bytes : messages) {
            ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder()).put(0, bytes);
            MessageReader m = new MessageReader().wrap(b, 0, bytes.length);
            m.next();
            T t = decoder.apply(m);
            out.putIfAbsent(identity.apply(t), t);
        }
        return new ArrayList<>(out.values());
    }

    /** The ruleset a captured {@code nft list ruleset} conversation holds. */
    static Ruleset ruleset(String dir) {
        List<byte[]> d = Captured.datagrams("/nft/" + dir + "/list-ruleset.hex");
        List<NftSet> sets = new ArrayList<>();
        List<SetElementsOf> elements = decoded(d, NftAttrs.NFT_MSG_NEWSETELEM, SetElementsOf::decode, e -> e);
        for (NftSet s : decoded(d, NftAttrs.NFT_MSG_NEWSET, NftSet::decode, s -> s.family() + s.table() + s.name())) {
            List<SetElement> mine = new ArrayList<>();
            elements.stream().filter(e -> e.set.equals(s.name()) && e.table.equals(s.table())).forEach(e -> mine.addAll(e.elements));
            sets.add(s.withElements(mine));
        }
        return new Ruleset(decoded(d, NftAttrs.NFT_MSG_NEWTABLE, NftTable::decode, t -> t.family() + t.name()),
                decoded(d, NftAttrs.NFT_MSG_NEWCHAIN, NftChain::decode, c -> c.family() + c.table() + c.name()),
                decoded(d, NftAttrs.NFT_MSG_NEWRULE, NftRule::decode, r -> r.family() + r.table() + r.handle()),
                sets, decoded(d, NftAttrs.NFT_MSG_NEWOBJ, NftObject::decode, o -> o.family() + o.table() + o.name()));
    }

    /** One NEWSETELEM message: the set it is of and its elements. */
    private record SetElementsOf(String table, String set, List<SetElement> elements) {
        static SetElementsOf decode(MessageReader m) {
            io.jnetlink.core.message.AttributeReader a = m.attributes(new io.jnetlink.core.message.AttributeReader(),
                    NfGenMsg.NFGENMSG_LENGTH);
            String table = null, set = null;
            while (a.next()) {
                if (a.type() == NftAttrs.NFTA_SET_ELEM_LIST_TABLE) {
                    table = a.string();
                } else if (a.type() == NftAttrs.NFTA_SET_ELEM_LIST_SET) {
                    set = a.string();
                }
            }
            return new SetElementsOf(table, set, SetElement.decodeAll(m));
        }
    }

    static String nftPrinted(String dir) throws Exception {
        try (InputStream in = RenderCapturedTest.class.getResourceAsStream("/nft/" + dir + "/state.txt")) {
            StringBuilder s = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("# Warning:")) {
                    s.append(line).append('\n');
                }
            }
            return s.toString();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"exprs", "docker", "objects"})
    void rendersWhatNftPrinted(String dir) throws Exception {
        assertEquals(nftPrinted(dir), NftRenderer.ruleset(ruleset(dir), i -> i == 1 ? "lo" : Integer.toString(i)));
    }
}
