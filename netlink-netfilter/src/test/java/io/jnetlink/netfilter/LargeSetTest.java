package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #11 item 8: element lists larger than one attribute (nla_len is 16 bits) are split over
 * as many {@code NFT_MSG_NEWSETELEM} messages of the one transaction as needed, as {@code nft -f} does.
 */
class LargeSetTest {
    private static final int NEWSETELEM = NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_NEWSETELEM);

    private static List<String> addresses(int n) {
        return IntStream.range(0, n).mapToObj(i -> "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)).toList();
    }

    /** The element lists of every NEWSETELEM message of the encoded transaction, in order. */
    private static List<List<SetElement>> elementMessages(Transaction tx) {
        MessageWriter w = new MessageWriter(4096);
        tx.encode(w);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        List<List<SetElement>> out = new ArrayList<>();
        while (m.next()) {
            if (m.type() == NEWSETELEM) {
                out.add(SetElement.decodeAll(m));
            }
        }
        return out;
    }

    @Test
    void shouldSplitTenThousandElementsOverSeveralMessagesOfOneTransaction() {
        List<String> values = addresses(10_000);
        Transaction tx = Nftables.transaction()
                .addElements(Family.IP, "t", "s", SetKeyType.IPV4_ADDR, false, values);
        List<List<SetElement>> messages = elementMessages(tx);
        assertTrue(messages.size() > 1, "one attribute cannot hold 10,000 elements: " + messages.size());
        List<SetElement> all = messages.stream().flatMap(List::stream).toList();
        assertEquals(SetElements.values(SetKeyType.IPV4_ADDR, false, values, 0), all);
        assertEquals(messages.size(), tx.describe().size(), "each message is one operation");
    }

    @Test
    void shouldKeepEachIntervalStartWithItsEnd() {
        List<String> values = IntStream.range(0, 10_000).mapToObj(i -> "10." + (i >> 8) + "." + (i & 255) + ".0/25").toList();
        List<List<SetElement>> messages = elementMessages(Nftables.transaction()
                .addElements(Family.IP, "t", "s", SetKeyType.IPV4_ADDR, true, values));
        assertTrue(messages.size() > 1);
        for (List<SetElement> list : messages.subList(1, messages.size())) {
            assertNotEquals(NftAttrs.NFT_SET_ELEM_INTERVAL_END, list.get(0).flags() & NftAttrs.NFT_SET_ELEM_INTERVAL_END,
                    "a later message starts with an interval's start, never its end");
        }
        assertEquals(SetElements.values(SetKeyType.IPV4_ADDR, true, values, 0),
                messages.stream().flatMap(List::stream).toList());
    }

    @Test
    void shouldSplitALargeAnonymousSetToo() {
        int[] ports = IntStream.rangeClosed(1, 20_000).toArray();
        List<List<SetElement>> messages = elementMessages(Nftables.transaction()
                .addRule(NftRule.in(Family.IP, "t", "c").protocol(Protocol.TCP).destinationPorts(ports).accept()));
        assertTrue(messages.size() > 1);
        assertEquals(20_000, messages.stream().mapToInt(List::size).sum());
    }
}
