package io.jnetlink.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.conntrack.ConntrackView;
import io.jnetlink.netfilter.conntrack.ConntrackEntry;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Records read from the kernel keep the attributes this version does not know and write them
 * back: a captured {@code nft list ruleset} reply, with an attribute of a type no kernel uses yet
 * appended, decodes and re-encodes to the same attribute bytes (tables, chains, sets); set
 * elements survive our own encoder; rules and conntrack entries keep them.
 */
class UnknownAttributesTest {
    /** An attribute type beyond every {@code NFTA_*_MAX} of today's uapi header, with a 4-byte value. */
    private static final RawAttribute FUTURE = new RawAttribute(60, new byte[]{(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
    private static final int HEADERS = 16 + NfGenMsg.NFGENMSG_LENGTH;

    private static byte[] capturedWithFuture(int msg) {
        return capturedWithFuture("list-ruleset.hex", (NfGenMsg.NFNL_SUBSYS_NFTABLES << 8) | msg);
    }

    private static byte[] capturedWithFuture(String replies, int type) {
        byte[] captured = Captured.messagesOfType(Captured.replies(replies), type).get(0);
        MessageWriter extra = new MessageWriter(64);
        FUTURE.writeTo(extra);
        byte[] out = Arrays.copyOf(captured, captured.length + extra.position());
        extra.buffer().get(0, out, captured.length, extra.position());
        ByteBuffer.wrap(out).order(ByteOrder.nativeOrder()).putInt(0, out.length); // nlmsg_len
        return out;
    }

    private static MessageReader reader(byte[] message) {
        ByteBuffer b = ByteBuffer.allocateDirect(message.length).order(ByteOrder.nativeOrder()).put(0, message);
        MessageReader m = new MessageReader().wrap(b, 0, message.length);
        m.next();
        return m;
    }

    private static <T> T assertByteExact(int msg, Function<MessageReader, T> decode, BiConsumer<T, MessageWriter> encode) {
        byte[] message = capturedWithFuture(msg);
        T record = decode.apply(reader(message));
        MessageWriter w = new MessageWriter(4096);
        encode.accept(record, w);
        byte[] written = new byte[w.position()];
        w.buffer().get(0, written);
        assertEquals(HexFormat.of().formatHex(message, HEADERS, message.length), HexFormat.of().formatHex(written),
                record.toString());
        return record;
    }

    private static void assertKeptLast(List<RawAttribute> others) {
        assertEquals(FUTURE, others.get(others.size() - 1), others.toString());
    }

    @Test
    void tableWritesBackWhatItDoesNotKnow() {
        NftTable t = assertByteExact(NftAttrs.NFT_MSG_NEWTABLE, NftTable::decode, NftTable::encodeAttributes);
        assertEquals(List.of(FUTURE), t.otherAttributes());
    }

    @Test
    void chainWritesBackWhatItDoesNotKnow() {
        NftChain c = assertByteExact(NftAttrs.NFT_MSG_NEWCHAIN, NftChain::decode, NftChain::encodeAttributes);
        assertEquals(NftAttrs.NFT_CHAIN_BASE, c.flags());
        assertEquals(List.of(FUTURE), c.otherAttributes());
    }

    @Test
    void setWritesBackWhatItDoesNotKnow() {
        NftSet s = assertByteExact(NftAttrs.NFT_MSG_NEWSET, NftSet::decode, NftSet::encodeAttributes);
        assertKeptLast(s.otherAttributes()); // with the kernel's USERDATA, DESC and newer ones before it
    }

    @Test
    void setElementWritesBackWhatItDoesNotKnow() {
        RawAttribute comment = new RawAttribute(6, "\u0000\u0004web".getBytes(StandardCharsets.US_ASCII)); // NFTA_SET_ELEM_USERDATA
        SetElement e = new SetElement(NftData.of(new byte[]{10, 0, 0, 1}), 0, 0, 0, null, null, List.of(comment, FUTURE));
        MessageWriter w = new MessageWriter(256);
        SetElements.encode(w, List.of(e));
        AttributeReader list = new AttributeReader().wrap(w.buffer(), 0, w.position());
        list.next();
        assertEquals(List.of(e), SetElements.decode(list));
    }

    @Test
    void conntrackEntryKeepsWhatItDoesNotKnow() {
        ConntrackEntry e = new ConntrackView().wrap(reader(capturedWithFuture("conntrack-list.hex",
                (NfGenMsg.NFNL_SUBSYS_CTNETLINK << 8) | CtnlAttrs.IPCTNL_MSG_CT_NEW))).toConntrackEntry();
        assertTrue(e.otherAttributes().stream().anyMatch(a -> a.type() == CtnlAttrs.CTA_USE), e.otherAttributes().toString());
        assertKeptLast(e.otherAttributes());
    }

    @Test
    void ruleKeepsWhatItDoesNotKnow() {
        NftRule r = NftRule.decode(reader(capturedWithFuture(NftAttrs.NFT_MSG_NEWRULE)));
        assertEquals(List.of(FUTURE), r.otherAttributes());
    }
}
