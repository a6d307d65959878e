package io.jnetlink.netfilter;

import io.jnetlink.core.MessageTrace;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.Nla;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tracer names nfnetlink messages through the family this module registers (core knows none). */
class NetfilterTraceTest {
    @Test
    void shouldNameNftablesMessagesAndMarkByteOrderAttributes() {
        MessageWriter w = new MessageWriter(128);
        int begin = NfGenMsg.begin(w, 0, NfGenMsg.NFNL_MSG_BATCH_BEGIN, Netlink.NLM_F_REQUEST, 0,
                NfGenMsg.NFNL_SUBSYS_NFTABLES);
        w.endMessage(begin);
        w.sequence(begin, 1);
        int table = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_NEWTABLE,
                Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK | Netlink.NLM_F_CREATE, 0, 0);
        w.putAttrString(NftAttrs.NFTA_TABLE_NAME, "filter");                      // 4 + 7 = 11
        w.putAttrU32Be(NftAttrs.NFTA_TABLE_FLAGS | Nla.F_NET_BYTEORDER, 0);       // 8, byte-order flag
        w.endMessage(table);
        w.sequence(table, 2);
        assertEquals("NETLINK_NETFILTER send 60 bytes\n"
                        + "  NFNL_MSG_BATCH_BEGIN len=20 flags=0x1<REQUEST> seq=1 pid=0 header=4 attrs=[]\n"
                        + "  NFT_MSG_NEWTABLE len=40 flags=0x405<REQUEST,ACK,CREATE> seq=2 pid=0 header=4 attrs=[1=11, 2B=8]",
                MessageTrace.describe("send", Netlink.NETLINK_NETFILTER, w.buffer(), 0, w.position()));
    }
}
