package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.FakeKernel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue #11 item 7: the kernel keeps nftables names as bytes, not necessarily UTF-8. A set named
 * {@code s\xff\xfe} is listed, and the follow-up {@code NFT_MSG_GETSETELEM} names it with the
 * kernel's bytes (a name decoded to U+FFFD and re-encoded found nothing: ENOENT).
 */
class NonUtf8NamesTest {
    private static final byte[] TABLE = {'t', (byte) 0xE9};
    private static final byte[] SET = {'s', (byte) 0xFF, (byte) 0xFE};

    private static void name(MessageWriter w, int type, byte[] name) {
        w.putAttrBytes(type, Arrays.copyOf(name, name.length + 1));
    }

    private static byte[] nameOf(MessageReader m, int type) {
        AttributeReader a = m.attributes(new AttributeReader(), NfGenMsg.NFGENMSG_LENGTH);
        if (!a.find(type)) {
            return null;
        }
        byte[] b = a.bytes();
        return Arrays.copyOf(b, b.length - 1);
    }

    /** A kernel holding one set {@code ip t\xe9 s\xff\xfe} with one element. */
    private static FakeKernel kernel() {
        return new FakeKernel().onRequest((request, reply) -> {
            int msg = NfGenMsg.message(request.type());
            if (msg == NftAttrs.NFT_MSG_GETSET) {
                reply.part(request, NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_NEWSET), 0, w -> {
                    w.putU8At(w.reserve(NfGenMsg.NFGENMSG_LENGTH), Family.IP.value());
                    name(w, NftAttrs.NFTA_SET_TABLE, TABLE);
                    name(w, NftAttrs.NFTA_SET_NAME, SET);
                    w.putAttrU32Be(NftAttrs.NFTA_SET_KEY_TYPE, SetKeyType.IPV4_ADDR.id());
                    w.putAttrU32Be(NftAttrs.NFTA_SET_KEY_LEN, 4);
                });
                reply.done(request);
            } else if (msg == NftAttrs.NFT_MSG_GETSETELEM) {
                MessageReader m = request.reader();
                if (!Arrays.equals(TABLE, nameOf(m, NftAttrs.NFTA_SET_ELEM_LIST_TABLE))
                        || !Arrays.equals(SET, nameOf(m, NftAttrs.NFTA_SET_ELEM_LIST_SET))) {
                    reply.error(request, Errno.ENOENT);
                    return;
                }
                reply.part(request, NfGenMsg.type(NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_NEWSETELEM), 0, w -> {
                    w.putU8At(w.reserve(NfGenMsg.NFGENMSG_LENGTH), Family.IP.value());
                    name(w, NftAttrs.NFTA_SET_ELEM_LIST_TABLE, TABLE);
                    name(w, NftAttrs.NFTA_SET_ELEM_LIST_SET, SET);
                    SetElements.encode(w, List.of(SetElement.of(SetKeyType.IPV4_ADDR.parse("10.0.0.1", "e"))));
                });
                reply.done(request);
            } else if (request.hasFlags(io.jnetlink.core.message.Netlink.NLM_F_DUMP)) {
                reply.done(request);
            }
        });
    }

    @Test
    void shouldListASetWhoseNameIsNotUtf8AndAskForItsElementsByTheKernelsBytes() {
        Ruleset r = Nftables.show().apply(NetlinkConnection.over(kernel()));
        NftSet set = r.sets().get(0);
        assertEquals(1, set.elements().size(), "GETSETELEM found the set");
        assertArrayEquals(SET, io.jnetlink.core.message.KernelNames.encode(set.name()));
        assertArrayEquals(TABLE, io.jnetlink.core.message.KernelNames.encode(set.table()));
    }

    @Test
    void shouldSendTheListedNameBackAsTheKernelsBytes() {
        NftSet set = Nftables.show().apply(NetlinkConnection.over(kernel())).sets().get(0);
        MessageWriter w = new MessageWriter(1024);
        Nftables.transaction().deleteSet(set.family(), set.table(), set.name()).encode(w);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        m.next();
        m.next(); // after BATCH_BEGIN
        assertArrayEquals(TABLE, nameOf(m, NftAttrs.NFTA_SET_TABLE));
        assertArrayEquals(SET, nameOf(m, NftAttrs.NFTA_SET_NAME));
    }
}
