package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.conntrack.ConntrackView;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random and mutated bytes raise NetlinkDecodeException, never anything else. */
class MalformedInputTest {
    private static final int NFT = NfGenMsg.NFNL_SUBSYS_NFTABLES;

    private static void decodeAll(ByteBuffer b, int length) {
        MessageReader m = new MessageReader().wrap(b, 0, length);
        while (m.next()) {
            int msg = NfGenMsg.message(m.type());
            if (NfGenMsg.subsystem(m.type()) == NfGenMsg.NFNL_SUBSYS_CTNETLINK) {
                new ConntrackView().wrap(m).toConntrackEntry();
                continue;
            }
            switch (msg) {
                case NftAttrs.NFT_MSG_NEWTABLE -> NftTable.decode(m);
                case NftAttrs.NFT_MSG_NEWCHAIN -> NftChain.decode(m);
                case NftAttrs.NFT_MSG_NEWRULE -> NftRule.decode(m);
                case NftAttrs.NFT_MSG_NEWSET -> NftSet.decode(m);
                case NftAttrs.NFT_MSG_NEWSETELEM -> SetElement.decodeAll(m);
                default -> {
                }
            }
        }
    }

    @Test
    void shouldRaiseOnlyDecodeExceptionsForMutatedCapturedBatches() throws Exception {
        ByteBuffer original = Captured.load("full.hex");
        Random random = new Random(42);
        ByteBuffer b = ByteBuffer.allocateDirect(original.capacity()).order(ByteOrder.nativeOrder());
        int decodeErrors = 0;
        for (int round = 0; round < 5000; round++) {
            b.clear();
            b.put(original.duplicate().clear());
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                int at = random.nextInt(b.capacity());
                b.put(at, (byte) random.nextInt(256));
            }
            try {
                decodeAll(b, b.capacity());
            } catch (NetlinkDecodeException expected) {
                decodeErrors++;
            }
        }
        assertTrue(decodeErrors > 0, "some mutations must be caught");
    }

    @Test
    void shouldRaiseDecodeExceptionForTruncatedRule() throws Exception {
        ByteBuffer original = Captured.load("masq.hex");
        // the NEWRULE message: cut it at every length and fix nlmsg_len so only attributes are short
        MessageReader m = new MessageReader().wrap(original, 0, original.capacity());
        m.next();
        m.next();
        int off = m.offset();
        int len = m.length();
        for (int cut = 20; cut < len; cut++) {
            ByteBuffer b = ByteBuffer.allocateDirect(cut).order(ByteOrder.nativeOrder());
            for (int i = 0; i < cut; i++) {
                b.put(i, original.get(off + i));
            }
            b.putInt(0, cut);
            MessageReader r = new MessageReader().wrap(b, 0, cut);
            r.next();
            try {
                NftRule.decode(r);
            } catch (NetlinkDecodeException expected) {
                // fine
            }
        }
    }

    @Test
    void shouldRejectConntrackEntryWithoutTuples() {
        MessageWriter w = new MessageWriter(128);
        int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, 0, 0, 2, 0);
        w.putAttrU32Be(3, 8);
        w.endMessage(start);
        MessageReader m = new MessageReader().wrap(w.buffer(), 0, w.position());
        m.next();
        assertThrows(NetlinkDecodeException.class, () -> new ConntrackView().wrap(m).toConntrackEntry());
    }

    @Test
    void shouldRejectRandomBytes() {
        Random random = new Random(7);
        ByteBuffer b = ByteBuffer.allocateDirect(512).order(ByteOrder.nativeOrder());
        for (int round = 0; round < 2000; round++) {
            int len = 20 + random.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.put(i, (byte) random.nextInt(256));
            }
            b.putInt(0, len);
            b.putShort(4, (short) NfGenMsg.type(random.nextBoolean() ? NFT : NfGenMsg.NFNL_SUBSYS_CTNETLINK,
                    random.nextInt(15)));
            b.put(16, (byte) 2);
            try {
                decodeAll(b, len);
            } catch (NetlinkDecodeException expected) {
                // fine
            }
        }
    }
}
