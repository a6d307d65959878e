package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;

import java.util.List;

/**
 * Reads nftables notifications ({@code NFNLGRP_NFTABLES}) and dump replies into tables, chains,
 * rules and sets, identified as nft identifies them: a table by family and name, a chain and a
 * set by family, table and name, a rule by family, table, chain and handle. The {@code use}
 * counts of tables and chains (references, not notified when they change) are not part of
 * their state. {@code NFT_MSG_NEWGEN} and set elements are not followed.
 */
final class NftEventCodec implements StateCodec<NftFollowed> {
    /** The dumps that list every followed object, in dependency order. */
    static List<RequestEncoder> dumps() {
        return List.of(dump(NftAttrs.NFT_MSG_GETTABLE), dump(NftAttrs.NFT_MSG_GETCHAIN), dump(NftAttrs.NFT_MSG_GETSET),
                dump(NftAttrs.NFT_MSG_GETOBJ), dump(NftAttrs.NFT_MSG_GETRULE));
    }

    private static RequestEncoder dump(int msg) {
        return w -> {
            int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, msg, 0, NfGenMsg.NFPROTO_UNSPEC, 0);
            w.endMessage(start);
        };
    }

    @Override
    public StateUpdate<NftFollowed> decode(MessageReader m) {
        if (NfGenMsg.subsystem(m.type()) != NfGenMsg.NFNL_SUBSYS_NFTABLES) {
            return null;
        }
        return switch (NfGenMsg.message(m.type())) {
            case NftAttrs.NFT_MSG_NEWTABLE -> update(NftTable.followed(NftTable.decode(m)), false);
            case NftAttrs.NFT_MSG_DELTABLE -> update(NftTable.followed(NftTable.decode(m)), true);
            case NftAttrs.NFT_MSG_NEWCHAIN -> update(NftChain.followed(NftChain.decode(m)), false);
            case NftAttrs.NFT_MSG_DELCHAIN -> update(NftChain.followed(NftChain.decode(m)), true);
            case NftAttrs.NFT_MSG_NEWRULE -> update(NftRule.followed(NftRule.decode(m)), false);
            case NftAttrs.NFT_MSG_DELRULE -> update(NftRule.followed(NftRule.decode(m)), true);
            case NftAttrs.NFT_MSG_NEWSET -> update(NftSet.followed(NftSet.decode(m)), false);
            case NftAttrs.NFT_MSG_DELSET -> update(NftSet.followed(NftSet.decode(m)), true);
            case NftAttrs.NFT_MSG_NEWOBJ -> update(NftObject.followed(NftObject.decode(m)), false);
            case NftAttrs.NFT_MSG_DELOBJ -> update(NftObject.followed(NftObject.decode(m)), true);
            default -> null;
        };
    }

    private static StateUpdate<NftFollowed> update(NftFollowed object, boolean deleted) {
        return new StateUpdate<>(object, deleted);
    }

    @Override
    public Object key(NftFollowed object) {
        return object.key();
    }

    @Override
    public boolean sameState(NftFollowed known, NftFollowed update) {
        return known.state().equals(update.state());
    }

    static NftEvent event(ChangeType type, NftFollowed object) {
        return object.event().apply(type);
    }
}
